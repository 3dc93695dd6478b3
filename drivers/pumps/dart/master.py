"""DART bus master: one thread per serial bus, polling its pumps round-robin.

Each round, for every pump: send the blocks queued for it (DATA, waiting for
ACK), then POLL once (EOT = nothing to say; DATA = a block, which we ACK).
Which TX# each attempt at a DATA frame carries is `sequence.Attempts`' job;
a pump that stays silent through every retry is offline and gets a single
try per round until it answers again.

Commands from other threads run as jobs on the bus thread.  A job is a
generator that does one exchange with its own pump and yields, so the other
pumps of the bus keep being polled while it waits for its pump to confirm.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from queue import Empty, SimpleQueue
from typing import Callable, Generator, Mapping, Sequence, TypeVar

import serial

from drivers.pumps.dart import line
from drivers.pumps.dart import messages as m
from drivers.pumps.dart.commands import DartCommands
from drivers.pumps.dart.decimals import Decimals
from drivers.pumps.dart.line import BadFrame, Control, Frame
from drivers.pumps.dart.sequence import Answer, Attempts
from drivers.pumps.dart.tracker import PumpTracker
from drivers.pumps.dart.transport import LineSettings, PortError, open_port
from drivers.pumps.types import (
    CommandRejected,
    PumpEvent,
    PumpListener,
    PumpState,
    PumpTimeout,
    PumpUnavailable,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
Job = Generator[None, None, T]


class DartBus(DartCommands):
    """PumpBus over the DART protocol.  See drivers.pumps.base.PumpBus.

    `decimals` are the configured decimal positions (one for every pump, or per
    address); a pump that answers RETURN PUMP PARAMETERS overrides them with its
    own.  `prices` (yuan per litre, nozzle 1 first, per address) are downloaded
    to a pump that reports NOT PROGRAMMED.
    """

    def __init__(
        self,
        settings: LineSettings,
        addresses: Sequence[int],
        decimals: Decimals | Mapping[int, Decimals] | None = None,
        prices: Sequence[Decimal] | Mapping[int, Sequence[Decimal]] = (),
    ) -> None:
        if not addresses:
            raise ValueError("a DART bus needs at least one pump address")
        for a in addresses:
            if not line.ADDRESS_MIN <= a <= line.ADDRESS_MAX:
                raise ValueError(f"pump address 0x{a:02X}: allowed 0x50-0x6F")
        per_decimals = decimals if isinstance(decimals, Mapping) else {}
        default_decimals = decimals if isinstance(decimals, Decimals) else Decimals()
        per_prices = prices if isinstance(prices, Mapping) else {}
        default_prices = () if isinstance(prices, Mapping) else tuple(prices)
        self.settings = settings
        self._trackers = {
            a: PumpTracker(a, per_decimals.get(a, default_decimals), per_prices.get(a, default_prices))
            for a in addresses
        }
        self._listeners: list[PumpListener] = []
        self._jobs: SimpleQueue[tuple[Job, Future]] = SimpleQueue()
        self._active: list[tuple[Job, Future]] = []
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
        """Open the port and start polling.  A port that cannot be opened raises PortError,
        unless the settings say to retry (`port_retry`): then its pumps are offline until it opens."""
        if self._thread is not None:
            raise RuntimeError("a DartBus is started once")
        try:
            self._port = open_port(self.settings)
        except PortError as exc:
            if self.settings.port_retry is None:
                raise
            log.error("%s; retrying every %.0f s", exc, self.settings.port_retry)
            self._emit([e for t in self._trackers.values() for e in t.failed()])
        self._thread = threading.Thread(target=self._run, name=f"dart-bus {self.settings.port}", daemon=True)
        self._thread.start()

    def _close_port(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass

    def shutdown(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._close_port()
        gone = PumpUnavailable("the pump bus was shut down")
        for _, fut in self._active:
            fut.set_exception(gone)
        self._active.clear()
        while True:
            try:
                _, fut = self._jobs.get_nowait()
            except Empty:
                break
            if fut.set_running_or_notify_cancel():
                fut.set_exception(gone)

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

    def decimals(self, address: int) -> Decimals:
        """The decimal positions in use: the pump's own (DC7) where it told them."""
        return self._tracker(address).decimals

    def _tracker(self, address: int) -> PumpTracker:
        try:
            return self._trackers[address]
        except KeyError:
            raise PumpUnavailable(f"pump 0x{address:02X} is not on this bus") from None

    # --- the bus thread --------------------------------------------------------

    def _reopen(self) -> bool:
        """Try the port again (only with `port_retry`); the commands queued meanwhile fail."""
        self._step_jobs()
        try:
            self._port = open_port(self.settings)
        except PortError:
            self._stop.wait(self.settings.port_retry or 1.0)
            return False
        log.info("pump port %s open", self.settings.port)
        return True

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._port is None and not self._reopen():
                continue
            for t in self._trackers.values():
                if self._stop.is_set():
                    return
                try:
                    self._step_jobs()
                    self._service(t)
                except (serial.SerialException, OSError) as exc:
                    log.error("pump port %s failed: %s", self.settings.port, exc)
                    for tr in self._trackers.values():
                        self._emit(tr.failed())
                    if self.settings.port_retry is not None:  # an adapter pulled out: open it afresh
                        self._close_port()
                        break
                    self._stop.wait(0.5)
            self.rounds += 1
            if self.rounds >= 2 and all(t.settled or not t.online or t.state.data_refused for t in self._trackers.values()):
                self._ready.set()
            if self.settings.poll_interval:
                self._stop.wait(self.settings.poll_interval)

    def _step_jobs(self) -> None:
        """Take new jobs, and let every job do one exchange."""
        while True:
            try:
                job, fut = self._jobs.get_nowait()
            except Empty:
                break
            if fut.set_running_or_notify_cancel():
                self._active.append((job, fut))
        for entry in list(self._active):
            job, fut = entry
            try:
                next(job)
                continue
            except StopIteration as done:
                fut.set_result(done.value)
            except (serial.SerialException, OSError):
                raise
            except BaseException as exc:  # handed to the caller through the future
                fut.set_exception(exc)
            self._active.remove(entry)

    def _service(self, t: PumpTracker) -> None:
        self._emit(t.flush_link())
        if t.online is not False and time.monotonic() >= t.data_after:
            while t.pending:
                if self._send_block(t, t.pending[0]) is not Answer.ACK:
                    break
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

    def _retries(self, t: PumpTracker) -> int:
        return self.settings.max_retries if t.online is not False else 0

    def _send_block(self, t: PumpTracker, block: bytes, confirming: bool = False) -> Answer:
        """DATA → ACK, under the TX# rules of sequence.py.  NAK means refused under every TX#."""
        attempts = Attempts(t.tx, self._retries(t))
        tx: int | None = t.tx
        answer = Answer.SILENT
        while tx is not None:
            reply = self._transact(line.encode(Frame(t.address, Control.DATA, tx, block), self.settings.crc), t.address)
            if isinstance(reply, Frame) and reply.kind is Control.ACK and reply.tx == tx:
                answer = Answer.ACK
            elif isinstance(reply, Frame) and reply.kind is Control.NAK:
                answer = Answer.NAK
            else:
                answer = Answer.SILENT
            if answer is Answer.ACK:
                t.tx = attempts.following
                self._emit(t.answered() + t.acknowledged(block))
                if attempts.resynchronised and not confirming:
                    # The ACK may have been the pump's answer to a repeat of its last
                    # accepted TX#: send the block once more under the next one.
                    self._send_block(t, block, confirming=True)
                return answer
            tx = attempts.after(answer)
        if answer is Answer.NAK or attempts.naks:
            # It hears us: the link is up even though it takes no data.
            self._emit(t.answered() + t.refused())
            return Answer.NAK
        t.tx = attempts.following  # a new exchange never reuses a TX# the pump may hold as its last
        self._emit(t.failed())
        return Answer.SILENT

    def _poll(self, t: PumpTracker) -> bool:
        raw = line.poll(t.address)
        for _ in range(1 + self._retries(t)):
            reply = self._transact(raw, t.address)
            if not isinstance(reply, Frame):
                continue
            if reply.kind is Control.EOT:
                t.polled()
                self._emit(t.answered())
                return True
            if reply.kind is Control.DATA:
                self._write(line.encode(Frame(t.address, Control.ACK, reply.tx), self.settings.crc))
                t.polled()
                events = t.answered()
                if t.last_rx != (reply.tx, reply.payload):
                    t.last_rx = (reply.tx, reply.payload)
                    events += t.apply(m.decode_from_pump(reply.payload))
                self._emit(events)
                return True
        self._emit(t.failed())
        return False

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

    def _call(self, job: Job[T], timeout: float) -> T:
        fut = self._submit(job)
        try:
            return fut.result(timeout)
        except FutureTimeout:
            raise PumpTimeout(f"no confirmation from the pump within {timeout:.1f} s") from None

    def _submit(self, job: Job[T]) -> Future:
        if not self.running:
            job.close()
            raise PumpUnavailable(f"the pump bus on {self.settings.port} is not running")
        fut: Future = Future()
        self._jobs.put((job, fut))
        return fut

    def _online(self, address: int) -> PumpTracker:
        t = self._tracker(address)
        if t.online is not True:
            raise PumpUnavailable(f"pump 0x{address:02X} does not answer on {self.settings.port}")
        return t

    def _wait(self, t: PumpTracker, done: Callable[[], bool], deadline: float) -> Generator[None, None, bool]:
        """Yield until `done()`; the bus round polls the pump meanwhile.  False at the deadline."""
        while not done():
            if time.monotonic() > deadline or self._stop.is_set():
                return False
            if t.online is False:
                raise PumpUnavailable(f"pump 0x{t.address:02X} stopped answering on {self.settings.port}")
            yield
        return True

    def _fresh(self, t: PumpTracker, deadline: float) -> Generator[None, None, bool]:
        """Yield until the pump was polled again, so its state is no older than the job."""
        seen = t.polls
        return (yield from self._wait(t, lambda: t.polls > seen, deadline))

    def _exchange(self, t: PumpTracker, block: bytes, what: str) -> Generator[None, None, None]:
        """Send one block as a job step; raise what the caller must hear if it was not taken."""
        answer = self._send_block(t, block)
        if answer is Answer.NAK:
            raise CommandRejected(
                f"pump 0x{t.address:02X} refused {what} under every TX#: it answers polls but takes "
                "no data (another controller on the line, or a pump that needs a reset)"
            )
        if answer is Answer.SILENT:
            raise PumpTimeout(f"pump 0x{t.address:02X} did not acknowledge {what}")
        yield
