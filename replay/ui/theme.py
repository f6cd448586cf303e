"""Colours shared by the canvas, the timelines and the tag panel.

One place for them so a rage click is the same red on the canvas, in the timeline and
in the tag list. Colours are chosen to stay apart for the common colour-vision
deficiencies (Okabe & Ito, "Color Universal Design", 2008): vermillion, orange, sky
blue, bluish green, yellow, blue, reddish purple.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: Okabe-Ito palette (hex).
VERMILLION = "#D55E00"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
REDDISH_PURPLE = "#CC79A7"

#: Canvas.
BACKGROUND = "#1E1F22"  # around the letterboxed viewport
VIEWPORT = "#FAFAFA"  # the page area
VIEWPORT_BORDER = "#9AA0A6"
DEVICE_BODY = "#2B2D31"
DEVICE_EDGE = "#5F6368"
URL_BAR = "#E8EAED"
URL_TEXT = "#202124"
SCROLL_TRACK = "#DADCE0"
SCROLL_THUMB = "#80868B"
CURSOR = BLUE  # cursor dot and its trail
CLICK = SKY_BLUE  # an ordinary click ripple
TAP = BLUISH_GREEN  # a touch tap ripple
RAGE = VERMILLION  # rage-click hits (SIGNALS.md)
DEAD = REDDISH_PURPLE  # dead-click hits
ERROR = "#C5221F"  # console errors

#: Timelines.
PLAYHEAD = "#FF3B30"
SPIKE_FILL = (213, 94, 0, 50)  # VERMILLION, translucent
SCORE_CURVE = VERMILLION
SPEED_CURVE = BLUE
SCROLL_CURVE = BLUISH_GREEN
ORIENTATION_CURVE = REDDISH_PURPLE
NAVIGATION = ORANGE
SELECTION_FILL = (86, 180, 233, 60)  # SKY_BLUE, translucent
AXIS_TEXT = "#BDC1C6"  # lane titles, as light as pyqtgraph's axis values on BACKGROUND

#: Tag severity 0-4 (Nielsen): cosmetic to catastrophe, lighter to darker.
SEVERITY = ("#9AA0A6", "#F0E442", "#E69F00", "#D55E00", "#A50026")

#: Detector signal name -> colour (unknown signals use ORANGE).
SIGNAL_COLOURS = {
    "rage_click": RAGE,
    "dead_click": DEAD,
    "error_click": ERROR,
    "cursor_thrash": YELLOW,
    "scroll_thrash": BLUISH_GREEN,
    "rotation": REDDISH_PURPLE,
    "quick_back": ORANGE,
    "form_reentry": SKY_BLUE,
}


def qcolor(hex_or_rgba: str | tuple[int, ...], alpha: int | None = None) -> QColor:
    """Return a QColor from ``"#RRGGBB"`` or an ``(r, g, b[, a])`` tuple, alpha overriding."""
    colour = QColor(hex_or_rgba) if isinstance(hex_or_rgba, str) else QColor(*hex_or_rgba)
    if alpha is not None:
        colour.setAlpha(alpha)
    return colour


def severity_colour(severity: int, alpha: int = 255) -> QColor:
    """Return the colour of tag severity 0-4 (clamped)."""
    return qcolor(SEVERITY[max(0, min(4, int(severity)))], alpha)


def signal_colour(signal: str, alpha: int = 255) -> QColor:
    """Return the colour of a detector signal (rage_* and dead_* variants share a colour)."""
    hex_colour = SIGNAL_COLOURS.get(signal)
    if hex_colour is None:
        hex_colour = RAGE if "rage" in signal else DEAD if "dead" in signal else ORANGE
    return qcolor(hex_colour, alpha)
