"""The co-hosts part: invites, the green room, slots and layouts on this show, and joining
another studio's show as a co-host. Co-host links keep their own shape (a two-way peer per
co-host, not an `Output`): each link both sends the program and receives a guest, and the
green room decides when the program reaches it. Hosting leases the shared program encode;
joining another show as a co-host leases an encode of its own, sized to the host's tile."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.encode.live import LiveEncoder
from studio.events import EventedModel
from studio.outputs.feeds import Lease, VideoEncodeSpec
from studio.processing.compositor import Tile
from studio.session.links import Links
from studio.session.net import Net
from studio.session.notices import Notices
from studio.session.pipeline import Pipeline
from studio.transport.linkstats import StatsCollector

if TYPE_CHECKING:
    from studio.server.cohost import CoHost, CoHostInfo, GreenRoom
    from studio.server.room import Room
    from studio.transport.cohost_client import CoHostClient


@dataclass
class CoHostsState(EventedModel):
    cohosts: tuple[CoHostInfo, ...] = ()  # green room and stage, for the Co-hosts dock
    invites: int = 0  # active invite links
    layout: str = "pk"
    guest_state: str = "none"  # as a co-host elsewhere: none, waiting, live, declined, removed…


class CoHosts:
    def __init__(self, pipeline: Pipeline, net: Net, links: Links, notices: Notices) -> None:
        self.pipeline, self.net, self.links, self.notices = pipeline, net, links, notices
        self.state = CoHostsState()
        self.guest: CoHostClient | None = None  # we are a co-host on another studio's show
        self._lease: Lease[LiveEncoder] | None = None
        self._guest_lease: Lease[LiveEncoder] | None = None
        self._lock = threading.Lock()
        net.room_ready.connect(self._on_room_ready)

    # -- the program encode, leased while anyone needs it ----------------------------------------
    def encoder(self) -> LiveEncoder:
        with self._lock:
            if self._lease is None:
                self._lease = self.pipeline.feeds.lease_video()
            return self._lease.encoder

    def _release_if_idle(self) -> None:
        room = self.net.room
        with self._lock:
            busy = room is not None and bool(room.green_room.on_stage())
            if busy or self._lease is None:
                return
            lease, self._lease = self._lease, None
        lease.release()

    def _on_room_ready(self, room: Room) -> None:
        green = room.green_room
        green.program_encoder = self.encoder
        green.minus_output = lambda c, push: self.pipeline.mixer.set_minus_output(c.id, push)
        green.changed.connect(self._on_cohost_changed)

    # -- hosting ------------------------------------------------------------------------------------
    @property
    def green_room(self) -> GreenRoom:
        self.net.start_server()
        assert self.net.room is not None
        return self.net.room.green_room

    def create_invite(self, ttl_s: float = 30 * 60, uses: int = 1) -> str:
        """A co-host invite link (token of 192 bits, expiry, use limit)."""
        server = self.net.start_server()
        invite = self.green_room.invites.create(ttl_s, uses)
        self.state.update(invites=len(self.green_room.invites.active()))
        return f"{server.base_url}/cohost/{self.green_room.room_name}?invite={invite.token}"

    def revoke_invite(self, link_or_token: str) -> bool:
        token = link_or_token.rsplit("invite=", 1)[-1]
        done = self.green_room.invites.revoke(token)
        self.state.update(invites=len(self.green_room.invites.active()))
        return done

    def approve(self, cohost_id: str) -> None:
        self.net.network.call(self.green_room.approve(cohost_id), timeout=10)

    def decline(self, cohost_id: str) -> None:
        self.net.network.call(self.green_room.decline(cohost_id), timeout=10)

    def remove(self, cohost_id: str) -> None:
        self.net.network.call(self.green_room.remove(cohost_id), timeout=10)

    def mute(self, cohost_id: str, muted: bool = True) -> None:
        self.net.network.call(self.green_room.set_muted(cohost_id, muted), timeout=10)

    def cohost(self, cohost_id: str) -> CoHost | None:
        return self.green_room.cohosts.get(cohost_id)

    def set_layout(self, layout: str) -> None:
        self.pipeline.layout.set_layout(layout)
        self.state.update(layout=layout)

    def _on_cohost_changed(self, cohost: CoHost | None) -> None:
        """Keep the picture, the mix and the link meters in step with the green room."""
        room = self.net.room
        if room is None:
            return
        green = room.green_room
        stage = green.on_stage()
        self.pipeline.layout.set_tiles([Tile(c.id, c.name, c.picture, c.level_db, c.status) for c in stage])
        on_stage_ids = {c.id for c in stage if c.state == "live"}
        wanted: set[str] = set()
        quality = self.links.quality
        for c in green.cohosts.values():
            up, down = f"{c.name} → you", f"you → {c.name}"
            if c.id in on_stage_ids:
                self.pipeline.mixer.add_input(c.voice)
                if up not in quality.collectors:
                    self.links.watch(StatsCollector(up, lambda c=c: [c.pc], "receive",
                                                    frames=lambda c=c: c.frames_received))
                    self.links.watch(StatsCollector(down, lambda c=c: [c.pc], "send"))
            else:
                self.pipeline.mixer.remove_input(c.id)
            if c.state in ("live", "reconnecting"):  # a dropped co-host's meter shows "down"
                wanted |= {up, down}
        for name in list(quality.collectors):
            if (name.endswith(" → you") or name.startswith("you → ")) and name not in wanted:
                self.links.unwatch(name)
        self.state.update(cohosts=tuple(green.snapshot()), invites=len(green.invites.active()))
        if cohost is not None and cohost.state == "waiting":
            self.notices.say("info", f"{cohost.name} is waiting in the green room.")
        if not stage:
            threading.Thread(target=self._release_if_idle, daemon=True).start()

    # -- as a guest on another show -----------------------------------------------------------------
    def join(self, link: str, name: str) -> CoHostClient:
        """Send this studio's program to another studio's show (its invite link)."""
        if self.guest is not None:
            raise RuntimeError("Already a co-host on another show.")
        from studio.transport.cohost_client import CoHostClient

        # Its own encode: the host asks for no more than its tile shows (`CoHostClient.
        # follow_tile`), which must not shrink this studio's own show or recording.
        lease = self.pipeline.feeds.lease_video(VideoEncodeSpec(share="guest"))
        client = CoHostClient(link, lease.encoder, name)
        try:
            self.net.network.call(client.join(), timeout=15)
        except Exception:
            lease.release()
            raise
        self._guest_lease = lease
        self.guest = client
        client.state_changed.connect(lambda st: self.state.update(guest_state=st))
        self.state.update(guest_state=client.state)
        return client

    def leave(self) -> None:
        client, self.guest = self.guest, None
        if client is not None:
            self.net.network.call(client.leave(), timeout=10)
            self.state.update(guest_state="none")
        lease, self._guest_lease = self._guest_lease, None
        if lease is not None:
            lease.release()
        self._release_if_idle()

    def close(self) -> None:
        if self.guest is not None:
            self.leave()
        with self._lock:
            lease, self._lease = self._lease, None
        if lease is not None:
            lease.release()
