from typing import Literal

ActionMailSettingsConsent = Literal[0, 1, 2]

ACTION_MAIL_SETTINGS_CONSENT_VALUES: set[ActionMailSettingsConsent] = {
    0,
    1,
    2,
}


def check_action_mail_settings_consent(value: int) -> ActionMailSettingsConsent:
    if value in ACTION_MAIL_SETTINGS_CONSENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_MAIL_SETTINGS_CONSENT_VALUES!r}"
    )
