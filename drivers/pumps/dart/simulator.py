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
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable, Iterator, Sequence

from drivers.pumps.dart import line
from drivers.pumps.dart import messages as m
from drivers.pumps.dart import sim_memory
from drivers.pumps.dart.decimals import Decimals
from drivers.pumps.dart.line import BadFrame, Control, CrcVariant, Frame
from drivers.pumps.dart.sim_personality import Faults, Personality, TxRule
from drivers.pumps.dart.sim_pump import SimPump
from drivers.pumps.dart.transport import Link, PtyLink, TcpServerLink
from drivers.pumps.types import PumpStatus

S_NOT_PROGRAMMED = PumpStatus.NOT_PROGRAMMED

log = logging.getLogger(__name__)

DEFAULT_PRICES = (Decimal("7.89"), Decimal("8.45"), Decimal("7.12"))  # 92#, 95#, diesel, yuan per litre


@dataclass
class _Line:
    """The pump side of the line state of one address."""

    tx: int = 0
    unacked: Frame | None = None  # sent DATA not yet acknowledged: resent on the next POLL
    last_rx: tuple[int, bytes] | None = None  # last DATA executed, to spot retransmissions
    expected_tx: int = 0  # what a sequence-enforcing pump accepts next
    nak_sent: bool = False  # the last DATA frame was NAKed (nak-reset pumps then want 0)
    data_frames: int = 0  # DATA frames received since power-on
    answer_delay: float = 0.0  # a slow pump: what it has to say waits this long before it says it
    outbox_since: float | None = None
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
    personality: Personality = field(default_factory=Personality)
    memory: Path | None = None  # the pumps' memory survives the process (the demo's console restarts)
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
        self._started = self._last_tick
        self._rebooted_at_time = False
        self.frames_answered = 0
        self.naks_sent = 0
        for p in self.pumps:
            p.answers_dc7 = self.personality.answers_dc7
            p.short_totals = self.personality.short_totals
            if self.faults.totals_skew:
                for n in p.totals:
                    self._skew(p, n, self.faults.totals_skew)
        self._remembered: object = None
        if self.memory is not None and sim_memory.restore(self.memory, self.pumps):
            for p in self.pumps:
                p.reboot()  # the process died under them: a power cut, the figures kept

    # --- construction ------------------------------------------------------

    @staticmethod
    def make_pumps(
        count: int,
        first_address: int = 0x50,
        prices: Sequence[Decimal] = DEFAULT_PRICES,
        flow_lps: Decimal = Decimal("0.5"),
        decimals: Decimals | None = None,
        programmed: bool = True,
    ) -> list[SimPump]:
        """`programmed=False`: zeroised pumps, NOT PROGRAMMED until they receive prices."""
        d = decimals or Decimals()
        if not line.ADDRESS_MIN <= first_address <= line.ADDRESS_MAX - count + 1:
            raise ValueError(f"{count} pumps from 0x{first_address:02X} leave 0x50-0x6F")
        raw = [d.raw_price(p) for p in prices]
        pumps = [SimPump(first_address + i, list(raw), flow_lps=flow_lps, decimals=d) for i in range(count)]
        if not programmed:
            for p in pumps:
                p.status = S_NOT_PROGRAMMED
                p.prices = [0] * len(raw)
        return pumps

    @classmethod
    def on_pty(cls, pumps: int = 1, **kwargs) -> "DartSimulator":
        return cls(PtyLink(), cls._pumps_for(pumps, kwargs), **kwargs)

    @classmethod
    def on_socket(cls, pumps: int = 1, host: str = "127.0.0.1", port: int = 0, **kwargs) -> "DartSimulator":
        return cls(TcpServerLink(host, port), cls._pumps_for(pumps, kwargs), **kwargs)

    @classmethod
    def _pumps_for(cls, count: int, kwargs: dict) -> list[SimPump]:
        pump_kw = {k: kwargs.pop(k) for k in ("first_address", "prices", "flow_lps", "programmed") if k in kwargs}
        personality = kwargs.get("personality") or Personality()
        return cls.make_pumps(count, decimals=personality.decimals, **pump_kw)

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
                        if reply[1] & 0xF0 != Control.EOT:  # an EOT reports nothing: no need to remember first
                            self._remember()  # what a pump says, it has remembered first
                        self.link.write(reply)
                        self.frames_answered += 1

    def _remember(self) -> None:
        """Write the pumps' memory when it changed (a command, a litre), before any answer
        that could report it: a real pump never reports a figure it would forget."""
        if self.memory is None:
            return
        state = sim_memory.snapshot(self.pumps)
        if state != self._remembered:
            try:
                sim_memory.save(self.memory, self.pumps)
            except OSError as exc:
                log.warning("simulator memory %s not written: %s", self.memory, exc)
            self._remembered = state

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

    def data_frames(self, address: int) -> int:
        """DATA frames the pump received since it powered on (tests count steps with it)."""
        with self._lock:
            return self._lines[address].data_frames

    def set_answer_delay(self, address: int, seconds: float) -> None:
        with self._lock:
            self._lines[address].answer_delay = seconds

    def set_stall(self, address: int, stalled: bool) -> None:
        with self._lock:
            self._lines[address].stalled = stalled

    def skew_totals(self, address: int, nozzle: int, litres: Decimal) -> None:
        """The nozzle's total counters report `litres` more (negative: less, never below zero
        on the wire) than it dispensed, and that volume at the nozzle's price more in amount;
        the fillings are untouched."""
        with self.pump(address) as p:
            self._skew(p, nozzle, litres)

    @staticmethod
    def _skew(p: SimPump, nozzle: int, litres: Decimal) -> None:
        d = p.decimals
        raw_volume = int(litres.scaleb(d.volume).to_integral_value())
        yuan = d.litres(raw_volume) * d.unit_price(p.prices[nozzle - 1])
        p.skew_totals(nozzle, raw_volume, int(yuan.scaleb(d.amount).to_integral_value(rounding=ROUND_HALF_UP)))

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
        at = self.faults.reboot_at
        if at is not None and not self._rebooted_at_time and now - self._started >= at:
            self._rebooted_at_time = True
            for p in self.pumps:
                self._reboot(p.address, now)
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
        if pump.outbox and ln.answer_delay:
            now = self.clock()
            ln.outbox_since = ln.outbox_since or now
            if now - ln.outbox_since < ln.answer_delay:
                return self._send(Frame(address, Control.EOT, 0))
        ln.outbox_since = None
        if ln.unacked is None and pump.outbox:
            ln.unacked = Frame(address, Control.DATA, ln.tx, pump.take_block())
            ln.tx = line.next_tx(ln.tx)
        if ln.unacked is not None:
            return self._send(ln.unacked)
        # Captured pumps send EOT with TX# 0 (`50 70 FA`), whatever their own sequence.
        return self._send(Frame(address, Control.EOT, 0))

    def _on_data(self, address: int, ln: _Line, frame: Frame) -> bytes:
        ln.data_frames += 1
        if ln.data_frames in self.faults.nak_data:
            return self._nak(address, ln, frame, "NAK injected")
        if self._repeat(ln, frame):
            return self._send(Frame(address, Control.ACK, frame.tx))  # acknowledged, not executed
        if not self._in_sequence(ln, frame.tx):
            return self._nak(address, ln, frame, f"TX# {frame.tx} out of sequence (expected {ln.expected_tx})")
        try:
            self._by_address[address].handle_block(frame.payload)
        except m.MessageError as exc:
            return self._nak(address, ln, frame, f"block refused: {exc}")
        ln.last_rx = (frame.tx, frame.payload)
        wrap = self.personality.wrap_to_zero and frame.tx == 0xF
        ln.expected_tx, ln.nak_sent = 0 if wrap else line.next_tx(frame.tx), False
        return self._send(Frame(address, Control.ACK, frame.tx))

    def _repeat(self, ln: _Line, frame: Frame) -> bool:
        if ln.last_rx is None:
            return False
        if self.personality.sequence is TxRule.LENIENT:
            return ln.last_rx == (frame.tx, frame.payload)
        return ln.last_rx[0] == frame.tx

    def set_last_accepted(self, address: int, tx: int) -> None:
        """As if a master before ours had just had TX# `tx` accepted (a console restart)."""
        with self._lock:
            ln = self._lines[address]
            ln.last_rx, ln.expected_tx, ln.nak_sent = (tx, b""), line.next_tx(tx), False

    def _in_sequence(self, ln: _Line, tx: int) -> bool:
        rule = self.personality.sequence
        if rule is TxRule.LENIENT:
            return True
        if rule is TxRule.NAK_RESET and ln.nak_sent:
            return tx == 0
        return tx == ln.expected_tx

    def _nak(self, address: int, ln: _Line, frame: Frame, why: str) -> bytes:
        log.info("pump 0x%02X NAKs TX# %d: %s", address, frame.tx, why)
        ln.nak_sent = True
        if self.personality.sequence is TxRule.NAK_RESET:
            ln.last_rx = None  # it restarts its sequence: the 0 that follows is new, not a repeat
        self.naks_sent += 1
        return self._send(Frame(address, Control.NAK, frame.tx))

    def _send(self, frame: Frame) -> bytes:
        raw = line.encode(frame, self.crc)
        if frame.kind is Control.DATA and self._rng.random() < self.faults.corrupt:
            pos = self._rng.randrange(2, len(raw) - 2)
            garbled = bytearray(raw)
            garbled[pos] ^= 1 << self._rng.randrange(8)
            raw = bytes(garbled)
        return raw
