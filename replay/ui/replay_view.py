"""The replay view: canvas above, timelines below, a transport bar, and keyboard actions.

Every key is a ``QAction`` in :attr:`ReplayView.actions` so the main window can put them
in menus (issue 5: a reviewer goes through a day of sessions with the keyboard alone).
Their shortcut context is the view and its children by default, so typing a space in
a note field elsewhere never starts playback; :meth:`ReplayView.set_shortcut_context`
widens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from replay.model.session import Session
from replay.playback import SPEEDS
from replay.ui import theme
from replay.ui.canvas import ReplayCanvas
from replay.ui.controller import ReplayController
from replay.ui.overview_strip import OverviewStrip
from replay.ui.page_view import PageLayer
from replay.ui.timeline_axis import format_clock
from replay.ui.timelines import TimelinesWidget

#: Left/Right step (issue 5: "step by a frame and by 5 s").
STEP_MS = 5_000

# name, text, shortcuts, tooltip
# QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when the actions are made.
_ACTIONS: tuple[tuple[str, object, tuple[str, ...], object], ...] = (
    (
        "play_pause",
        QT_TRANSLATE_NOOP("ReplayView", "Play / pause"),
        ("Space",),
        QT_TRANSLATE_NOOP("ReplayView", "Play or pause the replay"),
    ),
    (
        "step_back",
        QT_TRANSLATE_NOOP("ReplayView", "Back 5 s"),
        ("Left",),
        QT_TRANSLATE_NOOP("ReplayView", "Step back 5 seconds"),
    ),
    (
        "step_forward",
        QT_TRANSLATE_NOOP("ReplayView", "Forward 5 s"),
        ("Right",),
        QT_TRANSLATE_NOOP("ReplayView", "Step forward 5 seconds"),
    ),
    (
        "frame_back",
        QT_TRANSLATE_NOOP("ReplayView", "Previous frame"),
        ("Shift+Left", ","),
        QT_TRANSLATE_NOOP("ReplayView", "Step back one frame"),
    ),
    (
        "frame_forward",
        QT_TRANSLATE_NOOP("ReplayView", "Next frame"),
        ("Shift+Right", "."),
        QT_TRANSLATE_NOOP("ReplayView", "Step forward one frame"),
    ),
    (
        "home",
        QT_TRANSLATE_NOOP("ReplayView", "Go to start"),
        ("Home",),
        QT_TRANSLATE_NOOP("ReplayView", "Go to the start"),
    ),
    (
        "end",
        QT_TRANSLATE_NOOP("ReplayView", "Go to end"),
        ("End",),
        QT_TRANSLATE_NOOP("ReplayView", "Go to the end"),
    ),
    (
        "next_spike",
        QT_TRANSLATE_NOOP("ReplayView", "Next spike"),
        ("N",),
        QT_TRANSLATE_NOOP("ReplayView", "Go to the next frustration spike"),
    ),
    (
        "prev_spike",
        QT_TRANSLATE_NOOP("ReplayView", "Previous spike"),
        ("P",),
        QT_TRANSLATE_NOOP("ReplayView", "Go to the previous frustration spike"),
    ),
    (
        "next_untagged_spike",
        QT_TRANSLATE_NOOP("ReplayView", "Next untagged spike"),
        ("U",),
        QT_TRANSLATE_NOOP("ReplayView", "Go to the next spike with no tag"),
    ),
    (
        "mark_in",
        QT_TRANSLATE_NOOP("ReplayView", "Range start here"),
        ("I",),
        QT_TRANSLATE_NOOP("ReplayView", "Start the selected range at the playhead"),
    ),
    (
        "mark_out",
        QT_TRANSLATE_NOOP("ReplayView", "Range end here"),
        ("O",),
        QT_TRANSLATE_NOOP("ReplayView", "End the selected range at the playhead"),
    ),
    (
        "faster",
        QT_TRANSLATE_NOOP("ReplayView", "Faster"),
        ("+", "="),
        QT_TRANSLATE_NOOP("ReplayView", "Play faster"),
    ),
    (
        "slower",
        QT_TRANSLATE_NOOP("ReplayView", "Slower"),
        ("-",),
        QT_TRANSLATE_NOOP("ReplayView", "Play slower"),
    ),
    (
        "fit_timeline",
        QT_TRANSLATE_NOOP("ReplayView", "Fit timeline"),
        ("F",),
        QT_TRANSLATE_NOOP("ReplayView", "Show the whole session in the timelines"),
    ),
    (
        "zoom_in",
        QT_TRANSLATE_NOOP("ReplayView", "Zoom in"),
        ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("ReplayView", "Zoom the timelines in around the playhead"),
    ),
    (
        "zoom_out",
        QT_TRANSLATE_NOOP("ReplayView", "Zoom out"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("ReplayView", "Zoom the timelines out"),
    ),
)


def tick_legend_html() -> str:
    """Return the legend of the event lane's tick colours (rich text, translated)."""
    entries = (
        (theme.CLICK, QCoreApplication.translate("ReplayView", "click")),
        (theme.TAP, QCoreApplication.translate("ReplayView", "tap")),
        (theme.RAGE, QCoreApplication.translate("ReplayView", "rage click")),
        (theme.DEAD, QCoreApplication.translate("ReplayView", "dead click")),
        (theme.NAVIGATION, QCoreApplication.translate("ReplayView", "page change")),
        (theme.ERROR, QCoreApplication.translate("ReplayView", "console error")),
    )
    return "&nbsp;&nbsp;".join(
        f'<span style="color:{colour}">&#9632;</span>&nbsp;{text}' for colour, text in entries
    )


