"""Outputs: one interface (`base.Output`), encode leases (`feeds.ProgramFeeds`), and one file
per kind of output. To add one: subclass `Output` in a new file and register it here."""

from __future__ import annotations

from studio.outputs.base import Output, OutputNotice, OutputState, OutputStats, OutputStatus
from studio.outputs.feeds import ProgramFeeds, VideoEncodeSpec

# kind → "module:Class", imported on first use (the network stack loads only when needed).
OUTPUT_KINDS: dict[str, str] = {
    "recording": "studio.outputs.recording:RecordingOutput",
    "local": "studio.outputs.local:LocalServerOutput",
    "whip": "studio.outputs.whip:WhipOutput",
    "rtmp": "studio.outputs.rtmp:RtmpOutput",
}


def output_class(kind: str) -> type[Output]:
    """The Output class for `kind`; ValueError for an unknown kind."""
    import importlib

    try:
        module, name = OUTPUT_KINDS[kind].split(":")
    except KeyError:
        raise ValueError(f"Unknown output kind {kind!r}; known: {', '.join(OUTPUT_KINDS)}.") from None
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, Output)
    return cls


__all__ = ["OUTPUT_KINDS", "Output", "OutputNotice", "OutputState", "OutputStats", "OutputStatus",
           "ProgramFeeds", "VideoEncodeSpec", "output_class"]
