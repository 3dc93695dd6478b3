"""A DART pump simulator: N pumps answering on one link, byte for byte.

It shares line.py and messages.py with the master, but it is the pump side:
it only ever answers frames addressed to one of its pumps.

    sim = DartSimulator.on_pty(pumps=2)        # or DartSimulator.on_socket(...)
    sim.start()
    bus = DartBus(LineSettings(port=sim.port), addresses=sim.addresses)
    ...
    sim.shutdown()
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterator
from contextlib import contextmanager

from drivers.pumps.dart import line
from drivers.pumps.dart import messages as m
from drivers.pumps.dart.line import BadFrame, Control, CrcVariant, Frame
from drivers.pumps.dart.sim_pump import SimPump
from drivers.pumps.dart.transport import Link, PtyLink, TcpServerLink
from drivers.pumps.types import PumpStatus

log = logging.getLogger(__name__)

DEFAULT_PRICES_FEN = (789, 845, 712)  # 92#, 95#, diesel, fen per litre


@dataclass
class Faults:
    drop: float = 0.0  # chance a received frame goes unheard
    corrupt: float = 0.0  # chance a frame is garbled on the wire (either direction)
    stall_every: float | None = None  # seconds between random stalls (--stall)
    stall_for: float = 2.0
    reboot_mid_filling: bool = False
    reboot_after_litres: Decimal = Decimal("1")
    reboot_seconds: float = 0.3  # how long a rebooting pump stays silent


@dataclass
class _Line:
    """The pump side of the line state of one address."""

    tx: int = 0
    unacked: Frame | None = None  # sent DATA not yet acknowledged: resent on the next POLL
    last_rx: tuple[int, bytes] | None = None  # last DATA executed, to spot retransmissions
    stalled: bool = False
    silent_until: float = 0.0
    rebooted_this_filling: bool = False
    next_stall: float = 0.0
    customer_patience: float = 0.0
    target_litres: Decimal = Decimal(0)


@dataclass
class DartSimulator:
    link: Link
    pumps: list[SimPump]
    crc: CrcVariant = CrcVariant.ARC
    faults: Faults = field(default_factory=Faults)
    traffic: bool = False
    seed: int | None = None
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self._by_address = {p.address: p for p in self.pumps}
        self._lines = {p.address: _Line() for p in self.pumps}
        self._decoder = line.FrameDecoder(self.crc)
        self._rng = random.Random(self.seed)
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_tick = self.clock()
        self.frames_answered = 0

    # --- construction ------------------------------------------------------

    @staticmethod
    def make_pumps(
        count: int,
        first_address: int = 0x50,
        prices_fen: tuple[int, ...] = DEFAULT_PRICES_FEN,
        flow_lps: Decimal = Decimal("0.5"),
        decimals: m.Decimals | None = None,
    ) -> list[SimPump]:
        d = decimals or m.Decimals()
        if not line.ADDRESS_MIN <= first_address <= line.ADDRESS_MAX - count + 1:
            raise ValueError(f"{count} pumps from 0x{first_address:02X} leave 0x50-0x6F")
        prices = [d.raw_price(p) for p in prices_fen]
        return [
            SimPump(first_address + i, list(prices), flow_lps=flow_lps, decimals=d)
            for i in range(count)
        ]

    @classmethod
    def on_pty(cls, pumps: int = 1, **kwargs) -> "DartSimulator":
        pump_kw = {k: kwargs.pop(k) for k in ("first_address", "prices_fen", "flow_lps", "decimals") if k in kwargs}
        return cls(PtyLink(), cls.make_pumps(pumps, **pump_kw), **kwargs)

    @classmethod
    def on_socket(cls, pumps: int = 1, host: str = "127.0.0.1", port: int = 0, **kwargs) -> "DartSimulator":
        pump_kw = {k: kwargs.pop(k) for k in ("first_address", "prices_fen", "flow_lps", "decimals") if k in kwargs}
        return cls(TcpServerLink(host, port), cls.make_pumps(pumps, **pump_kw), **kwargs)

    @property
    def port(self) -> str:
        """What a master opens to reach this simulator (pty path or socket:// URL)."""
        return self.link.port

    @property
    def addresses(self) -> list[int]:
        return [p.address for p in self.pumps]

    # --- thread --------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="dart-simulator", daemon=True)
        self._thread.start()

    def shutdown(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.link.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run_forever(self) -> None:
        """Serve on the calling thread until shutdown() (used by the CLI)."""
        self._run()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.link.read(0.01)
            except OSError as exc:
                log.warning("simulator link read failed: %s", exc)
                self._stop.wait(0.05)
                continue
            with self._lock:
                self._advance()
                for item in self._decoder.feed(data):
                    reply = self._answer(item)
                    if reply:
                        self.link.write(reply)
                        self.frames_answered += 1

    # --- control from tests and the CLI ---------------------------------------

    @contextmanager
    def pump(self, address: int) -> Iterator[SimPump]:
        """Hold the simulator still while the caller looks at or changes one pump."""
        with self._lock:
            self._advance()
            yield self._by_address[address]

    def lift(self, address: int, nozzle: int = 1) -> None:
        with self.pump(address) as p:
            p.lift(nozzle)

    def hang_up(self, address: int) -> None:
        with self.pump(address) as p:
            p.hang_up()

    def set_stall(self, address: int, stalled: bool) -> None:
        with self._lock:
            self._lines[address].stalled = stalled

    def reboot(self, address: int) -> None:
        with self._lock:
            self._reboot(address, self.clock())

    def _reboot(self, address: int, now: float) -> None:
        self._lines[address] = _Line(silent_until=now + self.faults.reboot_seconds, rebooted_this_filling=True)
        self._by_address[address].reboot()
        log.info("pump 0x%02X rebooted", address)

    # --- time ----------------------------------------------------------------

    def _advance(self) -> None:
        now = self.clock()
        dt = Decimal(str(round(now - self._last_tick, 6)))
        self._last_tick = now
        for p in self.pumps:
            ln = self._lines[p.address]
            p.tick(dt)
            if p.status is PumpStatus.RESET:
                ln.rebooted_this_filling = False
            f = self.faults
            if (
                f.reboot_mid_filling
                and p.status is PumpStatus.FILLING
                and not ln.rebooted_this_filling
                and p.decimals.litres(p.volume) >= f.reboot_after_litres
            ):
                self._reboot(p.address, now)
            if f.stall_every:
                self._random_stall(ln, now)
            if self.traffic:
                self._customer(p, ln, now)

    def _random_stall(self, ln: _Line, now: float) -> None:
        if ln.next_stall == 0.0:
            ln.next_stall = now + self._rng.expovariate(1 / self.faults.stall_every)
        elif now >= ln.next_stall:
            ln.silent_until = now + self.faults.stall_for
            ln.next_stall = 0.0

    def _customer(self, p: SimPump, ln: _Line, now: float) -> None:
        """Random forecourt traffic: lift, wait for authorisation, fill, hang up."""
        if not p.nozzle_out:
            if p.status in (PumpStatus.RESET, PumpStatus.FILLING_COMPLETED) and self._rng.random() < 0.002:
                p.lift(self._rng.randint(1, len(p.prices)))
                ln.customer_patience = now + 30.0
                ln.target_litres = Decimal(self._rng.randint(5, 60))
            return
        done = p.status is PumpStatus.MAX_REACHED or p.decimals.litres(p.volume) >= ln.target_litres
        gave_up = p.status not in (PumpStatus.FILLING, PumpStatus.SUSPENDED) and now > ln.customer_patience
        if done or gave_up:
            p.hang_up()

    # --- line ----------------------------------------------------------------

    def _answer(self, item: Frame | BadFrame) -> bytes | None:
        address = item.address
        if address not in self._by_address:
            return None
        ln = self._lines[address]
        if ln.stalled or self.clock() < ln.silent_until:
            return None
        if self._rng.random() < self.faults.drop:
            return None
        if isinstance(item, Frame) and item.kind is Control.DATA and self._rng.random() < self.faults.corrupt:
            item = BadFrame(b"", "garbled on the wire", address, item.tx)
        if isinstance(item, BadFrame):
            return self._send(Frame(address, Control.NAK, item.tx or 0))
        kind = item.kind
        if kind in (Control.ACK, Control.ACKPOLL) and ln.unacked and item.tx == ln.unacked.tx:
            ln.unacked = None
        if kind in (Control.POLL, Control.ACKPOLL):
            return self._on_poll(address, ln)
        if kind is Control.DATA:
            return self._on_data(address, ln, item)
        return None

    def _on_poll(self, address: int, ln: _Line) -> bytes:
        pump = self._by_address[address]
        if ln.unacked is None and pump.outbox:
            ln.unacked = Frame(address, Control.DATA, ln.tx, pump.take_block())
            ln.tx = line.next_tx(ln.tx)
        if ln.unacked is not None:
            return self._send(ln.unacked)
        return self._send(Frame(address, Control.EOT, ln.tx))

    def _on_data(self, address: int, ln: _Line, frame: Frame) -> bytes:
        if ln.last_rx != (frame.tx, frame.payload):
            try:
                self._by_address[address].handle_block(frame.payload)
            except m.MessageError as exc:
                log.info("pump 0x%02X refuses block: %s", address, exc)
                return self._send(Frame(address, Control.NAK, frame.tx))
            ln.last_rx = (frame.tx, frame.payload)
        return self._send(Frame(address, Control.ACK, frame.tx))

    def _send(self, frame: Frame) -> bytes:
        raw = line.encode(frame, self.crc)
        if frame.kind is Control.DATA and self._rng.random() < self.faults.corrupt:
            pos = self._rng.randrange(2, len(raw) - 2)
            garbled = bytearray(raw)
            garbled[pos] ^= 1 << self._rng.randrange(8)
            raw = bytes(garbled)
        return raw
