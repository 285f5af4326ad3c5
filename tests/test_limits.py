"""Comment rate limits: token buckets per viewer and per address."""

from studio.server.limits import CommentLimiter, CommentLimits, network_of


def test_viewer_and_address_buckets():
    limiter = CommentLimiter(CommentLimits(viewer_burst=3, viewer_per_s=1, address_burst=5, address_per_s=2))
    assert [limiter.allow("10.0.0.1", "ann", now=0) for _ in range(4)] == [True, True, True, False]
    # Other names at the same address share its bucket: two more, then it is empty.
    assert [limiter.allow("10.0.0.1", f"n{i}", now=0) for i in range(3)] == [True, True, False]
    assert limiter.allow("10.0.0.2", "ann", now=0)  # another address is another bucket
    assert limiter.allow("10.0.0.1", "ann", now=1.0)  # refilled: 2 tokens for the address, 1 for ann
    assert limiter.accepted("10.0.0.1") == 6 and limiter.refused("10.0.0.1") == 2


def test_sustained_rate_holds_over_time():
    limits = CommentLimits(viewer_burst=100, viewer_per_s=100, address_burst=20, address_per_s=2)
    limiter = CommentLimiter(limits)
    accepted = sum(limiter.allow("10.0.0.9", f"bot{i % 40}", now=i * 0.005) for i in range(2000))  # 10 s
    assert 20 + 2 * 10 - 1 <= accepted <= 20 + 2 * 10 + 1


def test_ipv6_limits_apply_per_64():
    assert network_of("2001:db8::1") == network_of("2001:db8::ffff") == "2001:db8::/64"
    assert network_of("::ffff:10.0.0.1") == "10.0.0.1"
    assert network_of("127.0.0.3") == "127.0.0.3"
