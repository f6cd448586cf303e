"""The calibration curve: precision, recall and F1 of a detector across its main threshold.

The figures are :func:`replay.team.calibrate.calibrate`'s (the same as ``replay calibrate``).
A pyqtgraph plot shows the three curves of the chosen detector, a dashed line at the current
value and a solid one at the suggestion (best F1); "Apply suggestions" writes them to the
user config with :func:`replay.team.calibrate.apply`, after asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from replay.errors import ReplayError
from replay.team import calibrate as cal
from replay.ui.team_agreement import fmt

CURVES = (("precision", "#2b6cb0"), ("recall", "#c05621"), ("f1", "#2f855a"))


class CalibrationDialog(QDialog):
    """Sweep the detectors against a truth and plot one detector's curves.

    Parameters
    ----------
    library : Library
        The open library.
    config : SignalConfig
        The thresholds the sweep starts from.
    apply_path : Path, optional
        Where "Apply" writes (default: the user config file).
    """

    def __init__(
        self,
        library: Any,
        config: Any,
        *,
        apply_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(self.tr("Detector calibration"))
        self.library = library
        self.config = config
        self.apply_path = apply_path
        self.calibration: cal.Calibration | None = None

        self.truth = QComboBox(self)
        self.truth.setObjectName("calibrationTruth")
        for choice in cal.truth_choices(library):
            if choice == "consensus":
                self.truth.addItem(self.tr("Consensus tags"), choice)
            else:
                self.truth.addItem(self.tr("Tags of {0}").format(choice), choice)
        self.truth.currentIndexChanged.connect(self.run)
        self.detector = QComboBox(self)
        self.detector.setObjectName("calibrationDetector")
        self.detector.currentIndexChanged.connect(self._plot)
        form = QFormLayout()
        form.addRow(self.tr("&Truth"), self.truth)
        form.addRow(self.tr("&Detector"), self.detector)

        self.summary = QLabel(self)
        self.summary.setObjectName("calibrationSummary")
        self.summary.setWordWrap(True)
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("calibrationPlot")
        self.plot.setBackground("w")
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.setYRange(0, 1.05)
        legend = self.plot.addLegend(offset=(-10, 10))  # top right: the lines' labels sit left
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        legend.setLabelTextColor("#222")
        self.plot.getAxis("left").setLabel(self.tr("precision / recall / F1"))

        self.apply_button = QPushButton(self.tr("&Apply suggestions to my config…"), self)
        self.apply_button.setObjectName("calibrationApply")
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        layout.addLayout(buttons)
        self.resize(820, 600)
        self.run()

    def run(self) -> None:
        """Sweep every detector against the chosen truth."""
        # The sweep runs each detector ~5 times per truth session (about 0.4 s for a
        # two-hour desktop session): a progress dialog keeps the window painted meanwhile.
        progress = QProgressDialog(self.tr("Sweeping the detectors' thresholds…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setMinimumDuration(500)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def step(_where: str) -> None:  # called once per truth session
            QApplication.processEvents()

        try:
            self.calibration = cal.calibrate(
                self.library, self.config, truth=str(self.truth.currentData()), progress=step
            )
        except ReplayError as exc:
            progress.close()
            self.calibration = None
            self.summary.setText(exc.one_line())
            self.detector.clear()
            self.plot.clear()
            self.apply_button.setEnabled(False)
            return
        progress.close()
        keep = self.detector.currentData()
        self.detector.blockSignals(True)
        self.detector.clear()
        for curve in self.calibration.curves:
            self.detector.addItem(f"{curve.signal} ({curve.setting})", curve.signal)
        index = self.detector.findData(keep)
        if index < 0:  # start on the detector with the best suggestion
            scored = [
                (max((p.f1 or 0.0) for p in c.points), i)
                for i, c in enumerate(self.calibration.curves)
            ]
            index = max(scored)[1] if scored else 0
        self.detector.setCurrentIndex(index)
        self.detector.blockSignals(False)
        self.apply_button.setEnabled(bool(self.calibration.suggestions()))
        self._plot()

    def curve(self) -> cal.DetectorCurve | None:
        """Return the curve of the detector shown."""
        if self.calibration is None:
            return None
        signal = self.detector.currentData()
        return next((c for c in self.calibration.curves if c.signal == signal), None)

    def _plot(self) -> None:
        self.plot.clear()
        curve = self.curve()
        result = self.calibration
        if curve is None or result is None:
            return
        xs = [float(p.value) for p in curve.points]
        for name, color in CURVES:
            ys = [getattr(p, name) for p in curve.points]
            pts = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
            if not pts:
                continue
            self.plot.plot(
                [x for x, _ in pts],
                [y for _, y in pts],
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolBrush=color,
                symbolSize=7,
                name={"precision": self.tr("precision"), "recall": self.tr("recall"), "f1": "F1"}[
                    name
                ],
            )
        self.plot.addItem(
            pg.InfiniteLine(
                float(curve.current),
                angle=90,
                pen=pg.mkPen("#555", width=1, style=Qt.PenStyle.DashLine),
                label=self.tr("now"),
                labelOpts={"position": 0.97, "color": "#555"},
            )
        )
        if curve.suggested is not None:
            self.plot.addItem(
                pg.InfiniteLine(
                    float(curve.suggested),
                    angle=90,
                    pen=pg.mkPen("#2f855a", width=2),
                    label=self.tr("best F1"),
                    labelOpts={"position": 0.9, "color": "#2f855a"},
                )
            )
        self.plot.getAxis("bottom").setLabel(curve.setting)
        self.plot.setYRange(0, 1.05)
        best = next((p for p in curve.points if p.value == curve.suggested), None)
        suggestion = (
            self.tr("no suggestion (no value matched a truth tag)")
            if curve.suggested is None
            else self.tr("suggested {0} (F1 {1})").format(
                curve.suggested, fmt(best.f1 if best else None)
            )
        )
        self.summary.setText(
            self.tr(
                "Truth: {0} tag(s) in {1} session(s), tolerance {2} ms, config {3}. "
                "{4}: now {5}, {6}. Rule: the value with the best F1."
            ).format(
                result.truth_tags,
                len(result.sessions),
                result.tolerance_ms,
                result.config_hash[:12],
                curve.setting,
                curve.current,
                suggestion,
            )
        )

    def apply(self) -> Path | None:
        """Write the suggestions to the user config (no question asked); return the file."""
        if self.calibration is None or not self.calibration.suggestions():
            return None
        try:
            path = cal.apply(self.library, self.calibration, self.apply_path)
        except ReplayError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.one_line())
            return None
        self.summary.setText(
            self.tr("Applied to {0} (config {1}). Run the detectors again to use it.").format(
                path, (self.calibration.applied_config_hash or "")[:12]
            )
        )
        return path

    def _on_apply_button_clicked(self) -> None:
        if self.calibration is None:
            return
        changes = ", ".join(
            f"{section}.{key} = {value}"
            for section, keys in self.calibration.suggestions().items()
            for key, value in keys.items()
        )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Write these thresholds to your config?\n{0}").format(changes),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply()
