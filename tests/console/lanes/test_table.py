"""The lane's table on its own: every state can be left, and an outcome never strands a lane."""

from __future__ import annotations

import itertools

from console.lanes.states import REPORTING, TIMED_STATES, TRANSITIONS, Event, State, next_step

# What an action can report: after it, the table must know the answer.
OUTCOMES = {
    "decide": {Event.DECIDED_GREEN, Event.DECIDED_RED, Event.DECIDED_AMBER},
    "reserve": {Event.RESERVED, Event.RESERVE_FAILED},
    "authorise_pump": {Event.PUMP_AUTHORISED, Event.AUTHORISE_FAILED},
    "read_figures": {Event.PUMP_FINISHED},
    "settle": {Event.SETTLED, Event.SETTLE_FAILED},
    "release": {Event.RELEASED, Event.RELEASE_FAILED},
}


def test_every_state_but_idle_waits_with_a_deadline_that_the_table_handles() -> None:
    for state in State:
        if state is State.IDLE:
            assert state not in TIMED_STATES
            continue
        assert state in TIMED_STATES, state
        assert next_step(state, Event.TIMEOUT) is not None, f"{state} has a deadline the table ignores"


def test_a_reporting_action_ends_its_list_and_every_outcome_is_handled() -> None:
    for (state, event), (new_state, actions) in TRANSITIONS.items():
        for i, action in enumerate(actions):
            if action in REPORTING and action.value in OUTCOMES:
                assert i == len(actions) - 1, f"{state}+{event}: {action} must come last"
                for outcome in OUTCOMES[action.value]:
                    assert next_step(new_state, outcome) is not None, f"{new_state} does not handle {outcome} of {action}"
        if set(actions) - {"lights_off", "clear", "next_vehicle"}:  # those touch no money and no pump
            # an action that raises becomes ACTION_FAILED: the new state must know what to do,
            # or have a deadline that takes over
            assert next_step(new_state, Event.ACTION_FAILED) is not None or new_state in TIMED_STATES


def test_letting_go_never_ends_with_the_money_held() -> None:
    for (state, event), (new_state, actions) in TRANSITIONS.items():
        if "stop_pump" in actions and state is not State.FILLING:
            assert new_state is State.RELEASING and actions[-1] == "release", f"{state}+{event}"
    assert next_step(State.RELEASING, Event.RELEASED)[0] is State.IDLE


def test_from_every_state_any_three_events_end_idle_or_waiting_on_a_deadline() -> None:
    events = list(Event)
    for start in State:
        for sequence in itertools.product(events, repeat=3):
            state = start
            for event in sequence:
                step = next_step(state, event)
                if step is not None:
                    state = step[0]
            assert state is State.IDLE or state in TIMED_STATES


def test_idle_is_reachable_from_every_state() -> None:
    reachable = {State.IDLE}
    changed = True
    while changed:
        changed = False
        for (state, _event), (new_state, _actions) in TRANSITIONS.items():
            if new_state in reachable and state not in reachable:
                reachable.add(state)
                changed = True
    assert reachable == set(State)


def test_settling_never_gives_up_and_never_releases_the_money() -> None:
    for state in (State.COMPLETED, State.SETTLING):
        for event in Event:
            step = next_step(state, event)
            if step is None:
                continue
            new_state, actions = step
            assert "release" not in actions and "stop_pump" not in actions
            assert new_state in (State.IDLE, State.COMPLETED, State.SETTLING)
            if new_state is State.IDLE:
                assert event is Event.SETTLED


def test_fuel_that_flows_while_letting_go_is_followed_and_settled() -> None:
    for event, state in ((Event.NOZZLE_OUT, State.FILLING), (Event.PROGRESS, State.FILLING), (Event.PUMP_FINISHED, State.COMPLETED)):
        assert next_step(State.RELEASING, event)[0] is state
