"""DART bus master: one thread per serial bus, polling its pumps round-robin.

Each round, for every pump: send the blocks queued for it (DATA, waiting for
ACK), then POLL once (EOT = nothing to say; DATA = a block, which we ACK).
A frame is retransmitted with the same TX# after NAK, timeout or a CRC error,
up to `max_retries` times; when that fails the pump is offline and gets a
single try per round until it answers again.

Commands from other threads run as jobs on the bus thread between pumps, so
the serial port has exactly one owner.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from queue import Empty, SimpleQueue
from typing import Callable, Sequence, TypeVar

import serial

from drivers.pumps.dart import line
from drivers.pumps.dart import messages as m
from drivers.pumps.dart.line import BadFrame, Control, Frame
from drivers.pumps.dart.commands import DartCommands
from drivers.pumps.dart.tracker import PumpTracker
from drivers.pumps.dart.transport import LineSettings, open_port
from drivers.pumps.types import (
    PumpEvent,
    PumpListener,
    PumpState,
    PumpTimeout,
    PumpUnavailable,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class DartBus(DartCommands):
    """PumpBus over the DART protocol.  See drivers.pumps.base.PumpBus."""

    def __init__(
        self,
        settings: LineSettings,
        addresses: Sequence[int],
        decimals: m.Decimals | dict[int, m.Decimals] | None = None,
    ) -> None:
        if not addresses:
            raise ValueError("a DART bus needs at least one pump address")
        for a in addresses:
            if not line.ADDRESS_MIN <= a <= line.ADDRESS_MAX:
                raise ValueError(f"pump address 0x{a:02X}: allowed 0x50-0x6F")
        per = decimals if isinstance(decimals, dict) else {}
        default = decimals if isinstance(decimals, m.Decimals) else m.Decimals()
        self.settings = settings
        self._trackers = {a: PumpTracker(a, per.get(a, default)) for a in addresses}
        self._listeners: list[PumpListener] = []
        self._jobs: SimpleQueue[tuple[Callable[[], object], Future]] = SimpleQueue()
        self._authorisations: OrderedDict[str, Future] = OrderedDict()
        self._auth_lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._port: serial.SerialBase | None = None
        self._decoder = line.FrameDecoder(settings.crc)
        self.bytes_sent = 0
        self.bytes_received = 0
        self.rounds = 0

    # --- lifecycle -------------------------------------------------------------

    @property
    def addresses(self) -> tuple[int, ...]:
        return tuple(self._trackers)

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("a DartBus is started once")
        self._port = open_port(self.settings)
        self._thread = threading.Thread(target=self._run, name=f"dart-bus {self.settings.port}", daemon=True)
        self._thread.start()

    def shutdown(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._port is not None:
            self._port.close()
        while True:
            try:
                _, fut = self._jobs.get_nowait()
            except Empty:
                break
            fut.set_exception(PumpUnavailable("the pump bus was shut down"))

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait_ready(self, timeout: float) -> bool:
        return self._ready.wait(timeout)

    def add_listener(self, listener: PumpListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: PumpListener) -> None:
        self._listeners.remove(listener)

    def state(self, address: int) -> PumpState:
        return self._tracker(address).state

    def _tracker(self, address: int) -> PumpTracker:
        try:
            return self._trackers[address]
        except KeyError:
            raise PumpUnavailable(f"pump 0x{address:02X} is not on this bus") from None

    # --- the bus thread --------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.is_set():
            for t in self._trackers.values():
                self._run_jobs()
                if self._stop.is_set():
                    return
                try:
                    self._service(t)
                except (serial.SerialException, OSError) as exc:
                    log.error("pump port %s failed: %s", self.settings.port, exc)
                    for tr in self._trackers.values():
                        self._emit(tr.failed())
                    self._stop.wait(0.5)
            self.rounds += 1
            if self.rounds >= 2:
                self._ready.set()
            if self.settings.poll_interval:
                self._stop.wait(self.settings.poll_interval)

    def _run_jobs(self) -> None:
        while True:
            try:
                job, fut = self._jobs.get_nowait()
            except Empty:
                return
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(job())
            except BaseException as exc:  # handed to the caller through the future
                fut.set_exception(exc)

    def _service(self, t: PumpTracker) -> None:
        while t.pending and t.online is not False:
            if not self._send_block(t, t.pending[0]):
                return
            t.pending.popleft()
        self._poll(t)

    def _emit(self, events: list[PumpEvent]) -> None:
        for ev in events:
            for listener in list(self._listeners):
                try:
                    listener(ev)
                except Exception:
                    log.exception("pump listener %r failed on %r", listener, ev)

    # --- line exchanges ----------------------------------------------------------

    def _attempts(self, t: PumpTracker) -> int:
        return 1 + (self.settings.max_retries if t.online is not False else 0)

    def _send_block(self, t: PumpTracker, block: bytes) -> bool:
        """DATA → ACK.  True when the pump acknowledged this TX#."""
        frame = Frame(t.address, Control.DATA, t.tx, block)
        raw = line.encode(frame, self.settings.crc)
        t.tx = line.next_tx(t.tx)  # a new exchange never reuses a TX#, even after failure
        for _ in range(self._attempts(t)):
            reply = self._transact(raw, t.address)
            if isinstance(reply, Frame) and reply.kind is Control.ACK and reply.tx == frame.tx:
                self._emit(t.answered())
                return True
        self._emit(t.failed())
        return False

    def _poll(self, t: PumpTracker) -> bool:
        raw = line.poll(t.address)
        for _ in range(self._attempts(t)):
            reply = self._transact(raw, t.address)
            if not isinstance(reply, Frame):
                continue
            if reply.kind is Control.EOT:
                self._emit(t.answered())
                return True
            if reply.kind is Control.DATA:
                self._write(line.encode(Frame(t.address, Control.ACK, reply.tx), self.settings.crc))
                events = t.answered()
                if t.last_rx != (reply.tx, reply.payload):
                    t.last_rx = (reply.tx, reply.payload)
                    events += self._apply(t, reply.payload)
                self._emit(events)
                return True
        self._emit(t.failed())
        return False

    def _apply(self, t: PumpTracker, payload: bytes) -> list[PumpEvent]:
        try:
            transactions = m.decode_from_pump(payload)
        except m.MessageError as exc:
            log.warning("pump 0x%02X sent a block we cannot read (%s): %s", t.address, exc, payload.hex(" "))
            return []
        return t.apply(transactions)

    def _write(self, raw: bytes) -> None:
        assert self._port is not None
        self._port.write(raw)
        self.bytes_sent += len(raw)

    def _transact(self, raw: bytes, address: int) -> Frame | BadFrame | None:
        """Send one frame and wait for the pump's answer (None on timeout)."""
        port = self._port
        assert port is not None
        port.reset_input_buffer()
        self._decoder.reset()
        self._write(raw)
        s = self.settings
        char = line.line_seconds(1, s.baudrate, s.bits_per_byte)
        deadline = time.monotonic() + s.response_timeout + char * len(raw)
        while True:
            if time.monotonic() >= deadline:
                return None
            data = port.read(max(1, port.in_waiting))
            if not data:
                continue
            self.bytes_received += len(data)
            # A frame is arriving: allow it the time it needs on the wire.
            deadline = max(deadline, time.monotonic() + s.response_timeout + char * 8)
            for item in self._decoder.feed(data):
                if isinstance(item, BadFrame):
                    return item
                if item.address == address and line.encode(item, s.crc) != raw:  # skip RS-485 echo
                    return item

    # --- jobs: commands from other threads -----------------------------------------

    def _call(self, job: Callable[[], T], timeout: float) -> T:
        fut = self._submit(job)
        try:
            return fut.result(timeout)
        except FutureTimeout:
            raise PumpTimeout(f"no confirmation from the pump within {timeout:.1f} s") from None

    def _submit(self, job: Callable[[], T]) -> Future:
        if not self.running:
            raise PumpUnavailable(f"the pump bus on {self.settings.port} is not running")
        fut: Future = Future()
        self._jobs.put((job, fut))
        return fut

    def _online(self, address: int) -> PumpTracker:
        t = self._tracker(address)
        if t.online is not True:
            raise PumpUnavailable(f"pump 0x{address:02X} does not answer on {self.settings.port}")
        return t

    def _until(self, t: PumpTracker, done: Callable[[], bool], deadline: float) -> bool:
        while not done():
            if time.monotonic() > deadline or self._stop.is_set():
                return False
            if not self._poll(t) or t.pending:
                self._service(t)
        return True
