"""The commands a DartBus offers, each run as a job on the bus thread.

A job may send blocks and poll its own pump until the pump confirms; the
other pumps wait for the few exchanges it takes.
"""

from __future__ import annotations

import time
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from typing import Callable, Sequence

from drivers.pumps.dart import messages as m
from drivers.pumps.types import (
    Authorisation,
    CommandRejected,
    FillingInfo,
    Preset,
    PumpStatus,
    PumpTimeout,
    Totals,
)

S = PumpStatus
_RECENT_AUTHORISATIONS = 4096

# Spec 2.1.3, "normally received in status": anything else the pump ignores,
# so we refuse it up front with a message that names the state.
ALLOWED_IN: dict[m.Command, set[PumpStatus]] = {
    m.Command.RESET: {S.FILLING_COMPLETED, S.MAX_REACHED, S.SWITCHED_OFF},
    m.Command.STOP: {S.RESET, S.AUTHORISED, S.FILLING, S.SUSPENDED, S.MAX_REACHED, S.SWITCHED_OFF},
    m.Command.SUSPEND: {S.AUTHORISED, S.FILLING},
    m.Command.RESUME: {S.SUSPENDED},
}


class DartCommands:
    """Mixed into DartBus, which provides _call, _submit, _online, _send_block, _poll, _until."""

    def _command_job(self, address: int, command: m.Command, timeout: float) -> Callable[[], None]:
        def job() -> None:
            t = self._online(address)
            self._poll(t)
            status = t.state.status
            if command in ALLOWED_IN and status not in ALLOWED_IN[command]:
                raise CommandRejected(
                    f"pump 0x{address:02X} is {status.value if status else 'unknown'}: "
                    f"{command.name} is accepted only when "
                    + ", ".join(sorted(s.value for s in ALLOWED_IN[command]))
                )
            if not self._send_block(t, m.encode_block([m.CD1(command)])):
                raise PumpTimeout(f"pump 0x{address:02X} did not acknowledge {command.name}")
            self._poll(t)

        return job

    def stop(self, address: int, timeout: float = 5.0) -> None:
        self._call(self._command_job(address, m.Command.STOP, timeout), timeout)

    def reset(self, address: int, timeout: float = 5.0) -> None:
        self._call(self._command_job(address, m.Command.RESET, timeout), timeout)

    def suspend(self, address: int, timeout: float = 5.0) -> None:
        self._call(self._command_job(address, m.Command.SUSPEND, timeout), timeout)

    def resume(self, address: int, timeout: float = 5.0) -> None:
        self._call(self._command_job(address, m.Command.RESUME, timeout), timeout)

    def switch_off(self, address: int, timeout: float = 5.0) -> None:
        self._call(self._command_job(address, m.Command.SWITCH_OFF, timeout), timeout)

    def filling_info(self, address: int, timeout: float = 5.0) -> FillingInfo:
        def job() -> FillingInfo:
            t = self._online(address)
            seen = t.dc2_count
            block = m.encode_block([m.CD1(m.Command.RETURN_FILLING_INFORMATION)])
            if not self._send_block(t, block) or not self._until(
                t, lambda: t.dc2_count > seen, time.monotonic() + timeout
            ):
                raise PumpTimeout(f"pump 0x{address:02X} did not return filling information")
            return t.info()

        return self._call(job, timeout)

    def totals(self, address: int, nozzle: int = 0, timeout: float = 5.0) -> Totals:
        if not 0 <= nozzle <= 8:
            raise ValueError(f"nozzle {nozzle}: allowed 1-8, or 0 for the whole pump")
        volume_counter = nozzle or 9
        amount_counter = 0x10 | volume_counter

        def job() -> Totals:
            t = self._online(address)
            for c in (volume_counter, amount_counter):
                t.totals.pop(c, None)
            block = m.encode_block([m.CD101(volume_counter), m.CD101(amount_counter)])
            got = lambda: volume_counter in t.totals and amount_counter in t.totals  # noqa: E731
            if not self._send_block(t, block) or not self._until(t, got, time.monotonic() + timeout):
                raise PumpTimeout(f"pump 0x{address:02X} did not return its total counters")
            vol, amo = t.totals[volume_counter], t.totals[amount_counter]
            d = t.decimals
            return Totals(address, nozzle, d.litres(vol.total), d.fen(amo.total), amo.meter1_or_fillings)

        return self._call(job, timeout)

    def update_prices(self, address: int, prices_fen: Sequence[int], timeout: float = 5.0) -> None:
        t = self._tracker(address)
        block = m.encode_block([m.CD5(tuple(t.decimals.raw_price(p) for p in prices_fen))])

        def job() -> None:
            if not self._send_block(self._online(address), block):
                raise PumpTimeout(f"pump 0x{address:02X} did not acknowledge the price update")

        self._call(job, timeout)

    # --- authorisation -------------------------------------------------------------

    def authorize(
        self,
        address: int,
        filling_id: str,
        *,
        amount_fen: int | None = None,
        volume: Decimal | None = None,
        nozzles: Sequence[int] = (),
        timeout: float = 5.0,
    ) -> Authorisation:
        preset = Preset(amount_fen=amount_fen, volume=volume)
        wanted = Authorisation(filling_id, address, preset, tuple(nozzles))
        with self._auth_lock:
            fut = self._authorisations.get(filling_id)
            if fut is None or (fut.done() and fut.exception() is not None):
                fut = self._submit(lambda: self._authorize_job(wanted, time.monotonic() + timeout))
                self._authorisations[filling_id] = fut
                while len(self._authorisations) > _RECENT_AUTHORISATIONS:
                    self._authorisations.popitem(last=False)
        try:
            done = fut.result(timeout)
        except FutureTimeout:
            raise PumpTimeout(f"pump 0x{address:02X} did not confirm authorisation {filling_id}") from None
        if done != wanted:
            raise CommandRejected(f"filling id {filling_id} was already used for {done}")
        return done

    def _authorize_job(self, a: Authorisation, deadline: float) -> Authorisation:
        t = self._online(a.address)
        self._poll(t)
        status = t.state.status
        if t.filling_id == a.filling_id and status is not S.RESET:
            return a  # an earlier attempt got through: never authorise twice
        if t.filling_id is not None and status is not None and status.busy:
            raise CommandRejected(f"pump 0x{a.address:02X} is busy with filling {t.filling_id}")
        if status is not None and status.finished:
            # The last filling must be read before RESET clears it.
            self._until(t, lambda: not t.awaiting_final, deadline)
            if not self._send_block(t, m.encode_block([m.CD1(m.Command.RESET)])):
                raise PumpTimeout(f"pump 0x{a.address:02X} did not acknowledge RESET")
            self._until(t, lambda: t.state.status is S.RESET, deadline)
        if t.state.status is not S.RESET:
            shown = t.state.status.value if t.state.status else "unknown"
            raise CommandRejected(f"pump 0x{a.address:02X} is {shown}; authorising needs reset")
        block: list = [m.CD2(a.nozzles)] if a.nozzles else []
        if a.preset.amount_fen is not None:
            block.append(m.CD4(t.decimals.raw_amount(a.preset.amount_fen)))
        elif a.preset.volume is not None:
            block.append(m.CD3(t.decimals.raw_volume(a.preset.volume)))
        block.append(m.CD1(m.Command.AUTHORIZE))
        t.set_filling_id(a.filling_id)
        if not self._send_block(t, m.encode_block(block)):
            raise PumpTimeout(f"pump 0x{a.address:02X} did not acknowledge AUTHORIZE")
        if not self._until(t, lambda: t.state.status is not S.RESET, deadline):
            raise PumpTimeout(f"pump 0x{a.address:02X} did not report AUTHORISED")
        status = t.state.status
        if status is None or not (status.busy or status.finished):
            shown = status.value if status else "unknown"
            raise CommandRejected(f"pump 0x{a.address:02X} went {shown}, not authorised")
        return a
