"""The Quality dock's encoder row, with a real started session and the real probe."""

from __future__ import annotations

from studio.encode import hardware
from studio.encode.hardware import EncoderChoice, Refusal
from studio.session import Session
from studio.settings import SessionSettings
from studio.ui.bridge import CoreBridge
from studio.ui.quality_dock import QualityDock


def test_the_encoder_row_names_the_probed_encoder(qtbot, tmp_path, monkeypatch):
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0,
                                      recordings_dir=tmp_path))
    session.start()  # starts the probe off this thread
    bridge = CoreBridge()
    dock = QualityDock(session, bridge)
    qtbot.addWidget(dock)
    dock.show()
    try:
        qtbot.waitUntil(lambda: dock.encoder.text() == "x264, software", timeout=5000)
        tip = dock.encoder.toolTip()
        for name in ("VA-API", "NVIDIA NVENC", "Intel Quick Sync", "Apple VideoToolbox"):
            assert name in tip
        # A laptop where NVENC passed the probe (VA-API was refused first).
        monkeypatch.setattr(hardware, "_choice", EncoderChoice(
            "h264_nvenc", "yuv420p", (Refusal("h264_vaapi", hardware.OPEN_FAILED, "no device"),)))
        dock._refresh()
        assert dock.encoder.text() == "NVIDIA NVENC, hardware"
        assert "VA-API" in dock.encoder.toolTip() and "Quick Sync" not in dock.encoder.toolTip()
    finally:
        dock.close_view()
        session.close()
        bridge.close()


def test_the_upload_row_says_which_estimate_is_in_charge(qtbot, tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0,
                                      recordings_dir=tmp_path))
    bridge = CoreBridge()
    dock = QualityDock(session, bridge)
    qtbot.addWidget(dock)
    dock.show()
    try:
        dock._refresh()
        assert dock.upload.text() == "–"
        session.state.update(uplink_kbps=850, uplink_height=540, uplink_estimate="transport-cc")
        dock._refresh()
        assert dock.upload.text() == "850 kbit/s at 540p · GCC · TWCC"
        session.state.update(uplink_estimate="remb")
        dock._refresh()
        assert dock.upload.text().endswith(" · REMB")
    finally:
        dock.close_view()
        session.close()
        bridge.close()