def speed_text(speed: float) -> str:
    """Return ``0.25×``, ``1×``, ``16×``."""
    return f"{speed:g}×"


class ReplayView(QWidget):
    """Canvas, timelines and transport of one controller.

    Parameters
    ----------
    controller : ReplayController
        The controller every part talks to.
    parent : QWidget, optional
        Qt parent.

    Attributes
    ----------
    replay_actions : dict of str to QAction
        ``play_pause, step_back, step_forward, frame_back, frame_forward, home, end,
        next_spike, prev_spike, next_untagged_spike, faster, slower, fit_timeline,
        zoom_in, zoom_out``.
    """

    def __init__(self, controller: ReplayController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas = ReplayCanvas(controller)
        #: The recorded page behind the cursor overlay (rrweb sessions; View ▸ Show page).
        self.page_layer = PageLayer(controller, self.canvas)
        self.timelines = TimelinesWidget(controller)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.timelines)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.overview = OverviewStrip(
            controller,
            view_range=self.timelines.x_range_s,
            show_range=self.timelines.show_range_s,
            parent=self,
        )
        self.timelines.plots["speed"].sigXRangeChanged.connect(self.overview.update)
        self.replay_actions: dict[str, QAction] = {}
        self._make_actions()
        transport = self._make_transport()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.splitter, 1)
        self.legend = QLabel(self)
        self.legend.setObjectName("tickLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(tick_legend_html())
        self.legend.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.overview)
        layout.addLayout(transport)
        controller.session_loaded.connect(self._on_controller_session_loaded)
        controller.time_changed.connect(self._on_controller_time_changed)
        controller.playing_changed.connect(self._on_controller_playing_changed)
        controller.speed_changed.connect(self._on_controller_speed_changed)
        self._update_time_label(controller.t_ms)
        self._on_controller_speed_changed(controller.speed)
        self._set_transport_enabled(controller.session is not None)

    # --- actions -------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], object]]:
        c = self._controller
        return {
            "play_pause": c.toggle_play,
            "step_back": lambda: c.step_ms(-STEP_MS),
            "step_forward": lambda: c.step_ms(STEP_MS),
            "frame_back": lambda: c.step_frame(-1),
            "frame_forward": lambda: c.step_frame(1),
            "home": c.go_home,
            "end": c.go_end,
            "next_spike": c.next_spike,
            "prev_spike": c.prev_spike,
            "next_untagged_spike": c.next_untagged_spike,
            "mark_in": c.mark_in,
            "mark_out": c.mark_out,
            "faster": c.faster,
            "slower": c.slower,
            "fit_timeline": self.timelines.fit,
            "zoom_in": lambda: self.timelines.zoom(0.5),
            "zoom_out": lambda: self.timelines.zoom(2.0),
        }

    def _make_actions(self) -> None:
        handlers = self._handlers()
        for name, text, keys, tip in _ACTIONS:
            action = QAction(QCoreApplication.translate("ReplayView", str(text)), self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip_text = QCoreApplication.translate("ReplayView", str(tip))
            action.setToolTip(f"{tip_text} ({keys[0]})")
            action.triggered.connect(lambda _=False, h=handlers[name]: h())
            self.addAction(action)
            self.replay_actions[name] = action

    def set_shortcut_context(self, context: Qt.ShortcutContext) -> None:
        """Set every action's shortcut context (e.g. ``Qt.WindowShortcut``)."""
        for action in self.replay_actions.values():
            action.setShortcutContext(context)

    # --- transport -----------------------------------------------------------------------

    def _tool_button(
        self,
        action: QAction,
        text: str,
        icon: QStyle.StandardPixmap | None = None,
        *,
        icon_only: bool = False,
    ) -> QToolButton:
        # A tool button shows its action's iconText and re-reads it whenever the action
        # changes (enabled, checked): a setText on the button lasted until the first change,
        # so the short label goes on the action (menus keep the action's full text).
        action.setIconText(text)
        if icon is not None:  # the style's icons: font glyphs (⏸) showed as boxes
            action.setIcon(self.style().standardIcon(icon))
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the view
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if icon_only
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        return button

    def _make_transport(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 4)
        style = QStyle.StandardPixmap
        self.prev_spike_button = self._tool_button(
            self.replay_actions["prev_spike"], self.tr("Spike"), style.SP_MediaSeekBackward
        )
        self.play_button = self._tool_button(
            self.replay_actions["play_pause"], self.tr("Play"), style.SP_MediaPlay, icon_only=True
        )
        self.next_spike_button = self._tool_button(
            self.replay_actions["next_spike"], self.tr("Spike"), style.SP_MediaSeekForward
        )
        self.next_spike_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # "Spike ▸▸"
        # Fixed widths: a button that changes width when its state changes moves the others.
        for button in (self.prev_spike_button, self.play_button, self.next_spike_button):
            button.setFixedWidth(button.sizeHint().width() + 4)
        self.speed_box = QComboBox()
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed_box.setToolTip(self.tr("Playback speed (+ / -)"))
        for speed in SPEEDS:
            self.speed_box.addItem(speed_text(speed), speed)
        self.speed_box.currentIndexChanged.connect(self._on_speed_box_changed)
        self.skip_idle_box = QCheckBox(self.tr("Skip idle"))
        self.skip_idle_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_idle_box.setToolTip(self.tr("Play through stretches with no activity quickly"))
        self.skip_idle_box.setChecked(self._controller.clock.skip_idle)
        self.skip_idle_box.toggled.connect(self._controller.set_skip_idle)
        self.time_label = QLabel()
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._fit_time_label(0)
        fit = self._tool_button(self.replay_actions["fit_timeline"], self.tr("Fit"))
        for widget in (self.prev_spike_button, self.play_button, self.next_spike_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.speed_box)
        bar.addWidget(self.skip_idle_box)
        bar.addStretch(1)
        bar.addWidget(fit)
        bar.addWidget(self.time_label)
        return bar

    def _on_speed_box_changed(self, index: int) -> None:
        speed = self.speed_box.itemData(index)
        if speed is not None and float(speed) != self._controller.speed:
            self._controller.set_speed(float(speed))

    # --- controller -> view --------------------------------------------------------------

    def _fit_time_label(self, duration_ms: int) -> None:
        """Give the time label the width of "m:ss.s / m:ss.s" for this session's length.

        Fixed, so the text does not jitter while playing; no wider than the session needs
        (a 0:00:00.0 width for every session took room the transport lacks in Thai).
        """
        longest = format_clock(duration_ms / 1000.0, decimals=1)
        sample = "".join("0" if ch.isdigit() else ch for ch in longest)
        width = self.time_label.fontMetrics().horizontalAdvance(f"{sample} / {sample}") + 8
        self.time_label.setMinimumWidth(width)

    def _set_transport_enabled(self, enabled: bool) -> None:
        """Enable playback controls only when there is a session to play."""
        for action in self.replay_actions.values():
            action.setEnabled(enabled)
        self.speed_box.setEnabled(enabled)
        self.skip_idle_box.setEnabled(enabled)

    def _on_controller_session_loaded(self, session: Session) -> None:
        self._set_transport_enabled(True)
        self._fit_time_label(self._controller.duration_ms)
        self._update_time_label(self._controller.t_ms)
        self._on_controller_playing_changed(self._controller.playing)

    def _on_controller_time_changed(self, t_ms: int) -> None:
        self._update_time_label(t_ms)

    def _update_time_label(self, t_ms: int) -> None:
        text = (
            f"{format_clock(t_ms / 1000.0, decimals=1)} / "
            f"{format_clock(self._controller.duration_ms / 1000.0, decimals=1)}"
        )
        if text != self.time_label.text():  # 60 updates a second: only on change
            self.time_label.setText(text)

    def _on_controller_playing_changed(self, playing: bool) -> None:
        action = self.replay_actions["play_pause"]
        action.setIconText(self.tr("Pause") if playing else self.tr("Play"))
        action.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause
                if playing
                else QStyle.StandardPixmap.SP_MediaPlay
            )
        )

    def _on_controller_speed_changed(self, speed: float) -> None:
        index = self.speed_box.findData(speed)
        if index >= 0 and index != self.speed_box.currentIndex():
            with QSignalBlocker(self.speed_box):  # no echo back to the controller
                self.speed_box.setCurrentIndex(index)
