"""The Quality dock: a meter per link (bars and a colour, numbers on hover, two minutes of
RTT / loss / bitrate history), the adaptive upload, and the program's own health."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.encode.hardware import probed_encoder
from studio.session import Session
from studio.transport.linkstats import HISTORY_S, LinkSample, QualityLevel
from studio.ui.bridge import CoreBridge
from studio.ui.theme import GOOD, INFO, REC, WARN

LEVEL_COLOURS = {
    QualityLevel.UNKNOWN: QColor("#5f6468"),
    QualityLevel.EXCELLENT: GOOD,
    QualityLevel.GOOD: QColor("#7cc47f"),
    QualityLevel.POOR: WARN,
    QualityLevel.BAD: QColor("#f76b15"),
    QualityLevel.DOWN: REC,
}


def level_name(widget: QWidget | None, level: QualityLevel) -> str:
    """The level in words (never colour alone). One translation context for every caller."""
    return {
        QualityLevel.UNKNOWN: QCoreApplication.translate("QualityLevel", "measuring…"),
        QualityLevel.EXCELLENT: QCoreApplication.translate("QualityLevel", "excellent"),
        QualityLevel.GOOD: QCoreApplication.translate("QualityLevel", "good"),
        QualityLevel.POOR: QCoreApplication.translate("QualityLevel", "poor"),
        QualityLevel.BAD: QCoreApplication.translate("QualityLevel", "bad"),
        QualityLevel.DOWN: QCoreApplication.translate("QualityLevel", "down"),
    }[level]


def bars_for(level: QualityLevel) -> int:
    """Signal-style bars: excellent 4 … bad 1, down and unknown 0."""
    return {QualityLevel.EXCELLENT: 4, QualityLevel.GOOD: 3, QualityLevel.POOR: 2,
            QualityLevel.BAD: 1}.get(level, 0)


class LevelBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = QualityLevel.UNKNOWN
        self.setFixedSize(28, 18)
        self.setAccessibleName(self.tr("Connection quality"))
        self.setAccessibleDescription(level_name(self, self.level))

    def set_level(self, level: QualityLevel) -> None:
        """The level as lit bars (4 excellent … 1 bad, crossed out when down) and in words for
        screen readers: not colour alone."""
        if level != self.level:
            self.level = level
            self.setAccessibleDescription(level_name(self, level))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        lit = bars_for(self.level)
        colour = LEVEL_COLOURS[self.level]
        for i in range(4):
            h = 4 + i * 4
            rect = QRectF(i * 7, self.height() - h, 5, h)
            p.fillRect(rect, colour if i < lit else QColor("#2a2d30"))
        if self.level == QualityLevel.DOWN:
            p.setPen(QPen(REC, 2))
            p.drawLine(0, 0, self.width(), self.height())
        p.end()


class HistoryGraph(QWidget):
    """RTT (blue, solid), loss (red, dashed) and bitrate (green, dotted) over the last two
    minutes, each scaled to its own maximum: the line styles tell them apart without colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: list[LinkSample] = []
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 44)

    def set_samples(self, samples: list[LinkSample]) -> None:
        self.samples = samples
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#0c0d0e"))
        if len(self.samples) >= 2:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            end = self.samples[-1].stats.timestamp
            series = (
                (INFO, Qt.PenStyle.SolidLine, [s.stats.rtt_ms for s in self.samples], 100.0),
                (REC, Qt.PenStyle.DashLine, [(s.stats.fraction_lost or 0) * 100 for s in self.samples], 10.0),
                (GOOD, Qt.PenStyle.DotLine, [s.stats.bitrate_kbps for s in self.samples], 500.0),
            )
            for colour, style, values, floor in series:
                known = [v for v in values if v is not None]
                if not known:
                    continue
                top = max(max(known), floor)
                path = QPainterPath()
                started = False
                for sample, value in zip(self.samples, values, strict=False):
                    if value is None:
                        continue
                    x = self.width() * (1 - (end - sample.stats.timestamp) / HISTORY_S)
                    y = self.height() - 2 - (self.height() - 4) * value / top
                    if started:
                        path.lineTo(QPointF(x, y))
                    else:
                        path.moveTo(QPointF(x, y))
                        started = True
                p.setPen(QPen(colour, 1.5, style))
                p.drawPath(path)
        p.end()


