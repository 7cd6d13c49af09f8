"""A loopback TCP forwarder a test can turn into a dependency that is down: `forward` (the
real service), `refuse` (connections closed at once, as a stopped service) or `hang` (accepted
and never answered, as a wedged one). Switching drops every forwarded connection, so pooled
connections see the change as well as new ones."""

from __future__ import annotations

import socket
import threading
from contextlib import suppress

MODES = ("forward", "refuse", "hang")


class SwitchableTcp:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "forward"
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def switch(self, mode: str) -> None:
        assert mode in MODES, mode
        with self._lock:
            self.mode = mode
            for sock in self._open:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._open.clear()

    def close(self) -> None:
        self._closed = True
        self.switch("refuse")
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                mode = self.mode
                if mode == "refuse":
                    client.close()
                    continue
                self._open.append(client)
            if mode == "forward":
                threading.Thread(target=self._forward, args=(client,), daemon=True).start()

    def _forward(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
        except OSError:
            client.close()
            return
        upstream.settimeout(None)
        with self._lock:
            self._open.append(upstream)
        threading.Thread(target=_pipe, args=(upstream, client), daemon=True).start()
        _pipe(client, upstream)


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
