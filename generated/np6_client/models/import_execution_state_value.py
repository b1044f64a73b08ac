from typing import Literal

ImportExecutionStateValue = Literal[0, 1, 2]

IMPORT_EXECUTION_STATE_VALUE_VALUES: set[ImportExecutionStateValue] = {
    0,
    1,
    2,
}


def check_import_execution_state_value(value: int) -> ImportExecutionStateValue:
    if value in IMPORT_EXECUTION_STATE_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_EXECUTION_STATE_VALUE_VALUES!r}"
    )
