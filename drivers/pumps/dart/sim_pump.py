"""One simulated DART pump: the application-level behaviour of a dispenser.

Status changes follow the command and status tables of the Dart Pump
Interface spec (section 2.1.3), written down as tables below.  The line
level (framing, TX#, faults) lives in simulator.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from drivers.pumps.dart import messages as m
from drivers.pumps.dart.decimals import Decimals
from drivers.pumps.types import PumpStatus as S

# (status, command) → new status.  Pairs not listed are ignored by the pump.
COMMAND_TABLE: dict[tuple[S, m.Command], S] = {
    (S.FILLING_COMPLETED, m.Command.RESET): S.RESET,
    (S.MAX_REACHED, m.Command.RESET): S.RESET,
    (S.SWITCHED_OFF, m.Command.RESET): S.RESET,
    (S.RESET, m.Command.AUTHORIZE): S.AUTHORISED,
    (S.AUTHORISED, m.Command.SUSPEND): S.SUSPENDED,
    (S.FILLING, m.Command.SUSPEND): S.SUSPENDED,
    **{
        (s, m.Command.STOP): S.FILLING_COMPLETED
        for s in (S.RESET, S.AUTHORISED, S.FILLING, S.SUSPENDED, S.MAX_REACHED, S.SWITCHED_OFF)
    },
    **{(s, m.Command.SWITCH_OFF): S.SWITCHED_OFF for s in S if s is not S.NOT_PROGRAMMED},
}

# (status, nozzle event) → new status, for events in the pump itself.
HANG_UP_TABLE: dict[S, S] = {
    S.FILLING: S.FILLING_COMPLETED,
    S.MAX_REACHED: S.FILLING_COMPLETED,
}
# A power cut or CPU reset ends whatever filling was under way (spec: "hardware reset or error").
REBOOT_TABLE: dict[S, S] = {
    S.RESET: S.FILLING_COMPLETED,
    S.AUTHORISED: S.FILLING_COMPLETED,
    S.FILLING: S.FILLING_COMPLETED,
    S.SUSPENDED: S.FILLING_COMPLETED,
}


@dataclass
class NozzleTotals:
    volume: int = 0  # raw volume units
    amount: int = 0  # raw amount units
    fillings: int = 0


@dataclass
class SimPump:
    address: int
    prices: list[int]  # raw unit price per logical nozzle, nozzle 1 first
    flow_lps: Decimal = Decimal("0.5")  # litres per second while the valve is open
    decimals: Decimals = field(default_factory=Decimals)
    answers_dc7: bool = True  # full-DART pumps return their parameters; others stay silent
    short_totals: bool = False  # DC101 as COUN + TOTVAL only (6 bytes), as some field pumps send
    status: S = S.NOT_PROGRAMMED
    nozzle: int = 0
    nozzle_out: bool = False
    allowed: tuple[int, ...] = ()
    preset: tuple[str, int] | None = None  # ("volume" | "amount", raw)
    volume: int = 0
    amount: int = 0
    litres: Decimal = Decimal(0)  # exact accumulator, volume is its truncation
    suspended_from: S | None = None
    totals: dict[int, NozzleTotals] = field(default_factory=dict)
    # Added to what DC101 reports, not to what was dispensed: a counter that disagrees with
    # the pump's own fillings (a meter board swapped, a counter set by hand), raw units per nozzle.
    totals_skew: dict[int, NozzleTotals] = field(default_factory=dict)
    outbox: list = field(default_factory=list)
    authorisations: int = 0  # how many AUTHORIZE commands took effect (tests read this)

    def __post_init__(self) -> None:
        if self.prices and self.status is S.NOT_PROGRAMMED:
            # Programmed and priced: a pump at power-on sits in FILLING COMPLETED.
            self.status = S.FILLING_COMPLETED
        self.allowed = self.allowed or tuple(range(1, len(self.prices) + 1))
        for n in range(1, len(self.prices) + 1):
            self.totals.setdefault(n, NozzleTotals())

    # --- outbox ----------------------------------------------------------

    def _send(self, t) -> None:
        if isinstance(t, m.DC2):
            # Only the latest volume/amount matters; the pump sends it at change.
            self.outbox = [x for x in self.outbox if not isinstance(x, m.DC2)]
        self.outbox.append(t)

    def _set_status(self, new: S) -> None:
        if new is not self.status:
            self.status = new
            self._send(m.DC1(new))

    def _dc3(self) -> m.DC3:
        price = self.prices[self.nozzle - 1] if 1 <= self.nozzle <= len(self.prices) else 0
        return m.DC3(price, self.nozzle, self.nozzle_out)

    def take_block(self) -> bytes:
        block, self.outbox = m.encode_block(self.outbox), []
        return block

    # --- commands from the site controller ---------------------------------

    def handle_block(self, block: bytes) -> None:
        for t in m.decode_to_pump(block):
            self.handle(t)

    def handle(self, t) -> None:
        match t:
            case m.CD1(command=c):
                self._command(c)
            case m.CD2(nozzles=n):
                self.allowed = tuple(n)
            case m.CD3(volume=v):
                self.preset = ("volume", v)
                self._check_preset()
            case m.CD4(amount=a):
                self.preset = ("amount", a)
                self._check_preset()
            case m.CD5(prices=p):
                if self.status not in (S.FILLING, S.SUSPENDED) and len(p) >= len(self.prices):
                    self.prices = list(p[: len(self.prices)])
                    if self.status is S.NOT_PROGRAMMED:
                        self._set_status(S.FILLING_COMPLETED)
            case m.CD101(counter=c):
                self._send(self._totals(c))

    def _command(self, c: m.Command) -> None:
        if c is m.Command.RETURN_STATUS:
            self._send(m.DC1(self.status))
            self._send(self._dc3())
            return
        if c is m.Command.RETURN_FILLING_INFORMATION:
            self._send(m.DC2(self.volume, self.amount))
            self._send(self._dc3())
            return
        if c is m.Command.RETURN_PUMP_PARAMETERS:
            if self.answers_dc7:
                self._send(m.DC7(self.decimals))
            return
        if c is m.Command.RETURN_PRICES:
            if self.answers_dc7:  # a full-DART pump; others stay silent (spec: only where configured)
                self._send(m.DC103(tuple(self.prices)))
            return
        new = COMMAND_TABLE.get((self.status, c))
        if c is m.Command.RESUME and self.status is S.SUSPENDED:
            new = self.suspended_from or S.AUTHORISED
        if new is None:
            return
        if c is m.Command.SUSPEND:
            self.suspended_from = self.status
        if c is m.Command.RESET:
            self.volume, self.amount, self.litres, self.preset = 0, 0, Decimal(0), None
            self._send(m.DC2(0, 0))
        if c is m.Command.AUTHORIZE:
            self.authorisations += 1
        if new is S.FILLING_COMPLETED:
            self._end_filling(new)
        else:
            self._set_status(new)

    def skew_totals(self, nozzle: int, raw_volume: int, raw_amount: int) -> None:
        """From now on DC101 reports this much more (or less) for the nozzle than it dispensed."""
        skew = self.totals_skew.setdefault(nozzle, NozzleTotals())
        skew.volume += raw_volume
        skew.amount += raw_amount

    def _reported(self, n: int) -> NozzleTotals:
        t, skew = self.totals[n], self.totals_skew.get(n, NozzleTotals())
        return NozzleTotals(t.volume + skew.volume, t.amount + skew.amount, t.fillings)

    def _totals(self, counter: int) -> m.DC101:
        nozzles = range(1, len(self.prices) + 1)
        pick = (lambda n: list(nozzles)) if counter & 0x0F == 9 else (lambda n: [n])
        chosen = [self._reported(n) for n in pick(counter & 0x0F) if n in self.totals]
        if counter & 0xF0 == 0x10:
            amount = sum(t.amount for t in chosen)
            if self.short_totals:
                return m.DC101(counter, amount)
            return m.DC101(counter, amount, sum(t.fillings for t in chosen), 0)
        vol = sum(t.volume for t in chosen)
        if self.short_totals:
            return m.DC101(counter, vol)
        return m.DC101(counter, vol, vol if counter != 9 else 0, 0)

    # --- things that happen at the pump ------------------------------------

    def lift(self, nozzle: int) -> None:
        if self.nozzle_out:
            return
        self.nozzle, self.nozzle_out = nozzle, True
        self._send(self._dc3())

    def hang_up(self) -> None:
        if not self.nozzle_out:
            return
        self.nozzle_out = False
        self._send(self._dc3())
        new = HANG_UP_TABLE.get(self.status)
        if self.status is S.SUSPENDED and self.suspended_from is S.FILLING:
            new = S.FILLING_COMPLETED
        if new is not None:
            self._end_filling(new)

    def _end_filling(self, new: S) -> None:
        was_filling = self.status in (S.FILLING, S.SUSPENDED)
        if was_filling and self.volume and 1 <= self.nozzle <= len(self.prices):
            self.totals[self.nozzle].fillings += 1
        self._set_status(new)

    def reboot(self) -> None:
        """Power cycle: the filling under way ends, but volume and amount are kept."""
        self.outbox = []
        new = REBOOT_TABLE.get(self.status)
        if new is not None:
            self._end_filling(new)
        self._send(m.DC1(self.status))
        self._send(m.DC5(m.Alarm.CPU_RESET))
        self._send(self._dc3())

    def _flowing(self) -> bool:
        if not self.nozzle_out or self.nozzle not in self.allowed:
            return False
        return self.status in (S.AUTHORISED, S.FILLING) and 1 <= self.nozzle <= len(self.prices)

    def tick(self, seconds: Decimal) -> None:
        if not self._flowing() or seconds <= 0:
            return
        if self.status is S.AUTHORISED:
            self._set_status(S.FILLING)
        self._add_litres(self.flow_lps * seconds)
        self._check_preset()

    def _add_litres(self, litres: Decimal) -> None:
        d = self.decimals
        self.litres += litres
        raw = int(self.litres.scaleb(d.volume).to_integral_value(rounding=ROUND_DOWN))
        self._set_volume(raw)

    def _set_volume(self, raw_volume: int) -> None:
        d = self.decimals
        yuan = d.litres(raw_volume) * d.unit_price(self.prices[self.nozzle - 1])
        self._set_filled(raw_volume, int(yuan.scaleb(d.amount).to_integral_value(rounding=ROUND_HALF_UP)))

    def _set_filled(self, raw_volume: int, raw_amount: int) -> None:
        if (raw_volume, raw_amount) == (self.volume, self.amount):
            return
        t = self.totals[self.nozzle]
        t.volume += raw_volume - self.volume
        t.amount += raw_amount - self.amount
        self.volume, self.amount = raw_volume, raw_amount
        self._send(m.DC2(self.volume, self.amount))

    def _check_preset(self) -> None:
        if self.preset is None or self.status is not S.FILLING:
            return
        kind, limit = self.preset
        if kind == "volume" and self.volume >= limit:
            self.litres = self.decimals.litres(limit)
            self._set_volume(limit)
        elif kind == "amount" and self.amount >= limit:
            d = self.decimals
            litres = (d.yuan(limit) / d.unit_price(self.prices[self.nozzle - 1])).quantize(
                Decimal(1).scaleb(-d.volume), rounding=ROUND_DOWN
            )
            self.litres = litres
            self._set_filled(d.raw_volume(litres), limit)
        else:
            return
        self._end_filling(S.MAX_REACHED)
