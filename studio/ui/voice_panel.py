"""The voice chain's controls in the Sources dock: presets, noise suppression, echo
cancellation (with the headphones hint), automatic level and gate, the before/after monitor
on headphones, and the input/output meters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from studio.events import FieldChange
from studio.processing.voice import PRESETS, VoiceSettings
from studio.session import Session
from studio.ui.bridge import CoreBridge
from studio.ui.meters import LevelMeterWidget


class VoicePanel(QGroupBox):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.voice = session.voice
        self.setTitle(self.tr("Voice"))
        self.setObjectName("voicePanel")
        self.preset = QComboBox()
        self.preset.setObjectName("voicePreset")
        self.preset.addItem(self.tr("Custom"), "")
        for key, label in (("quiet_room", self.tr("Quiet room")), ("noisy_market", self.tr("Noisy market")),
                           ("headphones", self.tr("Headphones"))):
            self.preset.addItem(label, key)
        self.preset.activated.connect(self._on_preset_chosen)
        self.noise = QComboBox()
        self.noise.setObjectName("voiceNoise")
        levels = (("off", self.tr("Off")), ("normal", self.tr("Normal")), ("strong", self.tr("Strong")))
        for key, label in levels:
            self.noise.addItem(label, key)
        self.noise.setToolTip(self.tr("Normal is gentle and never thins your voice; strong removes fans, "
                                      "traffic and hum, but can thin your voice when people talk right "
                                      "beside you"))
        self.noise.activated.connect(self._on_controls_changed)
        self.echo = QCheckBox(self.tr("Cancel echo from the speakers"))
        self.echo.setObjectName("voiceEcho")
        self.headphones = QCheckBox(self.tr("I wear headphones"))
        self.headphones.setObjectName("voiceHeadphones")
        self.headphones_hint = QLabel(self.tr("With headphones nothing comes back into the microphone, "
                                              "so echo cancellation stays off."))
        self.headphones_hint.setWordWrap(True)
        self.headphones_hint.setObjectName("hint")
        self.auto_gain = QCheckBox(self.tr("Keep my voice at a steady level"))
        self.auto_gain.setObjectName("voiceAutoGain")
        self.gate = QCheckBox(self.tr("Mute the room between sentences"))
        self.gate.setObjectName("voiceGate")
        for box in (self.echo, self.headphones, self.auto_gain, self.gate):
            box.toggled.connect(self._on_controls_changed)
        self.monitor = QComboBox()
        self.monitor.setObjectName("voiceMonitor")
        for key, label in (("off", self.tr("Off")), ("before", self.tr("Before cleaning")),
                           ("after", self.tr("After cleaning"))):
            self.monitor.addItem(label, key)
        self.monitor.setToolTip(self.tr("Hear yourself on headphones, as the microphone hears you or as "
                                        "your viewers will"))
        self.monitor.activated.connect(lambda _i: self.voice.set_monitor(self.monitor.currentData()))
        self.meter_in = LevelMeterWidget()
        self.meter_in.setAccessibleName(self.tr("Microphone level before cleaning"))
        self.meter_out = LevelMeterWidget()
        self.meter_out.setAccessibleName(self.tr("Voice level after cleaning"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("voiceStatus")

        form = QFormLayout(self)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Noise"), self.noise)
        form.addRow(self.echo)
        form.addRow(self.headphones)
        form.addRow(self.headphones_hint)
        form.addRow(self.auto_gain)
        form.addRow(self.gate)
        form.addRow(self.tr("Listen"), self.monitor)
        form.addRow(self.tr("In"), self.meter_in)
        form.addRow(self.tr("Out"), self.meter_out)
        form.addRow(self.status)

        self._show(self.voice.settings)
        self._show_status()
        self._off = bridge.on(self.voice.state.changed, self._on_voice_changed)
        self._timer = QTimer(self, interval=33)
        self._timer.timeout.connect(self._poll_meters)
        self._timer.start()

    # -- actions -----------------------------------------------------------------------------
    def _on_preset_chosen(self, _index: int) -> None:
        key = self.preset.currentData()
        if key:
            self.session.set_voice(PRESETS[key])

    def _on_controls_changed(self, *_args: object) -> None:
        current = self.voice.settings
        settings = replace(current, noise=self.noise.currentData(), echo=self.echo.isChecked(),
                           headphones=self.headphones.isChecked(), auto_gain=self.auto_gain.isChecked(),
                           gate=self.gate.isChecked())
        self.session.set_voice(settings)

    # -- state -------------------------------------------------------------------------------
    def _on_voice_changed(self, change: FieldChange) -> None:
        if change.name == "settings":
            self._show(change.new)
        self._show_status()

    def _show(self, settings: VoiceSettings) -> None:
        widgets = (self.noise, self.echo, self.headphones, self.auto_gain, self.gate, self.preset)
        for w in widgets:
            w.blockSignals(True)
        self.noise.setCurrentIndex(max(0, self.noise.findData(settings.noise)))
        self.echo.setChecked(settings.echo)
        self.headphones.setChecked(settings.headphones)
        self.echo.setEnabled(not settings.headphones)
        self.headphones_hint.setVisible(settings.headphones)
        self.auto_gain.setChecked(settings.auto_gain)
        self.gate.setChecked(settings.gate)
        preset = next((k for k, v in PRESETS.items() if v == settings), "")
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        for w in widgets:
            w.blockSignals(False)

    def _show_status(self) -> None:
        st = self.voice.state
        if st.problem:
            text = st.problem
        elif st.clip == "clipping":
            text = self.tr("Your microphone is clipping: turn its input volume down.")
        elif st.clip == "near":
            text = self.tr("Close to clipping: turn the microphone's input volume down a little.")
        elif st.echo_active:
            text = self.tr("Cancelling the echo of your co-hosts.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _poll_meters(self) -> None:
        if not self.isVisible():
            return
        self.meter_in.set_level(self.voice.input_meter.level)
        self.meter_out.set_level(self.voice.output_meter.level)

    def close_view(self) -> None:
        self._timer.stop()
        self._off()
