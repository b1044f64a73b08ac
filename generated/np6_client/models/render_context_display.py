from typing import Literal

RenderContextDisplay = Literal[0, 1, 2, 4, 8, 16]

RENDER_CONTEXT_DISPLAY_VALUES: set[RenderContextDisplay] = {
    0,
    1,
    2,
    4,
    8,
    16,
}


def check_render_context_display(value: int) -> RenderContextDisplay:
    if value in RENDER_CONTEXT_DISPLAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_CONTEXT_DISPLAY_VALUES!r}"
    )
