from typing import Literal

ActionState = Literal[10, 20, 30, 35, 36, 38, 40, 50, 55, 60, 100]

ACTION_STATE_VALUES: set[ActionState] = {
    10,
    20,
    30,
    35,
    36,
    38,
    40,
    50,
    55,
    60,
    100,
}


def check_action_state(value: int) -> ActionState:
    if value in ACTION_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_STATE_VALUES!r}"
    )
