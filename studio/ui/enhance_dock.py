"""The Enhance dock: a slider per stage, auto, and the four presets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.processing.enhance import PRESETS, STAGE_ORDER, EnhanceSettings
from studio.session import Session
from studio.ui.bridge import CoreBridge

AUTO_STAGES = ("low_light", "white_balance", "denoise", "sharpen")  # auto picks these


class EnhanceDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("enhance")
        self.setWindowTitle(self.tr("Enhance"))
        names = {
            "low_light": self.tr("Low light"),
            "white_balance": self.tr("White balance"),
            "denoise": self.tr("Denoise"),
            "sharpen": self.tr("Sharpen"),
            "skin_smooth": self.tr("Skin smoothing"),
        }
        tips = {
            "low_light": self.tr("Brighten dark rooms without washing out bright ones"),
            "white_balance": self.tr("Remove yellow or blue casts so products show their true colour"),
            "denoise": self.tr("Calm the grain cameras add in dim light"),
            "sharpen": self.tr("Crisper edges and product text"),
            "skin_smooth": self.tr("Soften skin while keeping eyes, hair and products sharp"),
        }
        body = QWidget()
        grid = QGridLayout()
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(STAGE_ORDER):
            label = QLabel(names[name])
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(name)
            slider.setRange(0, 100)
            slider.setToolTip(tips[name])
            slider.setAccessibleName(names[name])
            slider.valueChanged.connect(self._on_slider_changed)
            value = QLabel("0")
            value.setMinimumWidth(28)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            self.sliders[name], self.values[name] = slider, value
        self.auto = QCheckBox(self.tr("Automatic (adjusts to the room)"))
        self.auto.setToolTip(self.tr("Picks low light, white balance, denoise and sharpen from the "
                                     "picture itself; skin smoothing stays as you set it."))
        self.auto.toggled.connect(self._on_slider_changed)
        presets = QHBoxLayout()
        self.preset_buttons: dict[str, QPushButton] = {}
        for key, text in (("natural", self.tr("Natural")), ("bright_room", self.tr("Bright room")),
                          ("low_light", self.tr("Low light")), ("beauty", self.tr("Beauty"))):
            button = QPushButton(text)
            button.setObjectName(f"preset_{key}")
            button.clicked.connect(lambda _=False, k=key: self.apply_preset(k))
            presets.addWidget(button)
            self.preset_buttons[key] = button
        self.off = QPushButton(self.tr("Off"))
        self.off.setToolTip(self.tr("Show the camera picture untouched"))
        self.off.clicked.connect(lambda: self.session.set_enhance(EnhanceSettings()))
        presets.addWidget(self.off)
        self.cost = QLabel()
        self.cost.setObjectName("emptyState")
        layout = QVBoxLayout(body)
        layout.addLayout(presets)
        layout.addWidget(self.auto)
        layout.addLayout(grid)
        layout.addWidget(self.cost)
        layout.addStretch(1)
        self.setWidget(body)
        self._show(session.state.enhance)
        bridge.on(session.state.changed, self._on_state_changed)
        self._timer = QTimer(self, interval=1000)  # auto's choices and the cost, once a second
        self._timer.timeout.connect(self._refresh_live_values)
        self._timer.start()

    def apply_preset(self, key: str) -> None:
        self.session.set_enhance(replace(PRESETS[key], auto=self.auto.isChecked()))

    def current_settings(self) -> EnhanceSettings:
        return EnhanceSettings(auto=self.auto.isChecked(),
                               **{n: s.value() / 100 for n, s in self.sliders.items()})

    def _on_slider_changed(self, *_: object) -> None:
        for name, slider in self.sliders.items():
            self.values[name].setText(str(slider.value()))
        self.session.set_enhance(self.current_settings())
        self._update_enabled()

    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name == "enhance":
            self._show(change.new)

    def _show(self, settings: EnhanceSettings) -> None:
        """Reflect the session's settings without echoing them back."""
        for name, value in settings.strengths().items():
            slider = self.sliders[name]
            slider.blockSignals(True)
            slider.setValue(round(value * 100))
            slider.blockSignals(False)
            self.values[name].setText(str(slider.value()))
        self.auto.blockSignals(True)
        self.auto.setChecked(settings.auto)
        self.auto.blockSignals(False)
        self._update_enabled()

    def _update_enabled(self) -> None:
        for name in AUTO_STAGES:
            self.sliders[name].setEnabled(not self.auto.isChecked())

    def _refresh_live_values(self) -> None:
        if not self.isVisible():
            return
        enhancer = self.session.enhancer
        if self.auto.isChecked():
            effective = enhancer.effective
            for name in AUTO_STAGES:
                self.values[name].setText(self.tr("auto {value}").format(
                    value=round(getattr(effective, name) * 100)))
        total = enhancer.timings.get("total")
        self.cost.setText(self.tr("Enhancement costs {ms:.1f} ms per frame.").format(ms=total)
                          if total else "")

    def close_view(self) -> None:
        self._timer.stop()
