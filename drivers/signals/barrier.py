"""A car-park or toll barrier on a Modbus relay module: OPEN and CLOSE contacts, a vehicle loop input.

    barrier = Barrier(relay, BarrierSettings(unit=1, open_coil=40, close_coil=41, loop_input=0),
                      name="exit-1", listener=events.put, on_fault=alert)
    barrier.start()          # polls the loop every 50 ms on its own thread
    barrier.open()           # OPEN pulse; closes by itself once the vehicle has passed
    barrier.close()          # raises VehicleOnLoop while a vehicle is over the loop
    barrier.stop()

Real barriers refuse to close on a vehicle, but PlatePay does not count on it:
the CLOSE contact is only ever pulsed with the loop read clear, and a vehicle
that reaches the loop while the arm comes down turns it back up.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from drivers.signals.relay import RelayError, RelayModule

log = logging.getLogger(__name__)


class BarrierError(RuntimeError):
    """The barrier did not do what was asked; the subclass says why."""


class VehicleOnLoop(BarrierError):
    """close() while a vehicle is over the loop: the arm would come down on it."""


class BarrierFault(BarrierError):
    """The relay module does not answer; the barrier is left as it was."""


@dataclass(frozen=True)
class BarrierSettings:
    """How one barrier is wired to its relay module, and its timings in seconds."""

    unit: int
    open_coil: int
    close_coil: int
    loop_input: int
    # A detector wired normally-closed opens its contact for a vehicle: a broken wire then reads "occupied".
    loop_inverted: bool = False
    pulse_seconds: float = 0.5
    close_after_clear_seconds: float = 2.0
    open_timeout_seconds: float = 30.0
    # How long the arm takes to come down; a vehicle reaching the loop within it turns the arm back up.
    travel_seconds: float = 3.0
    poll_seconds: float = 0.05

    def __post_init__(self) -> None:
        for key in ("pulse_seconds", "close_after_clear_seconds", "open_timeout_seconds", "travel_seconds", "poll_seconds"):
            value = getattr(self, key)
            if not value > 0:
                raise ValueError(f"barrier {key} = {value!r}: a number of seconds above 0")
        if self.open_coil == self.close_coil:
            raise ValueError(f"barrier open_coil and close_coil are both {self.open_coil}: two separate contacts")


class BarrierState(enum.Enum):
    UNKNOWN = "unknown"  # at start and after a fault: where the arm is, nobody knows
    CLOSED = "closed"
    VEHICLE_WAITING = "vehicle_waiting"  # arm down, a vehicle on the loop in front of it
    OPEN = "open"  # arm up (or rising: no barrier here reports its arm), loop clear
    VEHICLE_ON_LOOP = "vehicle_on_loop"  # arm up, a vehicle passing under it
    CLOSING = "closing"
    FAULT = "fault"


class Trigger(enum.Enum):
    OPEN_REQUESTED = "open_requested"
    CLOSE_REQUESTED = "close_requested"
    LOOP_OCCUPIED = "loop_occupied"
    LOOP_CLEARED = "loop_cleared"
    TIMER = "timer"
    RELAY_FAILED = "relay_failed"
    RELAY_ANSWERED = "relay_answered"


class BarrierEventKind(enum.Enum):
    OPENED = "barrier_opened"
    CLOSED = "barrier_closed"
    VEHICLE_ON_LOOP = "vehicle_on_loop"
    VEHICLE_PASSED = "vehicle_passed"  # the loop cleared under a raised arm
    VEHICLE_LEFT = "vehicle_left"  # the loop cleared in front of a lowered arm: it did not pass
    FAULT = "fault"
    RECOVERED = "recovered"


@dataclass(frozen=True)
class BarrierEvent:
    barrier: str
    kind: BarrierEventKind
    state: BarrierState  # the state the barrier is in once this happened
    message: str = ""  # for FAULT: the relay's own error


class Do(enum.Enum):
    PULSE_OPEN = "pulse_open"
    PULSE_CLOSE = "pulse_close"
    WAIT_OPEN_TIMEOUT = "wait_open_timeout"
    WAIT_SETTLE = "wait_settle"
    WAIT_TRAVEL = "wait_travel"
    RELEASE_CONTACTS = "release_contacts"


S, T, Tell = BarrierState, Trigger, BarrierEventKind
Action = Do | BarrierEventKind

# The whole machine.  A pair missing here is refused (open/close) or cannot happen.
# Leaving a state cancels its timer; the WAIT actions start the next state's.
TRANSITIONS: dict[tuple[BarrierState, Trigger], tuple[BarrierState, tuple[Action, ...]]] = {
    # Where the arm is nobody knows, so it is brought down as after a vehicle: once the loop
    # has been clear for the settle time.  Each poll that finds the loop occupied restarts the wait.
    (S.UNKNOWN, T.LOOP_OCCUPIED): (S.UNKNOWN, (Do.WAIT_SETTLE,)),
    (S.UNKNOWN, T.TIMER): (S.CLOSING, (Do.PULSE_CLOSE, Do.WAIT_TRAVEL)),
    (S.UNKNOWN, T.OPEN_REQUESTED): (S.OPEN, (Do.PULSE_OPEN, Do.WAIT_OPEN_TIMEOUT, Tell.OPENED)),
    (S.UNKNOWN, T.CLOSE_REQUESTED): (S.CLOSING, (Do.PULSE_CLOSE, Do.WAIT_TRAVEL)),
    (S.CLOSED, T.LOOP_OCCUPIED): (S.VEHICLE_WAITING, (Tell.VEHICLE_ON_LOOP,)),
    (S.CLOSED, T.OPEN_REQUESTED): (S.OPEN, (Do.PULSE_OPEN, Do.WAIT_OPEN_TIMEOUT, Tell.OPENED)),
    # Sent again though closed: the arm may have been lifted by hand.
    (S.CLOSED, T.CLOSE_REQUESTED): (S.CLOSING, (Do.PULSE_CLOSE, Do.WAIT_TRAVEL)),
    (S.VEHICLE_WAITING, T.LOOP_CLEARED): (S.CLOSED, (Tell.VEHICLE_LEFT,)),
    (S.VEHICLE_WAITING, T.OPEN_REQUESTED): (S.VEHICLE_ON_LOOP, (Do.PULSE_OPEN, Tell.OPENED)),
    (S.OPEN, T.LOOP_OCCUPIED): (S.VEHICLE_ON_LOOP, (Tell.VEHICLE_ON_LOOP,)),
    (S.OPEN, T.TIMER): (S.CLOSING, (Do.PULSE_CLOSE, Do.WAIT_TRAVEL)),
    # Every open() accepted pulses and is told, even to a raised arm: it may have been lowered by hand.
    (S.OPEN, T.OPEN_REQUESTED): (S.OPEN, (Do.PULSE_OPEN, Do.WAIT_OPEN_TIMEOUT, Tell.OPENED)),
    (S.OPEN, T.CLOSE_REQUESTED): (S.CLOSING, (Do.PULSE_CLOSE, Do.WAIT_TRAVEL)),
    (S.VEHICLE_ON_LOOP, T.LOOP_CLEARED): (S.OPEN, (Do.WAIT_SETTLE, Tell.VEHICLE_PASSED)),
    (S.VEHICLE_ON_LOOP, T.OPEN_REQUESTED): (S.VEHICLE_ON_LOOP, (Do.PULSE_OPEN, Tell.OPENED)),
    # The arm is on its way down and a vehicle is under it: back up, whoever it is.
    (S.CLOSING, T.LOOP_OCCUPIED): (S.VEHICLE_ON_LOOP, (Do.PULSE_OPEN, Tell.OPENED, Tell.VEHICLE_ON_LOOP)),
    (S.CLOSING, T.TIMER): (S.CLOSED, (Tell.CLOSED,)),
    (S.CLOSING, T.OPEN_REQUESTED): (S.OPEN, (Do.PULSE_OPEN, Do.WAIT_OPEN_TIMEOUT, Tell.OPENED)),
    (S.CLOSING, T.CLOSE_REQUESTED): (S.CLOSING, ()),
    # Nothing is pulsed on recovery: the arm stays as it is until the loop has been clear a while.
    (S.FAULT, T.RELAY_ANSWERED): (S.UNKNOWN, (Do.RELEASE_CONTACTS, Do.WAIT_SETTLE, Tell.RECOVERED)),
    **{(state, T.RELAY_FAILED): (S.FAULT, (Tell.FAULT,)) for state in BarrierState if state is not S.FAULT},
}

# The loop level a state lasts through; the other level fires its LOOP_* trigger on every poll.
LASTS_WHILE_OCCUPIED: dict[BarrierState, bool | None] = {
    S.UNKNOWN: False,
    S.CLOSED: False,
    S.VEHICLE_WAITING: True,
    S.OPEN: False,
    S.VEHICLE_ON_LOOP: True,
    S.CLOSING: False,
    S.FAULT: None,
}


class Barrier:
    """One barrier.  Thread-safe: open()/close() may be called from any thread while it polls.

    The listener (and on_fault) run on whichever thread made the change, the barrier's
    own or open()/close()'s caller, after the barrier's lock is released.
    """

    def __init__(
        self,
        relay: RelayModule,
        settings: BarrierSettings,
        name: str = "barrier",
        listener: Callable[[BarrierEvent], None] | None = None,
        on_fault: Callable[[str], None] | None = None,
    ) -> None:
        self.name = name
        self.settings = settings
        self._relay = relay
        self._listener = listener
        self._on_fault = on_fault
        self._state = S.UNKNOWN
        self._occupied = False
        # UNKNOWN's wait, as though entered now: the arm comes down after a clear settle time.
        self._deadline: float | None = time.monotonic() + settings.close_after_clear_seconds
        self._releases: dict[int, float] = {}  # coil -> when its pulse ends
        self._error = ""
        self._outbox: list[BarrierEvent] = []
        self._lock = threading.RLock()
        self._delivering = threading.RLock()  # keeps events in order when two threads deliver
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._do = {
            Do.PULSE_OPEN: self._pulse_open,
            Do.PULSE_CLOSE: self._pulse_close,
            Do.WAIT_OPEN_TIMEOUT: lambda: self._wait(settings.open_timeout_seconds),
            Do.WAIT_SETTLE: lambda: self._wait(settings.close_after_clear_seconds),
            Do.WAIT_TRAVEL: lambda: self._wait(settings.travel_seconds),
            Do.RELEASE_CONTACTS: self._release_contacts,
        }

    @property
    def state(self) -> BarrierState:
        return self._state

    @property
    def loop_occupied(self) -> bool:
        """The loop as last read (at most poll_seconds ago while the barrier runs)."""
        return self._occupied

    # --- the caller's side -----------------------------------------------------------

    def open(self) -> None:
        """Pulse OPEN; the barrier closes itself after the vehicle (or the open timeout). Raises BarrierFault."""
        with self._lock:
            taken = self._fire(T.OPEN_REQUESTED)
            state = self._state
        self._deliver()
        self._wake.set()
        if not taken or state is S.FAULT:
            raise BarrierFault(f"barrier {self.name}: {self._error or 'the relay module does not answer'}")

    def close(self) -> None:
        """Pulse CLOSE now, unless the loop, read afresh, is occupied: then VehicleOnLoop. Raises BarrierFault."""
        refused: BarrierError | None = None
        with self._lock:
            self._tick()
            if self._state is S.FAULT:
                refused = BarrierFault(f"barrier {self.name}: {self._error}")
            else:
                try:
                    if not self._fire(T.CLOSE_REQUESTED):
                        refused = VehicleOnLoop(f"barrier {self.name}: a vehicle is on the loop")
                except VehicleOnLoop as exc:
                    refused = exc
                if self._state is S.FAULT:
                    refused = BarrierFault(f"barrier {self.name}: {self._error}")
        self._deliver()
        self._wake.set()
        if refused is not None:
            raise refused

    def poll(self) -> None:
        """One round: end due pulses, read the loop, run a due timer.  start() calls it every poll_seconds."""
        with self._lock:
            self._tick()
        self._deliver()

    def start(self) -> None:
        """Poll on a thread of its own until stop().  Where the arm is at start is not known:
        it is closed once the loop has been clear for close_after_clear_seconds."""
        with self._lock:
            if self._state is S.UNKNOWN:
                self._wait(self.settings.close_after_clear_seconds)
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name=f"barrier-{self.name}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop polling and let go of any contact still held; the arm stays where it is."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        with self._lock:
            if self._state is not S.FAULT:
                try:
                    self._release_contacts()
                except RelayError as exc:
                    self._fail(exc)
        self._deliver()

    def _run(self) -> None:
        while not self._stopping:
            try:
                self.poll()
            except Exception as exc:  # a bug, not the relay: say so, and keep watching the loop
                log.exception("barrier %s: poll failed", self.name)
                if self._on_fault is not None:
                    self._on_fault(f"barrier {self.name}: {exc!r}")
                self._wake.wait(1.0)
            self._wake.wait(self._until_next())
            self._wake.clear()

    def _until_next(self) -> float:
        with self._lock:
            now = time.monotonic()
            due = [self.settings.poll_seconds] + [at - now for at in self._releases.values()]
            if self._deadline is not None:
                due.append(self._deadline - now)
        return max(0.0, min(due))

    # --- the machine -----------------------------------------------------------------

    def _tick(self) -> None:
        try:
            self._end_due_pulses()
            (level,) = self._relay.read_discrete_inputs(self.settings.unit, self.settings.loop_input, 1)
        except RelayError as exc:
            self._fail(exc)
            return
        self._occupied = level != self.settings.loop_inverted
        if self._state is S.FAULT:
            self._fire(T.RELAY_ANSWERED)
        lasts = LASTS_WHILE_OCCUPIED[self._state]
        if lasts is not None and self._occupied != lasts:
            self._fire(T.LOOP_OCCUPIED if self._occupied else T.LOOP_CLEARED)
        if self._deadline is not None and time.monotonic() >= self._deadline:
            self._fire(T.TIMER)

    def _fire(self, trigger: Trigger) -> bool:
        """Run the transition's actions, then enter its state; a relay error on the way ends in FAULT instead."""
        step = TRANSITIONS.get((self._state, trigger))
        if step is None:
            return False
        next_state, actions = step
        timer_before = self._deadline
        if next_state is not self._state:
            self._deadline = None
        told: list[BarrierEventKind] = []
        try:
            for action in actions:
                if isinstance(action, Do):
                    self._do[action]()
                else:
                    told.append(action)
        except RelayError as exc:
            self._fail(exc)
            return True
        except VehicleOnLoop:
            self._deadline = timer_before
            raise
        self._state = next_state
        self._outbox.extend(BarrierEvent(self.name, kind, next_state, self._error if kind is Tell.FAULT else "") for kind in told)
        return True

    def _fail(self, exc: RelayError) -> None:
        self._error = str(exc)
        self._deadline = None
        self._fire(T.RELAY_FAILED)

    # --- actions ---------------------------------------------------------------------

    def _pulse_open(self) -> None:
        self._pulse(self.settings.open_coil, release_first=self.settings.close_coil)

    def _pulse_close(self) -> None:
        # The one place the CLOSE contact is made: the safety rule lives here, not in the callers.
        if self._occupied:
            raise VehicleOnLoop(f"barrier {self.name}: a vehicle is on the loop")
        self._pulse(self.settings.close_coil, release_first=self.settings.open_coil)

    def _pulse(self, coil: int, release_first: int) -> None:
        # Both contacts made at once means nothing defined to a barrier: let go of the other first.
        if release_first in self._releases:
            self._set(release_first, False)
            del self._releases[release_first]
        self._set(coil, True)
        self._releases[coil] = time.monotonic() + self.settings.pulse_seconds

    def _end_due_pulses(self) -> None:
        now = time.monotonic()
        for coil, at in list(self._releases.items()):
            if now >= at:
                self._set(coil, False)
                del self._releases[coil]

    def _release_contacts(self) -> None:
        # A pulse cut short by the fault may still hold its contact on the module.
        for coil in (self.settings.open_coil, self.settings.close_coil):
            self._set(coil, False)
        self._releases.clear()

    def _set(self, coil: int, on: bool) -> None:
        self._relay.set_coils(self.settings.unit, coil, [on])

    def _wait(self, seconds: float) -> None:
        self._deadline = time.monotonic() + seconds

    def _deliver(self) -> None:
        with self._delivering:
            with self._lock:
                events, self._outbox = self._outbox, []
            for event in events:
                try:
                    if event.kind is Tell.FAULT and self._on_fault is not None:
                        self._on_fault(event.message)
                    if self._listener is not None:
                        self._listener(event)
                except Exception:
                    # A listener's bug must not stop the loop being watched.
                    log.exception("barrier %s: listener failed on %s", self.name, event.kind)
