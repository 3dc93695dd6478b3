"""The one interface the console uses for a bus of dispensers."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol, Sequence, runtime_checkable

from drivers.pumps.types import Authorisation, FillingInfo, PumpListener, PumpState, Totals


@runtime_checkable
class PumpBus(Protocol):
    """A serial bus of pumps, driven by one thread that the bus owns.

    Every command blocks the caller until the pump confirmed it or `timeout`
    passed, and raises PumpUnavailable, CommandRejected or PumpTimeout.
    Events go to listeners on the bus thread: listeners must return quickly.
    """

    @property
    def addresses(self) -> tuple[int, ...]: ...

    def start(self) -> None: ...

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop the thread and close the port; the bus cannot be started again."""

    def wait_ready(self, timeout: float) -> bool:
        """True once every pump was asked for its state and last filling at start."""

    def add_listener(self, listener: PumpListener) -> None: ...

    def remove_listener(self, listener: PumpListener) -> None: ...

    def state(self, address: int) -> PumpState: ...

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
        """Authorise one filling.  Calling again with the same filling_id never
        authorises a second time: it returns the first call's result."""

    def stop(self, address: int, timeout: float = 5.0) -> None: ...

    def reset(self, address: int, timeout: float = 5.0) -> None: ...

    def suspend(self, address: int, timeout: float = 5.0) -> None: ...

    def resume(self, address: int, timeout: float = 5.0) -> None: ...

    def switch_off(self, address: int, timeout: float = 5.0) -> None: ...

    def filling_info(self, address: int, timeout: float = 5.0) -> FillingInfo: ...

    def totals(self, address: int, nozzle: int = 0, timeout: float = 5.0) -> Totals:
        """Totals of one logical nozzle, or of the whole pump for nozzle 0."""

    def update_prices(self, address: int, prices: Sequence[Decimal], timeout: float = 5.0) -> PumpState:
        """Unit prices per logical nozzle, nozzle 1 first, in yuan per litre; returns the
        state the pump reports afterwards."""

    def refresh_status(self, address: int, timeout: float = 5.0) -> PumpState:
        """Ask the pump for its status now (not the last one heard) and return it."""
