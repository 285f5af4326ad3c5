"""Translatable core sentences: a `Message` is its English text and remembers its template."""

from __future__ import annotations

import pickle

from studio.media.base import SourceError
from studio.media.devices import video_fallback
from studio.messages import Message


def test_a_message_is_its_english_sentence():
    m = Message("Camera {name} opened but gives no picture.", name="/dev/video2")
    assert m == "Camera /dev/video2 opened but gives no picture."
    assert f"{m}" == str(m) and m.endswith(".")
    assert m.template == "Camera {name} opened but gives no picture."
    assert m.values == {"name": "/dev/video2"}


def test_a_message_keeps_a_sentence_inside_it_for_translation():
    reason = Message("Camera {name} opened but gives no picture.", name=2)
    outer = video_fallback(SourceError(reason))
    assert outer == "Camera 2 opened but gives no picture. Showing the demo scene instead."
    assert outer.values["reason"].template == reason.template


def test_a_message_survives_pickling():
    m = Message("The video file {name} does not exist.", name="a.mp4")
    again = pickle.loads(pickle.dumps(m))
    assert again == m and again.template == m.template and again.values == m.values
