"""The commands a DartBus offers, each run as a job on the bus thread.

A job is a generator: it does one exchange with its own pump and yields, and
while it waits for the pump to confirm, the bus round keeps polling every pump.
"""

from __future__ import annotations

import time
from concurrent.futures import TimeoutError as FutureTimeout
from decimal import Decimal
from typing import Generator, Sequence

from drivers.pumps.dart import messages as m
from drivers.pumps.types import (
    Authorisation,
    CommandRejected,
    FillingInfo,
    Preset,
    PumpState,
    PumpStatus,
    PumpTimeout,
    Totals,
)

S = PumpStatus
_RECENT_AUTHORISATIONS = 4096
# Answered polls after RETURN PRICES without a DC103: the pump does not give its prices.
PRICE_POLLS = 3

# Spec 2.1.3, "normally received in status": anything else the pump ignores,
# so we refuse it up front with a message that names the state.  A pump may
# stay AUTHORISED or FILLING after SUSPEND (spec 2.1.1), so RESUME is sent there too.
ALLOWED_IN: dict[m.Command, set[PumpStatus]] = {
    m.Command.RESET: {S.FILLING_COMPLETED, S.MAX_REACHED, S.SWITCHED_OFF},
    m.Command.STOP: {S.RESET, S.AUTHORISED, S.FILLING, S.SUSPENDED, S.MAX_REACHED, S.SWITCHED_OFF},
    m.Command.SUSPEND: {S.AUTHORISED, S.FILLING},
    m.Command.RESUME: {S.SUSPENDED, S.AUTHORISED, S.FILLING},
}
# States from which a new filling starts with RESET.
NEEDS_RESET = {S.FILLING_COMPLETED, S.MAX_REACHED, S.SWITCHED_OFF}


def _shown(status: PumpStatus | None) -> str:
    return status.value if status else "unknown"


def _require_status(t) -> PumpStatus:
    """The pump's status; a command to a pump whose status we never heard is refused."""
    if t.state.status is not None:
        return t.state.status
    if t.state.data_refused:
        raise CommandRejected(
            f"pump 0x{t.address:02X} refused every data frame, so its status is unknown: it answers polls "
            "but takes no data (another controller on the line, or a pump that needs a power cycle)"
        )
    raise CommandRejected(f"pump 0x{t.address:02X} has not reported its status yet")


