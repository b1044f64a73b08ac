from typing import Literal

WorkflowState = Literal[0, 1]

WORKFLOW_STATE_VALUES: set[WorkflowState] = {
    0,
    1,
}


def check_workflow_state(value: int) -> WorkflowState:
    if value in WORKFLOW_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_STATE_VALUES!r}"
    )
