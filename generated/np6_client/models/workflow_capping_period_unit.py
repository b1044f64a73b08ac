from typing import Literal

WorkflowCappingPeriodUnit = Literal[
    "DAY", "HOUR", "MILLISECOND", "MINUTE", "MONTH", "SECOND", "WEEK", "YEAR"
]

WORKFLOW_CAPPING_PERIOD_UNIT_VALUES: set[WorkflowCappingPeriodUnit] = {
    "DAY",
    "HOUR",
    "MILLISECOND",
    "MINUTE",
    "MONTH",
    "SECOND",
    "WEEK",
    "YEAR",
}


def check_workflow_capping_period_unit(value: str) -> WorkflowCappingPeriodUnit:
    if value in WORKFLOW_CAPPING_PERIOD_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_CAPPING_PERIOD_UNIT_VALUES!r}"
    )
