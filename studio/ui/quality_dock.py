"""The Quality dock. Until connection meters exist it shows the program's own health
(frame rate, processing time, frames skipped, the live encoder's bitrate) and an empty
state for the links."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QVBoxLayout, QWidget

from studio.session import Session
from studio.ui.bridge import CoreBridge


class QualityDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("quality")
        self.setWindowTitle(self.tr("Quality"))
        body = QWidget()
        form = QFormLayout()
        self.fps = QLabel("–")
        self.process = QLabel("–")
        self.skipped = QLabel("–")
        self.connect_time = QLabel("–")
        self.upload = QLabel("–")
        self.upload.setToolTip(self.tr("What the adaptive encoder sends to the WHIP server now"))
        self.reconnects = QLabel("0")
        form.addRow(self.tr("Program"), self.fps)
        form.addRow(self.tr("Processing"), self.process)
        form.addRow(self.tr("Skipped frames"), self.skipped)
        form.addRow(self.tr("Connected in"), self.connect_time)
        form.addRow(self.tr("Upload"), self.upload)
        form.addRow(self.tr("Reconnects"), self.reconnects)
        self.empty = QLabel(self.tr("Connection meters for your upload, each co-host and your viewers "
                                    "appear here when you go live."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.setWidget(body)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()

    def _refresh(self) -> None:
        if not self.isVisible():
            return
        stats = self.session.program.stats
        self.fps.setText(self.tr("{fps:.1f} fps").format(fps=stats.fps))
        self.process.setText(self.tr("{ms:.1f} ms per frame").format(ms=stats.process_ms))
        self.skipped.setText(str(stats.lagged))
        st = self.session.state
        ms = st.connect_ms
        self.connect_time.setText(self.tr("{ms:.0f} ms").format(ms=ms) if ms is not None else "–")
        upload = self.tr("{kbps} kbit/s at {height}p").format(kbps=st.uplink_kbps, height=st.uplink_height)
        self.upload.setText(upload if st.uplink_kbps else "–")
        self.reconnects.setText(str(st.reconnects))

    def close_view(self) -> None:
        self._timer.stop()
