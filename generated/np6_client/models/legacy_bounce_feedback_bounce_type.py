from typing import Literal

LegacyBounceFeedbackBounceType = Literal[3, 4, 6, 51, 52, 53, 54]

LEGACY_BOUNCE_FEEDBACK_BOUNCE_TYPE_VALUES: set[LegacyBounceFeedbackBounceType] = {
    3,
    4,
    6,
    51,
    52,
    53,
    54,
}


def check_legacy_bounce_feedback_bounce_type(
    value: int,
) -> LegacyBounceFeedbackBounceType:
    if value in LEGACY_BOUNCE_FEEDBACK_BOUNCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_BOUNCE_FEEDBACK_BOUNCE_TYPE_VALUES!r}"
    )
