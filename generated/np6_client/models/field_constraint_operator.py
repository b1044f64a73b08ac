from typing import Literal

FieldConstraintOperator = Literal[0, 1, 2, 3, 4, 5]

FIELD_CONSTRAINT_OPERATOR_VALUES: set[FieldConstraintOperator] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_field_constraint_operator(value: int) -> FieldConstraintOperator:
    if value in FIELD_CONSTRAINT_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_CONSTRAINT_OPERATOR_VALUES!r}"
    )
