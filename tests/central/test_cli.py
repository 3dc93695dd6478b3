"""Head office makes a client's key and serves the API from the command line; no password or key leaks."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from console.central.api import create_app
from console.central.db import create_central_engine
from console.central.server import ApiServer
from console.cli import main
from tests.central.conftest import Api

ROOT = Path(__file__).resolve().parents[2]
# Trust authentication ignores the password, so a made-up one shows it is never printed.
PASSWORD = "admin-secret-xyz"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PLATEPAY_CONFIG", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))

    def run(*args: str):
        code = main(["--json", *args])
        captured = capsys.readouterr()
        lines = [line for line in captured.out.splitlines() if line.strip()]
        return code, (json.loads(lines[-1]) if lines else None), captured.out + captured.err

    return run


def test_a_key_is_made_shown_once_listed_without_it_and_revoked(central, cli):
    url = make_url(central.url).set(password=PASSWORD).render_as_string(hide_password=False)
    code, made, output = cli("central", "apikey", "add", "payment-platform", "--url", url)
    assert code == 0 and made["client"] == "payment-platform" and made["key"].startswith(f"ppk_{made['id']}_")
    assert PASSWORD not in output

    code, listed, output = cli("central", "apikey", "list", "--url", url)
    assert code == 0 and [(k["id"], k["client"], k["revoked_at"]) for k in listed["keys"]] == [(made["id"], "payment-platform", None)]
    assert made["key"].split("_", 2)[2] not in output

    code, revoked, _ = cli("central", "apikey", "revoke", made["id"], "--url", url)
    assert code == 0 and revoked["revoked_at"]
    code, _, output = cli("central", "apikey", "revoke", made["id"], "--url", url)
    assert code == 1 and "already revoked" in output
    code, _, output = cli("central", "apikey", "add", "no spaces please", "--url", url)
    assert code == 1 and "not a client name" in output


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "service-manager"])
def test_central_serve_answers_on_its_port_and_stops_when_told(central, cli, tmp_path, stop):
    url = make_url(central.url).set(password=PASSWORD).render_as_string(hide_password=False)
    _, made, _ = cli("central", "apikey", "add", "phone-app", "--url", url)
    env = {**os.environ, "PLATEPAY_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "--json", "central", "serve", "--url", url, "--listen", "127.0.0.1:0"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        started = json.loads(process.stdout.readline())  # printed once the socket is bound
        host, port = started["listen"].removeprefix("http://").rsplit(":", 1)
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.request("POST", "/v1/users", body=json.dumps({"name": "张三", "phone": "13800138000"}),
                           headers={"Authorization": f"Bearer {made['key']}", "Content-Type": "application/json"})
        reply = connection.getresponse()
        assert reply.status == 201 and json.loads(reply.read())["card_no"]
        connection.close()
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert started["url"].endswith(make_url(central.url).database) and "***" in started["url"]
    everything = json.dumps(started) + out + err
    assert PASSWORD not in everything and made["key"] not in everything
    assert "phone-app POST /v1/users" in err  # the access line names the client, not its key


def test_a_database_that_does_not_answer_is_a_503_without_a_traceback(central):
    away = make_url(central.url).set(port=1, password=PASSWORD)
    engine = create_central_engine(away)
    server = ApiServer(create_app(engine), "127.0.0.1", 0).start()
    try:
        reply = Api(server, "ppk_000000000000_" + "A" * 43).call("GET", "/v1/vehicles/京A00001")
    finally:
        assert server.stop(10)
        engine.dispose()
    assert (reply.status, reply.body["error"]) == (503, "central_unavailable")
    assert PASSWORD not in json.dumps(reply.body) and "Traceback" not in json.dumps(reply.body)


def test_serve_refuses_a_database_not_at_the_schema_it_needs(pg_server, cli):
    code, _, output = cli("central", "serve", "--url", pg_server, "--listen", "127.0.0.1:0")
    assert code == 1 and "central init" in output
