"""Packet-loss concealment on constructed 20 ms frames with RTP-clock timestamps."""

import numpy as np

from studio.processing.plc import LossConcealer


def frame(i: int) -> tuple[np.ndarray, int]:
    return np.full(960, 1000, np.int16), i * 960


def test_holes_are_filled_with_fading_repeats_and_the_stream_stays_continuous():
    plc = LossConcealer()
    lost = {3, 7, 8, 20, 21, 22, 23}
    played = []
    for i in range(40):
        if i in lost:
            continue
        samples, pts = frame(i)
        played.extend(plc.push(samples, pts))
    total = sum(len(b) for b in played)
    assert total == 40 * 960  # nothing missing: 800 ms in, 800 ms out
    assert plc.stats.gaps == 3 and plc.stats.concealed_samples == len(lost) * 960
    flat = np.concatenate(played)
    assert flat[3 * 960] == 500  # first repeat at -6 dB
    assert flat[8 * 960] == 250  # second repeat of the same gap at -12 dB
    assert abs(int(flat[23 * 960])) < 100  # a long gap fades toward silence


def test_duplicates_are_dropped_and_long_pauses_resynchronise():
    plc = LossConcealer()
    a, _ = frame(0)
    assert len(plc.push(a, 0)) == 1
    assert plc.push(a, 0) == []  # the same packet twice
    out = plc.push(a, 48_000 * 5)  # five seconds later: a pause, not loss
    assert len(out) == 1 and plc.stats.gaps == 0


def test_the_cohost_jitter_buffer_grows_with_measured_jitter():
    from studio.processing.audio_mix import RemoteInput

    block = np.zeros(960, np.int16)
    steady, bumpy = RemoteInput("a"), RemoteInput("b")
    for i in range(100):
        steady.push(block, 0, arrival_ns=i * 20_000_000)  # every 20 ms, like the clock
        bumpy.push(block, 0, arrival_ns=i * 20_000_000 + (30_000_000 if i % 2 else 0))  # ±30 ms
    assert steady.jitter_ms < 1 and steady.target == RemoteInput.MIN_TARGET  # 40 ms
    assert 20 < bumpy.jitter_ms < 40
    assert bumpy.target > 2 * RemoteInput.MIN_TARGET  # holds more than 80 ms
    assert bumpy.target <= RemoteInput.CAP
