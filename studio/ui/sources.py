"""The Sources panel: camera / demo / video file, microphone, picture size and rate,
microphone gain and a live level meter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.media.devices import Device
from studio.processing.framing import FramingSettings
from studio.session import Session
from studio.ui.banner import translated
from studio.ui.bridge import CoreBridge
from studio.ui.meters import LevelMeterWidget
from studio.ui.voice_panel import VoicePanel

SIZES = ((1920, 1080), (1280, 720), (960, 540), (640, 360), (1080, 1920), (720, 1280))
RATES = (24, 25, 30, 60)
FILE_ITEM = "file:…"


class SourcesDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("sources")
        self.setWindowTitle(self.tr("Sources"))
        body = QWidget()
        form = QFormLayout()
        self.video = QComboBox()
        self.video.setObjectName("videoSource")
        self.video.setToolTip(self.tr("The picture: a camera, the demo scene or a video file"))
        self.video.activated.connect(self._on_video_chosen)
        self.audio = QComboBox()
        self.audio.setObjectName("audioSource")
        self.audio.activated.connect(self._on_audio_chosen)
        self.size = QComboBox()
        for w, h in SIZES:
            if h > w:  # phone-first platforms (TikTok, Shopee, Lazada) are watched upright
                label = self.tr("{w}×{h} (portrait 9:16)").format(w=w, h=h)
            else:
                label = f"{w}×{h} ({h}p)"
            self.size.addItem(label, f"{w}x{h}")
        self.size.activated.connect(self._on_format_chosen)
        self.size.setAccessibleName(self.tr("Picture size"))
        self.rate = QComboBox()
        for fps in RATES:
            self.rate.addItem(self.tr("{fps} fps").format(fps=fps), fps)
        self.rate.activated.connect(self._on_format_chosen)
        self.rate.setAccessibleName(self.tr("Frame rate"))
        self.dual = QCheckBox(self.tr("Both shapes"))
        self.dual.setObjectName("dualCanvas")
        self.dual.setToolTip(self.tr("Also make the other shape (9:16 for phones, or 16:9) at the same time"))
        self.dual.setChecked(session.state.second_canvas is not None)
        self.dual.toggled.connect(self._on_dual_toggled)
        fmt = QHBoxLayout()
        fmt.addWidget(self.size, 2)
        fmt.addWidget(self.rate, 1)
        fmt.addWidget(self.dual)
        # Framing: which part of the camera the canvas shows (matters most in portrait).
        self.follow = QCheckBox(self.tr("Follow my face"))
        self.follow.setObjectName("followFace")
        self.follow.setToolTip(self.tr("Keep your face in the upper third of the picture as you move"))
        self.zoom = QSlider(Qt.Orientation.Horizontal)
        self.zoom.setObjectName("framingZoom")
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setRange(100, 300)
        self.zoom.setToolTip(self.tr("Zoom in on the camera picture"))
        self.pan = QSlider(Qt.Orientation.Horizontal)
        self.pan.setObjectName("framingPan")
        self.pan.setRange(-100, 100)
        self.pan.setToolTip(self.tr("Move the picture left or right (when not following your face)"))
        framing = session.state.framing
        self.follow.setChecked(framing.follow_face)
        self.zoom.setValue(round(framing.zoom * 100))
        self.pan.setValue(round(framing.pan_x * 100))
        self.pan.setEnabled(not framing.follow_face)
        for signal in (self.follow.toggled, self.zoom.valueChanged, self.pan.valueChanged):
            signal.connect(self._on_framing_changed)
        frame_row = QHBoxLayout()
        frame_row.addWidget(self.follow)
        frame_row.addWidget(QLabel(self.tr("Zoom")))
        frame_row.addWidget(self.zoom, 1)
        frame_row.addWidget(QLabel(self.tr("Pan")))
        frame_row.addWidget(self.pan, 1)
        self.gain = QSlider(Qt.Orientation.Horizontal)
        self.gain.setRange(-30, 30)
        self.gain.setValue(round(session.mixer.gain_db))
        self.gain.setToolTip(self.tr("Microphone gain in dB"))
        self.gain.setAccessibleName(self.tr("Microphone gain"))
        self.gain.valueChanged.connect(self._on_gain_changed)
        self.gain_label = QLabel()
        self.gain_label.setMinimumWidth(52)
        gain_row = QHBoxLayout()
        gain_row.addWidget(self.gain, 1)
        gain_row.addWidget(self.gain_label)
        self.meter = LevelMeterWidget()
        self.clip_warning = QLabel(self.tr("Clipping: lower the microphone gain."))
        self.clip_warning.setStyleSheet("color: #ff6369;")
        self.clip_warning.setVisible(False)
        self.video_status = QLabel()
        self.video_status.setWordWrap(True)
        self.video_status.setObjectName("emptyState")

        form.addRow(self.tr("Picture"), self.video)
        form.addRow(self.tr("Format"), fmt)
        form.addRow(self.tr("Framing"), frame_row)
        form.addRow(self.tr("Microphone"), self.audio)
        form.addRow(self.tr("Mic gain"), gain_row)
        form.addRow(self.tr("Level"), self.meter)
        outer = QVBoxLayout(body)
        outer.addLayout(form)
        outer.addWidget(self.clip_warning)
        outer.addWidget(self.video_status)
        self.voice = VoicePanel(session, bridge)
        outer.addWidget(self.voice)
        outer.addStretch(1)
        self.setWidget(body)

        self._audio_spec = ""
        self._cameras: list[Device] = []
        self._mics: list[Device] = []
        self._fill_video()
        self._fill_audio()
        self._show_format()
        self._on_gain_changed(self.gain.value(), apply=False)
        bridge.on(session.state.changed, self._on_state_changed)
        # Hot-plug: the session keeps the lists current; a camera plugged in appears by itself.
        session.devices.start()
        if session.state.listed:
            self._on_devices_listed((list(session.state.cameras), list(session.state.microphones)))
        self._meter_timer = QTimer(self, interval=33)
        self._meter_timer.timeout.connect(self._poll_meter)
        self._meter_timer.start()

    # -- lists -------------------------------------------------------------------------------
    def _on_devices_listed(self, devices: tuple[list[Device], list[Device]]) -> None:
        self._cameras, self._mics = devices
        self._fill_video()
        self._fill_audio()

    def _fill_video(self) -> None:
        self.video.blockSignals(True)
        self.video.clear()
        for cam in self._cameras:
            self.video.addItem(cam.name, cam.spec)
        self.video.addItem(self.tr("Demo scene"), "demo")
        current = self.session.state.video_source
        if current.startswith("file:"):
            self.video.addItem(current[5:].rsplit("/", 1)[-1], current)
        self.video.addItem(self.tr("Video file…"), FILE_ITEM)
        index = self.video.findData(current)
        if index < 0 and current.startswith("camera:"):
            self.video.insertItem(0, self.tr("Camera {spec}").format(spec=current[7:]), current)
            index = 0
        self.video.setCurrentIndex(max(0, index))
        self.video.blockSignals(False)

    def _fill_audio(self) -> None:
        self.audio.blockSignals(True)
        self.audio.clear()
        self.audio.addItem(self.tr("Default microphone"), "mic")
        for mic in self._mics:
            self.audio.addItem(mic.name, mic.spec)
        self.audio.addItem(self.tr("Demo tone"), "demo")
        self.audio.addItem(self.tr("No microphone"), "none")
        index = self.audio.findData(self.session.settings.audio_source if not self._audio_spec
                                    else self._audio_spec)
        self.audio.setCurrentIndex(max(0, index))
        self.audio.blockSignals(False)

    # -- actions ---------------------------------------------------------------------------------
    def _on_video_chosen(self, index: int) -> None:
        spec = self.video.itemData(index)
        if spec == FILE_ITEM:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a video file"), "",
                                                  self.tr("Videos (*.mp4 *.mkv *.mov *.webm *.avi);;"
                                                          "All files (*)"))
            if not path:
                self._fill_video()
                return
            spec = f"file:{path}"
        self.choose_video(spec)

    def choose_video(self, spec: str) -> None:
        """Switch the picture source (off the GUI thread; a failure falls back and says so)."""
        self.video_status.setText(self.tr("Opening…"))
        self.bridge.run(lambda: self.session.set_video_source(spec), done=lambda _n: self._fill_video(),
                        failed=self._on_video_failed)

    def _on_video_failed(self, sentence: str) -> None:
        self.video_status.setText(translated(sentence))
        self._fill_video()

    def _on_audio_chosen(self, index: int) -> None:
        self.choose_audio(self.audio.itemData(index))

    def choose_audio(self, spec: str) -> None:
        self._audio_spec = spec
        self.bridge.run(lambda: self.session.set_audio_source(spec))

    def _on_format_chosen(self, _index: int = 0) -> None:
        w, h = (int(v) for v in self.size.currentData().split("x"))
        fps = self.rate.currentData()
        if (w, h, fps) == self.session.state.video_format:
            return
        self.bridge.run(lambda: self.session.set_video_format(w, h, fps),
                        failed=self._on_format_failed)

    def _on_format_failed(self, sentence: str) -> None:
        self._show_format()
        self.bridge.failed.emit(sentence)

    def _on_dual_toggled(self, on: bool) -> None:
        self.bridge.run(lambda: self.session.set_dual(on), failed=self._on_dual_failed)

    def _on_dual_failed(self, sentence: str) -> None:
        self.dual.blockSignals(True)
        self.dual.setChecked(self.session.state.second_canvas is not None)
        self.dual.blockSignals(False)
        self.bridge.failed.emit(sentence)

    def _on_framing_changed(self, *_args: object) -> None:
        self.pan.setEnabled(not self.follow.isChecked())
        self.session.set_framing(FramingSettings(self.follow.isChecked(), self.zoom.value() / 100,
                                                 self.pan.value() / 100))

    def _on_gain_changed(self, value: int, apply: bool = True) -> None:
        self.gain_label.setText(self.tr("{gain:+d} dB").format(gain=value))
        if apply:
            self.session.set_mic_gain_db(float(value))

    # -- state -------------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name in ("cameras", "microphones"):
            self._on_devices_listed((list(self.session.state.cameras), list(self.session.state.microphones)))
        elif change.name in ("video_source", "video_label", "video_lost"):
            self._fill_video()
            if self.session.state.video_lost:
                self.video_status.setText(self.tr("The picture is gone: viewers see “Be right back” "
                                                  "until it returns."))
            else:
                label = translated(self.session.state.video_label)
                self.video_status.setText(self.tr("Showing: {label}").format(label=label))
        elif change.name == "video_format":
            self._show_format()
        elif change.name == "second_canvas":
            self.dual.blockSignals(True)
            self.dual.setChecked(self.session.state.second_canvas is not None)
            self.dual.blockSignals(False)
        elif change.name == "audio_label":
            self.meter.setToolTip(translated(self.session.state.audio_label))

    def _show_format(self) -> None:
        w, h, fps = self.session.state.video_format
        for combo, value in ((self.size, f"{w}x{h}"), (self.rate, fps)):
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0:
                combo.addItem(str(value).replace("x", "×"), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _poll_meter(self) -> None:
        if not self.isVisible():
            return
        level = self.session.mixer.meter.level
        self.meter.set_level(level)
        self.clip_warning.setVisible(level.clipping)

    def close_view(self) -> None:
        self._meter_timer.stop()
        self.voice.close_view()
