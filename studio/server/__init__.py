"""The embedded server: WHIP ingest, WHEP playback, the viewer page and live comments."""
