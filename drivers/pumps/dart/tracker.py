"""What the master knows about one pump, and the events DC transactions cause.

Pure bookkeeping, run on the bus thread only: DC blocks in, events and
follow-up requests out.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import replace
from decimal import Decimal
from typing import Callable, Sequence

from drivers.pumps.dart import messages as m
from drivers.pumps.dart.decimals import Decimals, DecimalsError
from drivers.pumps.types import (
    AlarmRaised,
    DataRefused,
    DecimalsDisagree,
    FillingCompleted,
    FillingInfo,
    FillingProgress,
    NozzleIn,
    NozzleOut,
    PumpEvent,
    PumpOffline,
    PumpOnline,
    PumpState,
    PumpStatus,
    StatusChanged,
)

log = logging.getLogger(__name__)

PARAMETERS_REQUEST = m.encode_block([m.CD1(m.Command.RETURN_PUMP_PARAMETERS)])
STATUS_REQUEST = m.encode_block([m.CD1(m.Command.RETURN_STATUS)])
FILLING_REQUEST = m.encode_block([m.CD1(m.Command.RETURN_FILLING_INFORMATION)])
# Decimal positions first: every figure after them is read with them.
RECOVERY_BLOCKS = (PARAMETERS_REQUEST, STATUS_REQUEST, FILLING_REQUEST)
# A pump without DC7 (not every DART pump has it) acknowledges the request and
# says nothing; after this many answered polls the configured decimals stand.
PARAMETERS_POLLS = 3
# A link reported up or down this many times within the window is flapping: further
# changes are held back and reported once a window, with their count.
FLAP_REPORTS = 3
FLAP_WINDOW_SECONDS = 10.0
# A pump that refused a data frame under every TX# is not sent data again before this.
REFUSED_BACKOFF_SECONDS = 1.0


class PumpTracker:
    def __init__(
        self,
        address: int,
        decimals: Decimals,
        prices: Sequence[Decimal] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.address = address
        self.configured_decimals = decimals
        self.decimals = decimals
        self.prices = tuple(prices)  # yuan per litre, nozzle 1 first, downloaded when NOT PROGRAMMED
        self._clock = clock
        self.state = PumpState(address)
        self.online: bool | None = None  # None until the first answer or failure
        self.tx = 0  # our next TX# towards this pump; 0 after a start or a reboot, as controllers do
        self.last_rx: tuple[int, bytes] | None = None
        # Blocks to send before the next poll.  The first one is a spare RETURN STATUS:
        # a pump that spots repeats by TX# alone takes our opening TX# 0 for a repeat
        # when the master before us last used 0, acknowledges it and does nothing.
        self.pending: deque[bytes] = deque((STATUS_REQUEST, *RECOVERY_BLOCKS))
        self.recovering = True  # a finished filling read now was not seen live
        self.awaiting_final = False  # finished, final DC2 not yet read
        self.parameters_polls: int | None = None  # answered polls left for a DC7; None: not asked
        self.dc2_count = 0
        self.polls = 0
        self.totals: dict[int, m.DC101] = {}
        self.prices_read: tuple[Decimal, ...] | None = None  # the last DC103, yuan per litre
        self.last_reported: FillingInfo | None = None
        self.data_after = 0.0  # monotonic time before which no data is sent (after a refusal)
        self._reported_online: bool | None = None
        self._reports: deque[float] = deque(maxlen=FLAP_REPORTS)
        self._held_changes = 0

    @property
    def filling_id(self) -> str | None:
        return self.state.filling_id

    def set_filling_id(self, filling_id: str | None) -> None:
        self.state = replace(self.state, filling_id=filling_id)

    @property
    def decimals_settled(self) -> bool:
        """True once the pump's DC7 was read, or it had its chance to send one."""
        return self.parameters_polls is None and PARAMETERS_REQUEST not in self.pending

    @property
    def settled(self) -> bool:
        """Asked for its state and last filling since it came (back) online, and answered."""
        return not self.pending and self.decimals_settled and not self.awaiting_final

    # --- link health ---------------------------------------------------------

    def answered(self) -> list[PumpEvent]:
        if self.online:
            return []
        came_back = self.online is False
        self.online = True
        self.state = replace(self.state, online=True)
        if came_back:
            # It may have rebooted or finished a filling while we could not hear it.
            self.recover()
        return self._link_changed()

    def failed(self) -> list[PumpEvent]:
        if self.online is False:
            return []
        self.online = False
        self.state = replace(self.state, online=False)
        return self._link_changed()

    def _flapping(self) -> bool:
        full = len(self._reports) == FLAP_REPORTS
        return full and self._clock() - self._reports[0] < FLAP_WINDOW_SECONDS

    def _link_changed(self) -> list[PumpEvent]:
        if self._flapping():
            self._held_changes += 1
            return []
        return self._report_link()

    def flush_link(self) -> list[PumpEvent]:
        """The state of a flapping link, with how often it changed unreported, once
        its window allows another report (even when it ended where it was reported)."""
        if self.online is None or self._flapping():
            return []
        if self.online is self._reported_online and not self._held_changes:
            return []
        return self._report_link()

    def _report_link(self) -> list[PumpEvent]:
        flaps, self._held_changes = self._held_changes, 0
        self._reported_online = self.online
        self._reports.append(self._clock())
        return [PumpOnline(self.address, flaps) if self.online else PumpOffline(self.address, flaps)]

    def acknowledged(self, block: bytes) -> list[PumpEvent]:
        """The pump accepted a data frame carrying `block`."""
        if block == PARAMETERS_REQUEST:
            self.parameters_polls = PARAMETERS_POLLS
        if self.state.data_refused:
            self.state = replace(self.state, data_refused=False)
        return []

    def refused(self) -> list[PumpEvent]:
        """Every TX# was NAKed: the pump hears us but will not take data."""
        self.tx = 0
        self.data_after = self._clock() + REFUSED_BACKOFF_SECONDS
        if self.state.data_refused:
            return []
        self.state = replace(self.state, data_refused=True)
        return [DataRefused(self.address)]

    def polled(self) -> None:
        self.polls += 1
        if self.parameters_polls is not None:
            self.parameters_polls -= 1
            if self.parameters_polls <= 0:
                self.parameters_polls = None
                log.info("pump 0x%02X sends no DC7: decimals %s as configured", self.address, self.decimals)

    def recover(self) -> None:
        self.recovering = True
        self.last_rx = None
        self.pending.extend(b for b in RECOVERY_BLOCKS if b not in self.pending)

    # --- application data ------------------------------------------------------

    def apply(self, transactions: list) -> list[PumpEvent]:
        events: list[PumpEvent] = []
        for t in transactions:
            match t:
                case m.DC1(status=new):
                    events += self._status(new)
                case m.DC2(volume=v, amount=a):
                    events += self._filled(v, a)
                case m.DC3(price=p, nozzle=n, nozzle_out=out):
                    events += self._nozzle(p, n, out)
                case m.DC5(code=c):
                    self.state = replace(self.state, alarm=c)
                    events.append(AlarmRaised(self.address, c))
                    if c == m.Alarm.CPU_RESET:
                        self.tx = 0  # a rebooted pump starts its sequence again
                        self.recover()
                case m.DC7(decimals=d):
                    events += self._parameters(d)
                case m.DC101():
                    self.totals[t.counter] = t
                case m.DC103(prices=raw):
                    self.prices_read = tuple(self.decimals.unit_price(p) for p in raw)
                case m.Unknown(trans=trans, data=data, reason=reason):
                    log.info("pump 0x%02X: TRANS 0x%02X skipped (%s): %s", self.address, trans, reason, data.hex(" "))
        return events

    def _parameters(self, reported: Decimals) -> list[PumpEvent]:
        self.parameters_polls = None
        self.decimals = reported
        if reported == self.configured_decimals:
            return []
        log.warning(
            "pump 0x%02X reports decimals %s, configured %s: the pump's are used",
            self.address, reported, self.configured_decimals,
        )
        return [DecimalsDisagree(self.address, str(self.configured_decimals), str(reported))]

    def _status(self, new: PumpStatus) -> list[PumpEvent]:
        old = self.state.status
        if new is old:
            return []
        if new is PumpStatus.NOT_PROGRAMMED and self.prices:
            self._program_prices()
        self.state = replace(self.state, status=new)
        if new.finished and (old is None or old.busy or self.recovering):
            self.awaiting_final = True
            # For safety, read the final volume and amount explicitly (spec 2.3).
            self.pending.append(FILLING_REQUEST)
        if new is PumpStatus.RESET:
            self.awaiting_final = False
            self.last_reported = None
            self.state = replace(self.state, filling_id=None, alarm=None)
        return [StatusChanged(self.address, old, new)]

    def _program_prices(self) -> None:
        try:
            block = m.encode_block([m.CD5(tuple(self.decimals.raw_price(p) for p in self.prices))])
        except DecimalsError as exc:
            log.error("pump 0x%02X is not programmed and its prices cannot be sent: %s", self.address, exc)
            return
        if block not in self.pending:
            log.info("pump 0x%02X is not programmed: downloading prices %s", self.address, self.prices)
            self.pending.append(block)

    def _filled(self, raw_volume: int, raw_amount: int) -> list[PumpEvent]:
        d = self.decimals
        self.dc2_count += 1
        self.state = replace(self.state, volume=d.litres(raw_volume), amount=d.yuan(raw_amount))
        status = self.state.status
        events: list[PumpEvent] = []
        if status is not None and status.busy:
            events.append(FillingProgress(self.address, self.state.volume, self.state.amount))
        if self.awaiting_final and status is not None and status.finished:
            events += self._completed()
        if self.recovering and not self.awaiting_final:
            self.recovering = False
        return events

    def _completed(self) -> list[PumpEvent]:
        s = self.state
        self.awaiting_final = False
        recovered, self.recovering = self.recovering, False
        info = self.info()
        nothing = s.volume == 0 and s.amount == 0 and s.filling_id is None
        if nothing or info == self.last_reported:
            return []
        self.last_reported = info
        return [FillingCompleted(info, recovered=recovered)]

    def _nozzle(self, raw_price: int, nozzle: int, out: bool) -> list[PumpEvent]:
        was_out, was_nozzle = self.state.nozzle_out, self.state.nozzle
        self.state = replace(
            self.state,
            nozzle=nozzle or was_nozzle,
            nozzle_out=out,
            price=self.decimals.unit_price(raw_price) if raw_price else self.state.price,
        )
        if out and not was_out:
            return [NozzleOut(self.address, nozzle)]
        if was_out and not out:
            return [NozzleIn(self.address, nozzle or was_nozzle)]
        return []

    def info(self) -> FillingInfo:
        s = self.state
        return FillingInfo(self.address, s.nozzle, s.volume, s.amount, s.price, s.status, s.filling_id)
