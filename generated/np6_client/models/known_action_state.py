from typing import Literal

KnownActionState = Literal[10, 20, 30, 35, 36, 38, 40, 50, 55, 60, 100]

KNOWN_ACTION_STATE_VALUES: set[KnownActionState] = {
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


def check_known_action_state(value: int) -> KnownActionState:
    if value in KNOWN_ACTION_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KNOWN_ACTION_STATE_VALUES!r}"
    )
