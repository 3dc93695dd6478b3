"""The world of the registration API's tests: the sync tests' PostgreSQL, central and stations,
and the API served for real on a free port of 127.0.0.1 with one client's key."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest

from console.central import apikeys
from console.central.api import create_app
from console.central.server import ApiServer
from tests.sync.conftest import central, make_station, pg_server  # noqa: F401  (fixtures)

CLIENT = "phone-app"


@dataclass
class Reply:
    status: int
    body: Any
    headers: http.client.HTTPMessage


@dataclass
class Api:
    server: ApiServer
    key: str

    def call(self, method: str, path: str, body: Any = None, *, key: str | None = "default", raw: bytes | None = None,
             headers: dict[str, str] | None = None) -> Reply:
        """One request over a new TCP connection; `key=None` sends no Authorization header."""
        sent = dict(headers or {})
        key = self.key if key == "default" else key
        if key is not None:
            sent["Authorization"] = f"Bearer {key}"
        payload = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        if payload is not None:
            sent.setdefault("Content-Type", "application/json")
        connection = http.client.HTTPConnection(self.server.host, self.server.port, timeout=10)
        try:
            connection.request(method, quote(path), body=payload, headers=sent)
            response = connection.getresponse()
            data = response.read()
            return Reply(response.status, json.loads(data) if data else None, response.headers)
        finally:
            connection.close()

    def register(self, name: str = "张三", phone: str = "13800138000") -> str:
        reply = self.call("POST", "/v1/users", {"name": name, "phone": phone})
        assert reply.status == 201, reply.body
        return reply.body["account_id"]

    def bind_vehicle(self, account_id: str, plate: str) -> Reply:
        return self.call("POST", f"/v1/users/{account_id}/vehicles", {"plate": plate})

    def bind_phone(self, plate: str, phone: str, slot: str, driver: str | None = None) -> Reply:
        return self.call("POST", f"/v1/vehicles/{plate}/phones", {"phone": phone, "slot": slot, "driver": driver})


@pytest.fixture
def api(central):  # noqa: F811
    with central.engine.begin() as connection:
        key = apikeys.add_key(connection, CLIENT).key
    server = ApiServer(create_app(central.engine), "127.0.0.1", 0).start()
    try:
        yield Api(server, key)
    finally:
        assert server.stop(10), "the API server did not stop"
