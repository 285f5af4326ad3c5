"""Encoding: PyAV encoder settings, the crash-safe recorder, bitrate control."""
