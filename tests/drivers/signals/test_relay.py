"""The relay module's client: its inputs, and a module that drops the connection is a RelayError."""

from __future__ import annotations

import socket
import struct
import threading

import pytest

from drivers.signals.relay import RelayError, open_relay
from drivers.signals.simulator import RelaySimulator, SimulatedBarrier


def test_discrete_inputs_read_the_loops_wired_to_the_module():
    loop = SimulatedBarrier(open_coil=10, close_coil=11, loop_input=5)
    sim = RelaySimulator(barriers=[loop]).start()
    relay = open_relay(sim.url)
    try:
        assert relay.read_discrete_inputs(1, 0, 8) == [False] * 8
        loop.vehicle_arrives()
        assert relay.read_discrete_inputs(1, 0, 8) == [False] * 5 + [True, False, False]
        assert relay.read_discrete_inputs(3, 5, 1) == [True]
    finally:
        relay.close()
        sim.stop()


def test_a_module_that_resets_the_connection_is_a_relay_error_and_the_next_call_reconnects():
    # A TCP peer that answers every request by resetting the connection (SO_LINGER 0), as a
    # module's network card does when it reboots: pymodbus lets ConnectionResetError through raw.
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    accepted = []

    def reset_everyone() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            conn.recv(260)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    threading.Thread(target=reset_everyone, daemon=True).start()
    relay = open_relay(f"tcp://127.0.0.1:{port}", timeout=0.5)
    try:
        for _ in range(2):
            with pytest.raises(RelayError, match=str(port)):
                relay.read_discrete_inputs(1, 0, 1)
        with pytest.raises(RelayError):
            relay.set_coils(1, 0, [False])
        assert len(accepted) == 3, "each call after a reset connects afresh"
    finally:
        relay.close()
        listener.close()
