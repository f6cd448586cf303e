"""At 1280x720 the replay gets half the width, no table scrolls sideways, buttons keep their size."""

from __future__ import annotations

import re
import shutil
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QTableView

from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import save_result
from replay.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def built_library(tmp_path_factory: pytest.TempPathFactory, rrweb_dir: Path) -> Path:
    """Two desktop sessions and a phone (session 3: the angle lane), detected, built once."""
    db = tmp_path_factory.mktemp("layout") / "lib.sqlite"
    with Library.open(db) as lib:
        for name in (
            "dev-rage-desktop-wide.rrweb.json",
            "dev-form-reentry-wide.rrweb.json",
            "dev-rotation-phone.rrweb.json",
        ):
            session = import_file(rrweb_dir / name)
            sid, _ = lib.add_session(session)
            save_result(lib, sid, detect(session))
    return db


@pytest.fixture
def window(qtbot, app_settings, tmp_path: Path, built_library: Path) -> MainWindow:
    db = tmp_path / "lib.sqlite"
    shutil.copyfile(built_library, db)  # each test its own library, built once
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    assert win.open_library(db)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_session(2)
    qtbot.wait(50)
    return win


def _tables_fit(win: MainWindow) -> list[str]:
    bad = []
    for table in win.findChildren(QTableView):
        if not table.isVisible() or table.visibleRegion().isEmpty():
            continue  # a dock tab behind another
        if table.horizontalScrollBar().isVisible():
            bad.append(f"{table.objectName()}: horizontal scrollbar")
        header = table.horizontalHeader()
        used = sum(
            header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
        if used > table.viewport().width() + 1:
            bad.append(f"{table.objectName()}: columns {used} px > {table.viewport().width()} px")
    return bad


def test_replay_gets_half_the_width(window: MainWindow) -> None:
    assert window.replay_view.width() >= 1280 / 2


@pytest.mark.parametrize("pane", ["tags_dock", "hits_dock", "events_dock"])
def test_no_table_scrolls_sideways(qtbot, window: MainWindow, pane: str) -> None:
    dock = getattr(window, pane)
    window.show_pane(dock)
    qtbot.wait(20)
    assert not dock.widget().findChild(QTableView).visibleRegion().isEmpty()  # it is checked
    assert _tables_fit(window) == []


def test_transport_buttons_keep_their_width(qtbot, window: MainWindow) -> None:
    view = window.replay_view
    before = view.play_button.width()
    assert not view.play_button.icon().isNull()
    window.controller.play()
    qtbot.wait(20)
    window.controller.pause()
    assert view.play_button.width() == before
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_status_count_and_no_matches_follow_the_search(qtbot, window: MainWindow) -> None:
    assert window.count_label.text() == "3 sessions"
    window.session_list.search.setText("form-reentry")
    assert window.count_label.text() == "1 of 3 sessions"
    window.session_list.search.setText("no-such-session")
    assert window.count_label.text() == "0 of 3 sessions"
    assert window.session_list.search_status.isVisible()
    window.session_list.search.clear()
    assert not window.session_list.search_status.isVisible()
    assert window.count_label.text() == "3 sessions"


def test_flat_lane_is_drawn_against_zero(qtbot, window: MainWindow) -> None:
    timelines = window.replay_view.timelines
    item = timelines._curve("scroll", [0.0, 1.0, 2.0], [180.0, 180.0, 180.0], "#ffffff")
    lo, hi = timelines.plots["scroll"].vb.viewRange()[1]
    assert lo <= 0.0
    assert hi >= 180.0 * 1.2
    timelines.plots["scroll"].removeItem(item)


def _clipped_labels(win: MainWindow) -> list[str]:
    """Timeline labels that are not drawn whole: lane titles, the events lane's row names."""
    from PySide6.QtGui import QImage, QPainter

    timelines = win.replay_view.timelines
    bad = []
    for name, plot in timelines.plots.items():
        box = plot.vb.boundingRect()
        if box.height() < timelines.min_lane_px[name] - 1:
            bad.append(f"{name}: lane {box.height():.0f} px < {timelines.min_lane_px[name]} px")
    for text, item in timelines.lane_titles.items():
        rect = item.mapRectToParent(item.boundingRect())
        if not item.parentItem().boundingRect().contains(rect):
            bad.append(f"title {text!r}: {rect} outside {item.parentItem().boundingRect()}")
    axis = timelines.plots["events"].getAxis("left")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    drawn = {text for _rect, _flags, text in specs[2]} if specs else set()
    wanted = {str(label) for _value, label in axis._tickLevels[0]}
    if drawn != wanted:
        bad.append(f"events rows: drawn {sorted(drawn)} of {sorted(wanted)}")
    return bad


@pytest.mark.parametrize("language", ["en", "th", "ko", "zh_TW"])
@pytest.mark.parametrize(
    "size",
    [
        (1280, 720),
        pytest.param((1440, 900), marks=pytest.mark.full),
        pytest.param((3840, 2160), marks=pytest.mark.full),
    ],
)
def test_nothing_is_clipped(
    qtbot, qapp, app_settings, window: MainWindow, size: tuple[int, int], language: str
) -> None:
    from replay.ui.i18n import install_translator

    assert install_translator(qapp, language) == language
    win: MainWindow | None = None
    try:
        win = MainWindow(settings=app_settings)  # built in the language
        qtbot.addWidget(win)
        assert win.open_library(window.db_path)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_session(2)
        qtbot.wait(50)
        assert (win.width(), win.height()) == size
        problems = _clipped_labels(win) + _overlapping_ticks(win) + _lanes_without_range(win)
        assert win.open_session(3)  # the phone: its angle lane has a curve
        qtbot.wait(50)
        problems += _clipped_labels(win) + _overlapping_ticks(win) + _lanes_without_range(win)
        for pane in ("tags_dock", "hits_dock", "events_dock"):
            win.show_pane(getattr(win, pane))
            qtbot.wait(10)
            problems += _tables_fit(win)
        for button in win.findChildren(QAbstractButton):
            if (
                button.isVisible()
                and button.text()
                and button.width() < button.minimumSizeHint().width()
            ):
                problems.append(f"button {button.text()!r} {button.width()} px")
        assert problems == [], "\n".join(problems)
    finally:
        if win is not None:  # the web engine page goes now, not at exit (12 windows)
            win.replay_view.page_layer.close()
            win.close()
        install_translator(qapp, "en")


def _overlapping_ticks(win: MainWindow) -> list[str]:
    """Value labels of a lane's left axis that overlap, measured at the font's real height.

    pyqtgraph lays labels out at 0.8 of their height; here each label is as tall as the
    font draws it (``QFontMetricsF.boundingRect``), centred where the axis puts it.
    """
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    bad = []
    for name, plot in win.replay_view.timelines.plots.items():
        axis = plot.getAxis("left")
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            specs = axis.generateDrawSpecs(painter)  # sets the axis' tick font, if any
            metrics = QFontMetricsF(painter.font())
        finally:
            painter.end()
        boxes = []
        for rect, _flags, text in specs[2] if specs else []:
            half = metrics.boundingRect(text).height() / 2
            boxes.append((rect.center().y() - half, rect.center().y() + half, text))
        boxes.sort()
        for (_top, bottom, text), (top, _bottom, below) in pairwise(boxes):
            if top < bottom - 0.01:
                bad.append(f"{name}: {text!r} and {below!r} overlap by {bottom - top:.1f} px")
    return bad


#: A lane title that ends with its range: "cursor speed (px/s)  0–1500".
_RANGE = re.compile(r"\s(-?[0-9.]+)\u2013(-?[0-9.]+)\Z")


def _drawn_values(axis: object) -> list[str]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


def _lanes_without_range(win: MainWindow) -> list[str]:
    """Value lanes that show neither two value labels nor a range label in their title.

    One value ("800") says nothing of a lane's scale: each lane with a curve shows at
    least its range, as two labels on its axis or as "LOW–HIGH" after its title, two round
    values inside what the lane shows.
    """
    timelines = win.replay_view.timelines
    bad = []
    for lane in ("speed", "scroll", "orientation", "score"):
        if lane in timelines.empty_notes:
            continue  # "no rotation in this recording": no scale to show
        plot = timelines.plots[lane]
        drawn = _drawn_values(plot.getAxis("left"))
        title = next(
            t.toPlainText() for t in timelines.lane_titles.values() if t.parentItem() is plot.vb
        )
        found = _RANGE.search(title)
        if len(drawn) >= 2:
            continue
        if found is None:
            bad.append(f"{lane}: {plot.vb.height():.0f} px, labels {drawn}, title {title!r}")
            continue
        low, high = float(found[1]), float(found[2])
        lo, hi = sorted(plot.vb.viewRange()[1])
        if not lo - 1e-9 <= low < high <= hi + 1e-9:
            bad.append(f"{lane}: range {low}-{high} is not inside the lane's {lo:.1f}-{hi:.1f}")
    return bad


@pytest.fixture
def lane_library(tmp_path: Path, built_library: Path) -> Path:
    """A desktop, a form and a phone session: speed, scroll, angle and a 0..1.5 score.

    Each test its own copy of ``built_library`` (the same three sessions, built once).
    """
    db = tmp_path / "lanes.sqlite"
    shutil.copyfile(built_library, db)
    return db


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900), (3840, 2160)])
def test_no_two_tick_labels_overlap(
    qtbot, app_settings, lane_library: Path, size: tuple[int, int]
) -> None:
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    try:
        assert win.open_library(lane_library)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        problems = []
        for sid in (1, 2, 3):
            assert win.open_session(sid)
            qtbot.wait(30)
            problems += [f"session {sid}: {p}" for p in _overlapping_ticks(win)]
            problems += [f"session {sid}: {p}" for p in _lanes_without_range(win)]
            speed = win.replay_view.timelines.plots["speed"].getAxis("left")
            image = QImage(10, 10, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            try:
                drawn = speed.generateDrawSpecs(painter)[2]
            finally:
                painter.end()
            if not drawn:  # fewer labels, not none: the speed lane keeps its scale
                problems.append(f"session {sid}: speed lane has no value label")
        assert problems == [], "\n".join(problems)
    finally:
        win.replay_view.page_layer.close()
        win.close()
