"""What the master knows about one pump, and the events DC transactions cause.

Pure bookkeeping, run on the bus thread only: DC blocks in, events and
follow-up requests out.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace

from drivers.pumps.dart import messages as m
from drivers.pumps.types import (
    AlarmRaised,
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

RECOVERY_BLOCKS = (
    m.encode_block([m.CD1(m.Command.RETURN_STATUS)]),
    m.encode_block([m.CD1(m.Command.RETURN_FILLING_INFORMATION)]),
)


class PumpTracker:
    def __init__(self, address: int, decimals: m.Decimals) -> None:
        self.address = address
        self.decimals = decimals
        self.state = PumpState(address)
        self.online: bool | None = None  # None until the first answer or failure
        self.tx = 0  # our next TX# towards this pump
        self.last_rx: tuple[int, bytes] | None = None
        self.pending: deque[bytes] = deque(RECOVERY_BLOCKS)  # blocks to send before the next poll
        self.recovering = True  # a finished filling read now was not seen live
        self.awaiting_final = False  # finished, final DC2 not yet read
        self.dc2_count = 0
        self.totals: dict[int, m.DC101] = {}
        self.last_reported: FillingInfo | None = None

    @property
    def filling_id(self) -> str | None:
        return self.state.filling_id

    def set_filling_id(self, filling_id: str | None) -> None:
        self.state = replace(self.state, filling_id=filling_id)

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
        return [PumpOnline(self.address)]

    def failed(self) -> list[PumpEvent]:
        if self.online is False:
            return []
        self.online = False
        self.state = replace(self.state, online=False)
        return [PumpOffline(self.address)]

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
                        self.recover()
                case m.DC101():
                    self.totals[t.counter] = t
        return events

    def _status(self, new: PumpStatus) -> list[PumpEvent]:
        old = self.state.status
        if new is old:
            return []
        self.state = replace(self.state, status=new)
        if new.finished and (old is None or old.busy or self.recovering):
            self.awaiting_final = True
            # For safety, read the final volume and amount explicitly (spec 2.3).
            self.pending.append(m.encode_block([m.CD1(m.Command.RETURN_FILLING_INFORMATION)]))
        if new is PumpStatus.RESET:
            self.awaiting_final = False
            self.last_reported = None
            self.state = replace(self.state, filling_id=None, alarm=None)
        return [StatusChanged(self.address, old, new)]

    def _filled(self, raw_volume: int, raw_amount: int) -> list[PumpEvent]:
        d = self.decimals
        self.dc2_count += 1
        self.state = replace(self.state, volume=d.litres(raw_volume), amount_fen=d.fen(raw_amount))
        status = self.state.status
        events: list[PumpEvent] = []
        if status is not None and status.busy:
            events.append(FillingProgress(self.address, self.state.volume, self.state.amount_fen))
        if self.awaiting_final and status is not None and status.finished:
            events += self._completed()
        if self.recovering and not self.awaiting_final:
            self.recovering = False
        return events

    def _completed(self) -> list[PumpEvent]:
        s = self.state
        self.awaiting_final = False
        recovered, self.recovering = self.recovering, False
        info = FillingInfo(
            self.address, s.nozzle, s.volume, s.amount_fen, s.price_fen, s.status, s.filling_id
        )
        nothing = s.volume == 0 and s.amount_fen == 0 and s.filling_id is None
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
            price_fen=self.decimals.price_fen(raw_price) if raw_price else self.state.price_fen,
        )
        if out and not was_out:
            return [NozzleOut(self.address, nozzle)]
        if was_out and not out:
            return [NozzleIn(self.address, nozzle or was_nozzle)]
        return []

    def info(self) -> FillingInfo:
        s = self.state
        return FillingInfo(self.address, s.nozzle, s.volume, s.amount_fen, s.price_fen, s.status, s.filling_id)
