"""`platepay run --headless --demo`: the whole product on its simulators, as a user starts it."""

import collections
import json
import os
import subprocess
import sys


def test_demo_fuels_vehicles_on_several_lanes_and_charges_their_drivers(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(tmp_path / "demo.sqlite3"), "run", "--headless", "--demo", "--duration", "45"],
        capture_output=True, text=True, timeout=180, env={**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    events = [json.loads(line) for line in done.stdout.splitlines()]
    by_type = collections.defaultdict(list)
    for event in events:
        by_type[event["type"]].append(event)

    settled = by_type["settled"]
    assert len(settled) >= 5
    assert len({e["lane"] for e in settled}) >= 2
    results = {e["result"] for e in by_type["decision"]}
    assert {"green", "red", "amber"} <= results
    assert all(e["amount_fen"] > 0 and e["phone"].startswith("+86") for e in settled)
    delivered = {e["filling_id"] for e in by_type["charge_delivered"]}  # a filling's id, or a parking stay's
    stays = {e["stay_id"] for e in by_type["gate_exit"]}
    assert delivered <= {e["filling_id"] for e in settled} | stays
    assert len(delivered & {e["filling_id"] for e in settled}) >= len(settled) - 2  # the last may still be on their way
    assert not [e for e in by_type["error"] if e.get("code") == "lane_error"]
    # The car park beside the pumps: in at lane 5, out at lane 6, paid from the card, barriers up and down.
    entered = {e["stay_id"] for e in by_type["gate_entry"]}
    paid = [e for e in by_type["gate_exit"] if e["paid_by"] == "card"]
    assert entered and paid and {e["stay_id"] for e in paid} <= entered
    assert all(e["fee_fen"] > 0 and e["phone"].startswith("+86") for e in paid)
    assert {e["lane"] for e in by_type["barrier_opened"]} == {5, 6} and {e["lane"] for e in by_type["barrier_closed"]} == {5, 6}
    assert {e["why"] for e in by_type["gate_amber"]} >= {"unknown_plate"}


class RunningConsole:
    """`platepay run --headless --demo` with its stdin and stdout, as an integration drives it."""

    def __init__(self, tmp_path, duration: int = 60) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "console", "--db", str(tmp_path / "demo.sqlite3"), "run", "--headless", "--demo", "--duration", str(duration)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
            env={**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)},
        )
        self.seen: list[dict] = []

    def send(self, **command) -> None:
        self.proc.stdin.write(json.dumps(command, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def raw(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def wait(self, predicate, what: str) -> dict:
        """The first event, seen already or still to come, that matches."""
        for event in self.seen:
            if predicate(event):
                return event
        for line in self.proc.stdout:
            event = json.loads(line)
            self.seen.append(event)
            if predicate(event):
                return event
        raise AssertionError(f"the console ended without {what}; last: {self.seen[-5:]}")

    def result(self, command_id: str) -> dict:
        return self.wait(lambda e: e["type"] == "command_result" and e["command_id"] == command_id, f"an answer to {command_id}")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


def test_a_headless_console_takes_commands_on_stdin_and_answers_each(tmp_path):
    console = RunningConsole(tmp_path)
    try:
        console.raw("{not json")
        assert console.wait(lambda e: e["type"] == "command_result", "an answer")["code"] == "bad_json"
        console.send(cmd="authorise", lane=1, operator="cashier", reason="x", id="00000000-0000-0000-0000-000000000001")
        assert console.result("00000000-0000-0000-0000-000000000001")["code"] == "not_logged_in"
        console.send(cmd="login", operator="cashier", password="cashier1", id="00000000-0000-0000-0000-000000000002")
        assert console.result("00000000-0000-0000-0000-000000000002")["accepted"]
        console.send(cmd="estop", operator="cashier", reason="drill", id="00000000-0000-0000-0000-000000000003")
        assert console.result("00000000-0000-0000-0000-000000000003")["accepted"]
        assert console.wait(lambda e: e["type"] == "emergency_stop" and e["latched"], "the stop")["operator"] == "cashier"
        # Demo cars keep coming: none is authorised while the stop holds.
        decision = console.wait(lambda e: e["type"] == "decision" and e["reason"] == "emergency_stop", "a stopped decision")
        assert decision["result"] == "red"
        console.send(cmd="reset_estop", operator="cashier", reason="over", id="00000000-0000-0000-0000-000000000004")
        assert console.result("00000000-0000-0000-0000-000000000004")["code"] == "needs_manager"
        console.send(cmd="login", operator="manager", password="manager1")
        console.send(cmd="reset_estop", operator="manager", reason="drill over", id="00000000-0000-0000-0000-000000000005")
        assert console.result("00000000-0000-0000-0000-000000000005")["accepted"]
        reset = console.wait(lambda e: e["type"] == "emergency_stop" and not e["latched"], "the reset")
        stopped = console.wait(lambda e: e["type"] == "emergency_stop" and e["latched"], "the stop")
        assert reset["operator"] == "manager"
        console.wait(lambda e: e["type"] == "authorised" and e["at"] > reset["at"], "an authorisation after the reset")
        assert not [e for e in console.seen if e["type"] == "authorised" and stopped["at"] < e["at"] < reset["at"]]
    finally:
        console.close()