class LinkRow(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.bars = LevelBars()
        self.title = QLabel(name)
        self.summary = QLabel()
        self.summary.setObjectName("emptyState")
        self.graph = HistoryGraph()
        self.graph.setAccessibleName(self.tr("{name}, last 2 minutes").format(name=name))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(self.bars, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.summary, 0, 2, alignment=Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.graph, 1, 0, 1, 3)

    def show_sample(self, sample: LinkSample, history: list[LinkSample]) -> None:
        s, level = sample.stats, sample.level
        self.bars.set_level(level)
        numbers = [level_name(self, level)]
        if s.rtt_ms is not None:
            numbers.append(self.tr("{ms:.0f} ms").format(ms=s.rtt_ms))
        if s.fraction_lost is not None:
            numbers.append(self.tr("{pct:.1f} % lost").format(pct=s.fraction_lost * 100))
        self.summary.setText(" · ".join(numbers))
        parts = [self.tr("{name}: {level}").format(name=self.name, level=level_name(self, level))]
        if s.rtt_ms is not None:
            parts.append(self.tr("round trip {ms:.0f} ms").format(ms=s.rtt_ms))
        if s.fraction_lost is not None:
            parts.append(self.tr("loss {pct:.1f} %").format(pct=s.fraction_lost * 100))
        if s.jitter_ms is not None:
            parts.append(self.tr("jitter {ms:.0f} ms").format(ms=s.jitter_ms))
        if s.bitrate_kbps is not None:
            parts.append(self.tr("{kbps:.0f} kbit/s").format(kbps=s.bitrate_kbps))
        if s.fps is not None:
            parts.append(self.tr("{fps:.0f} fps").format(fps=s.fps))
        if s.freeze_ms:
            parts.append(self.tr("frozen {ms:.0f} ms").format(ms=s.freeze_ms))
        self.setToolTip("\n".join(parts))
        self.graph.setAccessibleDescription(", ".join(parts))
        self.graph.set_samples(history)


# The estimate the upload follows (studio/transport/uplink.py), by the names engineers use:
# GCC on transport-wide feedback, the receiver's REMB, or RTCP receiver reports (loss) alone.
ESTIMATE_NAMES = {"transport-cc": "GCC · TWCC", "remb": "REMB", "loss": "RTCP"}
ENCODER_NAMES = {
    "libx264": "x264",
    "h264_vaapi": "VA-API",
    "h264_nvenc": "NVIDIA NVENC",
    "h264_qsv": "Intel Quick Sync",
    "h264_videotoolbox": "Apple VideoToolbox",
}
"""Product names, the same in every language."""


class QualityDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("quality")
        self.setWindowTitle(self.tr("Quality"))
        body = QWidget()
        self.links_box = QVBoxLayout()
        self.rows: dict[str, LinkRow] = {}
        self.empty = QLabel(self.tr("Connection meters for your upload, each co-host and your viewers "
                                    "appear here when you go live."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        legend = QLabel(self.tr("Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), "
                                "bitrate (green, dotted)."))
        legend.setObjectName("emptyState")
        legend.setWordWrap(True)
        form = QFormLayout()
        self.upload = QLabel("–")
        self.upload.setToolTip(self.tr("What the adaptive encoder sends to the WHIP server now"))
        self.reconnects = QLabel("0")
        self.fps = QLabel("–")
        self.process = QLabel("–")
        self.skipped = QLabel("–")
        self.connect_time = QLabel("–")
        self.encoder = QLabel()
        self._show_encoder()
        form.addRow(self.tr("Upload"), self.upload)
        form.addRow(self.tr("Reconnects"), self.reconnects)
        form.addRow(self.tr("Connected in"), self.connect_time)
        form.addRow(self.tr("Program"), self.fps)
        form.addRow(self.tr("Processing"), self.process)
        form.addRow(self.tr("Skipped frames"), self.skipped)
        form.addRow(self.tr("Encoder"), self.encoder)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addLayout(self.links_box)
        layout.addWidget(legend)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(body)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()

    def _refresh(self) -> None:
        board = self.session.quality.snapshot()
        for name in list(self.rows):
            if name not in board:
                row = self.rows.pop(name)
                self.links_box.removeWidget(row)
                row.deleteLater()
        for name, sample in board.items():
            row = self.rows.get(name)
            if row is None:
                row = self.rows[name] = LinkRow(name)
                self.links_box.addWidget(row)
            if sample is not None:
                row.show_sample(sample, self.session.quality.history(name))
        self.empty.setVisible(not board)
        if not self.isVisible():
            return
        stats = self.session.program.stats
        st = self.session.state
        self.fps.setText(self.tr("{fps:.1f} fps").format(fps=stats.fps))
        self.process.setText(self.tr("{ms:.1f} ms per frame").format(ms=stats.process_ms))
        self.skipped.setText(str(stats.lagged))
        ms = st.connect_ms
        self.connect_time.setText(self.tr("{ms:.0f} ms").format(ms=ms) if ms is not None else "–")
        upload = self.tr("{kbps} kbit/s at {height}p").format(kbps=st.uplink_kbps, height=st.uplink_height)
        if st.uplink_kbps and st.uplink_estimate:  # what drives it, by its technical name
            upload += f" · {ESTIMATE_NAMES.get(st.uplink_estimate, st.uplink_estimate)}"
        self.upload.setText(upload if st.uplink_kbps else "–")
        self.reconnects.setText(str(st.reconnects))
        self._show_encoder()

    def _show_encoder(self) -> None:
        """The H.264 encoder in use (the probe runs at start, off this thread)."""
        choice = probed_encoder()
        about = self.tr("The H.264 encoder for the live picture and the recording. Hardware encoders "
                        "are tried at start; x264 runs on the processor when none of them works.")
        if choice is None:
            label = self.tr("Checking…")
        else:
            name = ENCODER_NAMES.get(choice.name, choice.name)
            if choice.hardware:
                label = self.tr("{name}, hardware").format(name=name)
            else:
                label = self.tr("{name}, software").format(name=name)
            refused = ", ".join(ENCODER_NAMES.get(r.codec, r.codec) for r in choice.refused)
            if refused:
                about += "\n" + self.tr("Not usable on this computer: {names}").format(names=refused)
        self.encoder.setText(label)
        self.encoder.setToolTip(about)

    def close_view(self) -> None:
        self._timer.stop()
