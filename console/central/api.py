"""The registration API at head office: JSON over HTTP, for the phone app and the payment platform.

A WSGI application (Falcon) over central's database; `console.central.server`
serves it.  Every request carries `Authorization: Bearer KEY` (a key made by
`platepay central apikey add`); each write runs in one central transaction
with its audit row, the client's name as operator.  Refusals are JSON
`{"error": code, "message": text}` with the status that fits; an unexpected
failure is logged here with its traceback and answered 500 without it.

Endpoints (docs/registration.md has examples):

    POST   /v1/users                   {name, phone[, account_id]}      → 201 account and card
    POST   /v1/users/{id}/vehicles     {plate[, card_no]}               → 201 vehicle
    GET    /v1/vehicles/{plate}                                         → 200 owner, card, phones
    DELETE /v1/vehicles/{plate}                                         → 200 plate unbound, phones removed
    POST   /v1/vehicles/{plate}/phones {phone, slot[, driver]}          → 201 binding
    DELETE /v1/phones/{id}                                              → 200 binding removed
"""

from __future__ import annotations

import logging
import uuid
from typing import Any
from urllib.parse import quote

import falcon
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from console.central import apikeys, registration
from console.domain.phones import InvalidPhone, normalize_phone
from console.domain.slots import Slot
from drivers.plates.syntax import InvalidPlate, Plate, Region, typed_plate

log = logging.getLogger("platepay.central.api")

MAX_BODY_BYTES = 64 * 1024  # a registration request is a few hundred bytes

_STATUS_OF = {registration.Invalid: 422, registration.NotFound: 404, registration.Conflict: 409}
# Codes for the framework's own refusals (routing, methods, bodies).
_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 411: "length_required",
               413: "body_too_large", 415: "unsupported_media_type"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None, **values: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.values = status, code, message, headers or {}, values


# --- parsing the edge: JSON fields into typed values ------------------------------------------------------------


class Body:
    """A request's JSON object; each field read is checked, and a field nobody reads is refused."""

    def __init__(self, req: falcon.Request, allowed: set[str]) -> None:
        if (req.content_length or 0) > MAX_BODY_BYTES:
            raise ApiError(413, "body_too_large", f"the body is over {MAX_BODY_BYTES} bytes")
        try:
            data = req.get_media()
        except falcon.MediaNotFoundError:
            raise ApiError(400, "empty_body", "the request needs a JSON object body") from None
        except falcon.MediaMalformedError:
            raise ApiError(400, "invalid_json", "the body is not valid JSON") from None
        if not isinstance(data, dict):
            raise ApiError(422, "invalid_body", "the body must be a JSON object")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ApiError(422, "unknown_field", f"unknown field {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}",
                           field=unknown[0])
        self.data = data

    def text(self, name: str, *, max_length: int, required: bool = True) -> str | None:
        value = self.data.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise ApiError(422, "missing_field" if value is None else "invalid_field",
                           f"{name!r} must be a non-empty string", field=name)
        value = value.strip()
        if len(value) > max_length:
            raise ApiError(422, "invalid_field", f"{name!r} is longer than {max_length} characters", field=name)
        return value


def parse_plate(text: str, region: Region) -> Plate:
    try:
        return typed_plate(text, region)
    except InvalidPlate as exc:
        raise ApiError(422, "invalid_plate", str(exc), plate=text) from None


def parse_phone(text: str) -> str:
    try:
        return normalize_phone(text)
    except InvalidPhone as exc:
        raise ApiError(422, "invalid_phone", str(exc), phone=text) from None


def parse_slot(text: str) -> Slot:
    try:
        return Slot.parse(text)
    except ValueError as exc:
        raise ApiError(422, "invalid_slot", str(exc), slot=text) from None


