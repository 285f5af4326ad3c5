"""The adaptive-bitrate controller's rules, on constructed link reports."""

from studio.encode.abr import BitrateController, LinkReport


def run(controller: BitrateController, report: LinkReport, seconds: int, t0: float = 0.0):
    decisions = [controller.update(t0 + i, report) for i in range(seconds)]
    return decisions


def test_heavy_loss_cuts_and_the_picture_steps_down_at_once():
    c = BitrateController(720, start_bps=2_500_000)
    assert c.rung.height == 720
    first = c.update(0, LinkReport(fraction_lost=0.2, rtt_ms=40))
    assert first.bitrate_bps == 2_250_000 and first.reason == "loss"  # cut by half the loss
    assert c.update(1, LinkReport(fraction_lost=0.2, rtt_ms=40)).bitrate_bps == 2_250_000  # stale report
    decisions = run(c, LinkReport(fraction_lost=0.2, rtt_ms=40), 20, 2)
    assert decisions[-1].bitrate_bps < 1_000_000
    down = [d for d in decisions if d.rung_changed]
    assert down and down[0].rung.height == 540


def test_the_receivers_estimate_caps_a_congested_link_and_bounds_probing():
    c = BitrateController(720, start_bps=500_000)
    decisions = run(c, LinkReport(fraction_lost=0.0, rtt_ms=30, remb_bps=900_000), 30)
    assert max(d.bitrate_bps for d in decisions) == 1_350_000  # clean link: up to 1.5x the estimate
    d = c.update(31, LinkReport(fraction_lost=0.05, rtt_ms=30, remb_bps=900_000))
    assert d.bitrate_bps == 855_000 and d.reason == "estimate"  # congested: the estimate rules


def test_clean_link_grows_and_steps_up_only_after_hysteresis():
    c = BitrateController(720, start_bps=400_000)
    assert c.rung.height == 540 or c.rung.height == 360
    decisions = run(c, LinkReport(fraction_lost=0.0, rtt_ms=30), 40)
    heights = [d.rung.height for d in decisions]
    assert heights[-1] == 720
    assert decisions[-1].bitrate_bps > 2_000_000
    # every step up waited 8 s above the next rung's floor: never two changes within 8 s
    changes = [i for i, d in enumerate(decisions) if d.rung_changed]
    assert all(b - a >= 8 for a, b in zip(changes, changes[1:], strict=False))


def test_a_link_that_stays_clean_climbs_faster_and_a_sawtooth_under_a_cap_does_not():
    clean = LinkReport(fraction_lost=0.0, rtt_ms=30)
    c = BitrateController(720, start_bps=1_000_000)
    c.update(0, LinkReport(fraction_lost=0.6, rtt_ms=30))  # a cap: cut by 30 % to 0.7 Mbit/s
    rates = [c.bitrate] + [d.bitrate_bps for d in run(c, clean, 12, 2)]
    steps = [round(b / a, 2) for a, b in zip(rates, rates[1:], strict=False)]
    # 8 % up to the 1 Mbit/s the cut came at (t = 2..6), then 12 % (6 s since the cut), from
    # t = 10 on 16 %.
    assert steps == [1.08] * 5 + [1.12] * 3 + [1.16] * 4, steps
    back = next(i for i, r in enumerate(rates) if r > 2_000_000)
    assert back <= 12, rates  # 15 s at 8 %/s alone
    # Clean for long but still below where the link failed: 8 %.
    c = BitrateController(720, start_bps=3_000_000)
    c.update(0, LinkReport(fraction_lost=0.9, rtt_ms=30))  # 3 → 1.65 Mbit/s
    steps = [d.bitrate_bps for d in run(c, clean, 7, 2)]  # to 2.8 of the 3 Mbit/s the cut came at
    assert all(round(b / a, 2) == 1.08 for a, b in zip(steps, steps[1:], strict=False)), steps
    # A cut every 5 s (a cap's sawtooth) never leaves the 8 % band.
    c = BitrateController(720, start_bps=900_000)
    before = c.bitrate
    for t in range(30):
        d = c.update(t, LinkReport(fraction_lost=0.6 if t % 5 == 0 else 0.0, rtt_ms=30))
        if t % 5:
            assert round(d.bitrate_bps / before, 2) == 1.08, (t, d.bitrate_bps, before)
        before = d.bitrate_bps


def test_moderate_loss_holds_and_rising_delay_cuts_before_loss():
    c = BitrateController(720, start_bps=2_000_000)
    assert c.update(0, LinkReport(fraction_lost=0.05, rtt_ms=40)).bitrate_bps == 2_000_000
    d = c.update(1, LinkReport(fraction_lost=0.0, rtt_ms=100))  # queues filling: RTT 2.5x the best
    assert d.reason == "delay" and d.bitrate_bps == 1_700_000
    c.update(3, LinkReport(fraction_lost=0.0, rtt_ms=90))  # falling (the queue drains): no cut
    assert c.update(4, LinkReport(fraction_lost=0.0, rtt_ms=80)).reason == "probe"


def test_the_ladder_never_exceeds_the_program():
    c = BitrateController(540, start_bps=6_000_000)
    assert c.rungs[0].height == 540 and c.bitrate <= 1_500_000


def test_rungs_name_the_short_side_of_a_portrait_show():
    from studio.encode.abr import LADDER

    rung_720 = next(r for r in LADDER if r.height == 720)
    assert rung_720.size_for(1280 / 720) == (1280, 720)
    assert rung_720.size_for(720 / 1280) == (720, 1280)
    assert next(r for r in LADDER if r.height == 540).size_for(9 / 16) == (540, 960)
