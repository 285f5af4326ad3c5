"""Local-server output: the show served from this computer. The embedded server's room
takes the shared encode; every viewer subscribes to its packets (no per-viewer encode)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.encode.live import LiveEncoder
from studio.outputs.base import Output, OutputStatus
from studio.outputs.feeds import Lease, ProgramFeeds, VideoEncodeSpec
from studio.transport.network import NetworkThread

if TYPE_CHECKING:
    from studio.server.room import Room


class LocalServerOutput(Output):
    kind = "local"
    consumes = "packets"

    def __init__(self, room: Room, network: NetworkThread, spec: VideoEncodeSpec = VideoEncodeSpec()) -> None:
        super().__init__("This computer")
        self.room, self.network, self.spec = room, network, spec
        self._lease: Lease[LiveEncoder] | None = None

    def start(self, feeds: ProgramFeeds) -> None:
        self._set(OutputStatus.CONNECTING)
        lease = feeds.lease_video(self.spec)
        try:
            self.network.call(_attach(self.room, lease.encoder), timeout=5)
        except Exception:
            lease.release()
            raise
        self._lease = lease
        self._set(OutputStatus.LIVE)

    def stop(self) -> None:
        lease, self._lease = self._lease, None
        if lease is None:
            return
        if self.room.encoder is lease.encoder:
            self.network.call(self.room.detach_encoder(), timeout=10)
        lease.release()
        self._set(OutputStatus.IDLE)


async def _attach(room: Room, encoder: LiveEncoder) -> None:
    room.attach_encoder(encoder)
