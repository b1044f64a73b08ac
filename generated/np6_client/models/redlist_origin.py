from typing import Literal

RedlistOrigin = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

REDLIST_ORIGIN_VALUES: set[RedlistOrigin] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
}


def check_redlist_origin(value: int) -> RedlistOrigin:
    if value in REDLIST_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDLIST_ORIGIN_VALUES!r}"
    )
