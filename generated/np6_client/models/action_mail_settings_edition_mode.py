from typing import Literal

ActionMailSettingsEditionMode = Literal[0, 1, 2]

ACTION_MAIL_SETTINGS_EDITION_MODE_VALUES: set[ActionMailSettingsEditionMode] = {
    0,
    1,
    2,
}


def check_action_mail_settings_edition_mode(
    value: int,
) -> ActionMailSettingsEditionMode:
    if value in ACTION_MAIL_SETTINGS_EDITION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_MAIL_SETTINGS_EDITION_MODE_VALUES!r}"
    )
