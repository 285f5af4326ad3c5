"""The network part: the asyncio loop thread and the embedded server, started on first use."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from studio.events import Signal
from studio.session.notices import Notices
from studio.transport.network import NetworkThread

if TYPE_CHECKING:  # the network stack (aiohttp, aiortc) loads on first use: the window opens sooner
    from studio.server.app import ServerSettings, StudioServer
    from studio.server.room import Room

log = logging.getLogger(__name__)


class Net:
    def __init__(self, port: int, notices: Notices) -> None:
        self.port = port
        self.notices = notices
        self.server: StudioServer | None = None
        self.room: Room | None = None
        self.room_ready: Signal[Room] = Signal()  # the show's room exists: parts hook into it
        self._network: NetworkThread | None = None

    @property
    def network(self) -> NetworkThread:
        if self._network is None:
            self._network = NetworkThread()
        return self._network

    @property
    def running(self) -> bool:
        return self._network is not None

    def start_server(self, settings: ServerSettings | None = None) -> StudioServer:
        """Start the embedded server (idempotent). A busy port falls back to one the system
        picks, and says so."""
        if self.server is not None:
            return self.server
        from studio.server.app import ServerConfigError, ServerSettings, StudioServer

        settings = settings or ServerSettings(port=self.port)
        server = StudioServer(settings)
        try:
            self.network.call(server.start(), timeout=10)
        except ServerConfigError as exc:
            if settings.port == 0:
                raise
            server = StudioServer(ServerSettings(settings.host, 0, settings.token))
            self.network.call(server.start(), timeout=10)
            self.notices.say("info", f"{exc} Using port {server.port} instead.")
        self.server = server
        self.room = server.room("live")
        self.room_ready.emit(self.room)
        return server

    def room_for(self, name: str) -> Room:
        """The server's room `name` (made on first use and announced through `room_ready`)."""
        server = self.start_server()
        if name == "live" and self.room is not None:
            return self.room
        known = name in server.rooms
        room = server.room(name)
        if not known:
            self.room_ready.emit(room)
        return room

    def close(self) -> None:
        if self.server is not None and self._network is not None:
            try:
                self._network.call(self.server.stop(), timeout=10)
            except Exception:
                log.exception("stopping the embedded server failed")
        self.server = None
        self.room = None
        if self._network is not None:
            self._network.close()
            self._network = None
