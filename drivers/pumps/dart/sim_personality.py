"""How a simulated pump behaves where field pumps differ, and the faults it can be given.

Personalities come from the field (docs/protocols/dart.md, "The simulator's
pump personalities"); faults are what a bad line or a bad day does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from drivers.pumps.dart.decimals import Decimals


class TxRule(enum.Enum):
    """How a pump treats the TX# of the DATA frames it receives (docs/protocols/dart.md, TX#)."""

    LENIENT = "lenient"  # any TX#; a repeat is equal TX# and equal data
    # Only the TX# after the last accepted one (0 after power-on), NAK otherwise; a
    # repeat is the last accepted TX#, whatever the data (as intelipump's simulator).
    STRICT = "strict"
    NAK_RESET = "nak-reset"  # as strict, but after a NAK only TX# 0 is accepted


@dataclass(frozen=True)
class Personality:
    """How one kind of field pump behaves where pumps differ."""

    sequence: TxRule = TxRule.LENIENT
    decimals: Decimals = field(default_factory=Decimals)
    answers_dc7: bool = True
    short_totals: bool = False
    wrap_to_zero: bool = False  # the sequence wraps F → 0, as some captured pumps do (the spec says F → 1)


@dataclass
class Faults:
    drop: float = 0.0  # chance a received frame goes unheard
    corrupt: float = 0.0  # chance a frame is garbled on the wire (either direction)
    stall_every: float | None = None  # seconds between random stalls (--stall)
    stall_for: float = 2.0
    reboot_mid_filling: bool = False
    reboot_after_litres: Decimal = Decimal("1")
    reboot_seconds: float = 0.3  # how long a rebooting pump stays silent
    reboot_at: float | None = None  # every pump reboots once, this many seconds after start
    nak_data: frozenset[int] = frozenset()  # ordinals (1 = first) of DATA frames a pump NAKs as garbled
    # Litres every nozzle's total counter reports beyond what it dispensed (at its price in
    # amount): totals that disagree with the fillings, as a shift close must show (--totals-skew).
    totals_skew: Decimal = Decimal(0)
