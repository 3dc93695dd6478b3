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
    delivered = {e["filling_id"] for e in by_type["charge_delivered"]}
    assert delivered <= {e["filling_id"] for e in settled}
    assert len(delivered) >= len(settled) - 2  # the last ones may still be on their way at the stop
    assert not [e for e in by_type["error"] if e.get("code") == "lane_error"]