def parse_id(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ApiError(422, "invalid_id", f"the {what} id {text!r} is not a UUID", id=text) from None


# --- authentication ---------------------------------------------------------------------------------------------


class Authentication:
    """Every request names its client by a key; the client's name is `req.context.client`."""

    _CHALLENGE = {"WWW-Authenticate": 'Bearer realm="platepay"'}

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def process_request(self, req: falcon.Request, resp: falcon.Response) -> None:
        scheme, _, key = (req.get_header("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise ApiError(401, "unauthorized", "send the client's key as 'Authorization: Bearer KEY'", self._CHALLENGE)
        with self._engine.connect() as connection:
            client = apikeys.client_of(connection, key.strip())
        if client is None:
            raise ApiError(401, "unauthorized", "the key is not valid (mistyped, or revoked)", self._CHALLENGE)
        req.context.client = client

    def process_response(self, req: falcon.Request, resp: falcon.Response, resource, req_succeeded: bool) -> None:
        # An access line without the Authorization header: the key never reaches a log.
        log.info("%s %s %s → %s", getattr(req.context, "client", "-"), req.method, req.path, resp.status_code)


# --- resources --------------------------------------------------------------------------------------------------


class _Resource:
    def __init__(self, engine: Engine, region: Region) -> None:
        self.engine, self.region = engine, region


class Users(_Resource):
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        body = Body(req, {"name", "phone", "account_id"})
        name = body.text("name", max_length=120)
        phone = parse_phone(body.text("phone", max_length=32))
        given = body.text("account_id", max_length=36, required=False)
        account_id = parse_id(given, "account") if given else None
        with self.engine.begin() as connection:
            done = registration.register_user(connection, name, phone, req.context.client, account_id)
        resp.status = 201 if done.created else 200
        resp.media = {"account_id": str(done.account_id), "card_no": done.card_no, "name": name, "phone": phone}


class UserVehicles(_Resource):
    def on_post(self, req: falcon.Request, resp: falcon.Response, account_id: str) -> None:
        account = parse_id(account_id, "account")
        body = Body(req, {"plate", "card_no"})
        plate = parse_plate(body.text("plate", max_length=32), self.region)
        card_no = body.text("card_no", max_length=32, required=False)
        with self.engine.begin() as connection:
            vehicle_id, card_no, created = registration.bind_vehicle(connection, account, plate, req.context.client, card_no)
        resp.status = 201 if created else 200
        resp.location = f"/v1/vehicles/{quote(plate.text)}"
        resp.media = {"vehicle_id": str(vehicle_id), "plate": plate.text, "account_id": str(account), "card_no": card_no}


class Vehicle(_Resource):
    def on_get(self, req: falcon.Request, resp: falcon.Response, plate: str) -> None:
        with self.engine.connect() as connection:
            view = registration.vehicle_view(connection, parse_plate(plate, self.region))
        resp.media = {
            "vehicle_id": str(view.id), "plate": view.plate, "card_no": view.card_no,
            "account": {"id": str(view.account_id), "name": view.account_name},
            "phones": [_phone_json(p.id, view.plate, p.phone, p.slot, p.driver) for p in view.phones],
        }

    def on_delete(self, req: falcon.Request, resp: falcon.Response, plate: str) -> None:
        typed = parse_plate(plate, self.region)
        with self.engine.begin() as connection:
            vehicle_id, removed = registration.unbind_vehicle(connection, typed, req.context.client)
        resp.media = {"vehicle_id": str(vehicle_id), "plate": typed.text, "unbound": True, "phones_removed": removed}


class VehiclePhones(_Resource):
    def on_post(self, req: falcon.Request, resp: falcon.Response, plate: str) -> None:
        typed = parse_plate(plate, self.region)
        body = Body(req, {"phone", "slot", "driver"})
        phone = parse_phone(body.text("phone", max_length=32))
        slot = parse_slot(body.text("slot", max_length=16))
        driver = body.text("driver", max_length=64, required=False)
        with self.engine.begin() as connection:
            binding_id = registration.bind_phone(connection, typed, phone, slot, driver, req.context.client)
        resp.status = 201
        resp.media = _phone_json(binding_id, typed.text, phone, slot, driver)


class Phone(_Resource):
    def on_delete(self, req: falcon.Request, resp: falcon.Response, binding_id: str) -> None:
        binding = parse_id(binding_id, "phone binding")
        with self.engine.begin() as connection:
            removed = registration.unbind_phone(connection, binding, req.context.client)
        resp.media = {"id": str(binding), "deleted": True, "already": not removed}


def _phone_json(binding_id: uuid.UUID, plate: str, phone: str, slot: Slot, driver: str | None) -> dict[str, Any]:
    return {"id": str(binding_id), "plate": plate, "phone": phone, "slot": str(slot), "driver": driver}


# --- errors -----------------------------------------------------------------------------------------------------


def _answer(resp: falcon.Response, status: int, code: str, message: str, values: dict[str, Any] | None = None) -> None:
    resp.status = status
    resp.media = {"error": code, "message": message, **({"details": values} if values else {})}


def _api_error(req, resp, ex: ApiError, params) -> None:
    resp.set_headers(ex.headers)
    _answer(resp, ex.status, ex.code, ex.message, ex.values)


def _refused(req, resp, ex: registration.RegistrationError, params) -> None:
    _answer(resp, _STATUS_OF.get(type(ex), 409), ex.code, ex.message, ex.values)


def _http_error(req, resp, ex: falcon.HTTPError, params) -> None:
    status = ex.status_code
    headers = ex.headers or {}
    resp.set_headers(headers)
    message = ex.description or {
        404: f"no endpoint {req.path}: the endpoints are listed in docs/registration.md",
        405: f"{req.method} is not allowed on {req.path}; allowed: {headers.get('Allow', 'none')}",
    }.get(status, ex.title or "refused")
    _answer(resp, status, _HTTP_CODES.get(status, f"http_{status}"), message)


def _integrity(req, resp, ex: IntegrityError, params) -> None:
    # A rule of the schema caught what the checks above did not (two requests racing for one id).
    log.warning("refused by central's schema: %s", ex.orig)
    _answer(resp, 409, "conflict", "refused: it conflicts with what central holds (made at the same moment?); look, then retry")


def _database(req, resp, ex: DBAPIError, params) -> None:
    log.error("central database error on %s %s: %s", req.method, req.path, ex.orig)
    _answer(resp, 503, "central_unavailable", "the central database did not answer; retry later")


def _unexpected(req, resp, ex: Exception, params) -> None:
    if isinstance(ex, falcon.HTTPError):  # Falcon's own, when nothing more specific matched
        return _http_error(req, resp, ex, params)
    log.exception("unexpected failure on %s %s", req.method, req.path)
    _answer(resp, 500, "internal", "the server failed on this request; it is logged at head office")


def create_app(engine: Engine, region: Region | str = Region.CN) -> falcon.App:
    """The WSGI application over `engine` (central's database, schema at head); plates are read for `region`."""
    region = Region(region)
    app = falcon.App(middleware=[Authentication(engine)])
    app.req_options.strip_url_path_trailing_slash = True
    for route, resource in (
        ("/v1/users", Users), ("/v1/users/{account_id}/vehicles", UserVehicles),
        ("/v1/vehicles/{plate}", Vehicle), ("/v1/vehicles/{plate}/phones", VehiclePhones),
        ("/v1/phones/{binding_id}", Phone),
    ):
        app.add_route(route, resource(engine, region))
    # Registered from the most general on: Falcon picks the most specific class that matches.
    app.add_error_handler(Exception, _unexpected)
    app.add_error_handler(DBAPIError, _database)
    app.add_error_handler(IntegrityError, _integrity)
    app.add_error_handler(falcon.HTTPError, _http_error)
    app.add_error_handler(registration.RegistrationError, _refused)
    app.add_error_handler(ApiError, _api_error)
    return app