class DartCommands:
    """Mixed into DartBus, which provides _call, _submit, _online, _exchange, _wait, _fresh."""

    def _command_job(self, address: int, command: m.Command, timeout: float) -> Generator:
        deadline = time.monotonic() + timeout
        t = self._online(address)
        yield from self._fresh(t, deadline)
        status = _require_status(t)
        if command in ALLOWED_IN and status not in ALLOWED_IN[command]:
            raise CommandRejected(
                f"pump 0x{address:02X} is {_shown(status)}: {command.name} is accepted only when "
                + ", ".join(sorted(s.value for s in ALLOWED_IN[command]))
            )
        yield from self._exchange(t, m.encode_block([m.CD1(command)]), command.name)
        yield from self._fresh(t, deadline)

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

    def refresh_status(self, address: int, timeout: float = 5.0):
        """Ask the pump for DC1/DC3 now and return the state it then reports."""

        def job() -> Generator:
            deadline = time.monotonic() + timeout
            t = self._online(address)
            yield from self._exchange(t, m.encode_block([m.CD1(m.Command.RETURN_STATUS)]), "RETURN STATUS")
            yield from self._fresh(t, deadline)
            return t.state

        return self._call(job(), timeout)

    def filling_info(self, address: int, timeout: float = 5.0) -> FillingInfo:
        def job() -> Generator:
            deadline = time.monotonic() + timeout
            t = self._online(address)
            seen = t.dc2_count
            yield from self._exchange(
                t, m.encode_block([m.CD1(m.Command.RETURN_FILLING_INFORMATION)]), "RETURN FILLING INFORMATION"
            )
            if not (yield from self._wait(t, lambda: t.dc2_count > seen, deadline)):
                raise PumpTimeout(f"pump 0x{address:02X} did not return filling information")
            return t.info()

        return self._call(job(), timeout)

    def totals(self, address: int, nozzle: int = 0, timeout: float = 5.0) -> Totals:
        if not 0 <= nozzle <= 8:
            raise ValueError(f"nozzle {nozzle}: allowed 1-8, or 0 for the whole pump")
        volume_counter = nozzle or 9
        amount_counter = 0x10 | volume_counter

        def job() -> Generator:
            deadline = time.monotonic() + timeout
            t = self._online(address)
            for c in (volume_counter, amount_counter):
                t.totals.pop(c, None)
            block = m.encode_block([m.CD101(volume_counter), m.CD101(amount_counter)])
            yield from self._exchange(t, block, "REQUEST TOTAL COUNTERS")
            got = lambda: volume_counter in t.totals and amount_counter in t.totals  # noqa: E731
            if not (yield from self._wait(t, got, deadline)):
                raise PumpTimeout(f"pump 0x{address:02X} did not return its total counters")
            vol, amo = t.totals[volume_counter], t.totals[amount_counter]
            d = t.decimals
            return Totals(address, nozzle, d.litres(vol.total), d.yuan(amo.total), amo.meter1_or_fillings)

        return self._call(job(), timeout)

    def update_prices(self, address: int, prices: Sequence[Decimal], timeout: float = 5.0) -> PumpState:
        """Download unit prices (yuan per litre, nozzle 1 first); return the state the
        pump reports afterwards (programmed, and the selected nozzle's price)."""

        def job() -> Generator:
            deadline = time.monotonic() + timeout
            t = self._online(address)
            yield from self._wait(t, lambda: t.decimals_settled or t.state.data_refused, deadline)
            if t.state.status in (S.FILLING, S.SUSPENDED):
                raise CommandRejected(f"pump 0x{address:02X} is {_shown(t.state.status)}: prices change between fillings")
            block = m.encode_block([m.CD5(tuple(t.decimals.raw_price(p) for p in prices))])
            yield from self._exchange(t, block, "PRICE UPDATE")
            # Taken: these are the prices it gets again if it zeroises later, not the start's.
            t.prices = tuple(prices)
            if t.state.status is S.NOT_PROGRAMMED:
                yield from self._wait(t, lambda: t.state.status is not S.NOT_PROGRAMMED, deadline)
            yield from self._exchange(t, m.encode_block([m.CD1(m.Command.RETURN_STATUS)]), "RETURN STATUS")
            yield from self._fresh(t, deadline)
            return t.state

        state = self._call(job(), timeout)
        if state.status is S.NOT_PROGRAMMED:
            raise CommandRejected(f"pump 0x{address:02X} took the prices but is still not programmed")
        return state

    def read_prices(self, address: int, timeout: float = 2.0) -> tuple[Decimal, ...] | None:
        """The unit prices the pump holds (RETURN PRICES → DC103), or None where the pump
        does not answer that request: only pumps configured for it do (spec §3.2.11)."""

        def job() -> Generator:
            deadline = time.monotonic() + timeout
            t = self._online(address)
            t.prices_read = None
            yield from self._exchange(t, m.encode_block([m.CD1(m.Command.RETURN_PRICES)]), "RETURN PRICES")
            polls = t.polls
            got = lambda: t.prices_read is not None or t.polls > polls + PRICE_POLLS  # noqa: E731
            yield from self._wait(t, got, deadline)
            return t.prices_read

        return self._call(job(), timeout)

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
                fut = self._submit(self._authorize_job(wanted, time.monotonic() + timeout))
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

    def _authorize_job(self, a: Authorisation, deadline: float) -> Generator:
        t = self._online(a.address)
        # The preset is written in the pump's decimals: know them first.
        yield from self._wait(t, lambda: t.decimals_settled or t.state.data_refused, deadline)
        yield from self._fresh(t, deadline)
        status = _require_status(t)
        if t.filling_id == a.filling_id and status is not S.RESET:
            return a  # an earlier attempt got through: never authorise twice
        if t.filling_id is not None and status is not None and status.busy:
            raise CommandRejected(f"pump 0x{a.address:02X} is busy with filling {t.filling_id}")
        if status in NEEDS_RESET:
            # The last filling must be read before RESET clears it.
            yield from self._wait(t, lambda: not t.awaiting_final, deadline)
            yield from self._exchange(t, m.encode_block([m.CD1(m.Command.RESET)]), "RESET")
            yield from self._wait(t, lambda: t.state.status is S.RESET, deadline)
        if t.state.status is not S.RESET:
            raise CommandRejected(f"pump 0x{a.address:02X} is {_shown(t.state.status)}; authorising needs reset")
        block: list = [m.CD2(a.nozzles)] if a.nozzles else []
        if a.preset.amount_fen is not None:
            block.append(m.CD4(self._preset_raw(t, t.decimals.raw_amount(a.preset.amount_fen), a)))
        elif a.preset.volume is not None:
            block.append(m.CD3(self._preset_raw(t, t.decimals.raw_volume(a.preset.volume), a)))
        block.append(m.CD1(m.Command.AUTHORIZE))
        t.set_filling_id(a.filling_id)
        yield from self._exchange(t, m.encode_block(block), "AUTHORIZE")
        if not (yield from self._wait(t, lambda: t.state.status is not S.RESET, deadline)):
            raise PumpTimeout(f"pump 0x{a.address:02X} did not report AUTHORISED")
        status = t.state.status
        if status is None or not (status.busy or status.finished):
            raise CommandRejected(f"pump 0x{a.address:02X} went {_shown(status)}, not authorised")
        return a

    @staticmethod
    def _preset_raw(t, raw: int, a: Authorisation) -> int:
        """The preset in the pump's units; one that rounds down to nothing is refused."""
        if raw <= 0:
            raise CommandRejected(
                f"pump 0x{a.address:02X} counts in decimals {t.decimals}: the preset is below its smallest step"
            )
        return raw
