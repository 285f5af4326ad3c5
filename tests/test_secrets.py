"""Secrets (stream keys, WHIP tokens, co-host invite tokens and links) never reach a log line,
a traceback in a log, a sentence for the host or an error a client gets. Every log record of
the whole test run is also searched for every secret at the end (tests/conftest.py)."""

from __future__ import annotations

import logging
import secrets

import aiohttp
import pytest

from studio.outputs.destinations import Destination
from studio.secrets import SECRETS, SecretMask, mask
from studio.server.app import ServerSettings
from studio.session import LiveTarget, Session
from studio.settings import SessionSettings
from tests.leaks import RUN_LOG, register_secret, secrets_in_logs
from tests.waiting import wait_for


def test_mask_keeps_a_translatable_sentence_and_masks_tracebacks(caplog):
    from studio.messages import Message

    box = SecretMask()
    sentence = Message("Live on {name}.", name="Shop")
    assert box.mask(sentence) is sentence  # nothing to mask: the window can still translate it
    token = register_secret(secrets.token_urlsafe(24))
    SECRETS.add(token)
    try:
        raise RuntimeError(f"the server said no to {token}")
    except RuntimeError:
        logging.getLogger("studio.test").exception("publishing with %s failed", token)
    text = RUN_LOG.read_text(encoding="utf-8")
    assert "publishing with •••• failed" in text and "the server said no to ••••" in text
    assert token not in text
    assert mask(f"x{token}y") == "x••••y"


@pytest.mark.slow
def test_no_secret_in_logs_sentences_or_client_errors(tmp_path):
    server_token = register_secret(secrets.token_urlsafe(18))
    stream_key = register_secret("live_" + secrets.token_hex(12))
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))
    notices = []
    session.notices.connect(notices.append)
    said: list[str] = []
    with session:
        server = session.net.start_server(ServerSettings(port=0, token=server_token))
        link = session.create_invite()
        token = link.rsplit("invite=", 1)[1]

        async def client_errors() -> None:
            async with aiohttp.ClientSession() as http:
                base = server.base_url
                async with http.get(f"{base}/cohost/live/invite?invite={token}") as resp:
                    said.append(await resp.text())
                session.revoke_invite(link)
                async with http.post(f"{base}/cohost/live/join?invite={token}&name=x", data="v=0\r\n",
                                     headers={"Content-Type": "application/sdp"}) as resp:
                    said.append(await resp.text())
                async with http.post(f"{base}/whip/live", data="v=0\r\n",
                                     headers={"Content-Type": "application/sdp",
                                              "Authorization": f"Bearer {server_token}x"}) as resp:
                    said.append(await resp.text())

        session.network.call(client_errors(), timeout=10)
        # A WHIP target that refuses the token, and an RTMP destination nobody listens on.
        wrong = register_secret(server_token[::-1])
        session.go_live(LiveTarget(kind="whip", url=f"{server.base_url}/whip/show", token=wrong))
        assert wait_for(lambda: session.state.live_state == "error", 15)
        destination = Destination(name="Shop TV", url="rtmp://127.0.0.1:9/app")
        session.outputs.set_destination(destination, key=stream_key)
        session.go_live(LiveTarget(kind="none"))
        assert wait_for(lambda: any("Shop TV" in n.text for n in notices), 15)
        session.end_live()
    secrets_made = (server_token, stream_key, token, wrong)
    texts = [n.text for n in notices] + said + [session.state.live_error or "", session.state.live_target]
    for text in texts:
        for secret in secrets_made:
            assert secret not in text, text
    assert all(s in SECRETS.known() for s in secrets_made)  # the app registered each one itself
    assert secrets_in_logs() == []  # this test's records, and every earlier test's
