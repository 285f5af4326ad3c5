"""Transport: WHIP client, aiortc tracks over the shared encoder, network loop, stats."""
