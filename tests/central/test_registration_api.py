"""The phone app registers a driver at head office over HTTP, and every station learns of it by sync."""

from __future__ import annotations

import uuid

from sqlalchemy import select, text

from console.domain.slots import Slot
from console.store.models import Card, PhoneBinding, Vehicle
from tests.central.conftest import CLIENT


def station_view(station, plate: str) -> dict | None:
    """What a station holds for a plate after its sync: the card number and the phones by slot."""
    with station.store.read() as session:
        vehicle = session.scalar(select(Vehicle).where(Vehicle.plate == plate))
        if vehicle is None:
            return None
        phones = session.scalars(select(PhoneBinding).where(PhoneBinding.vehicle_id == vehicle.id)).all()
        return {
            "card_no": session.get(Card, vehicle.card_id).card_no,
            "phones": sorted((p.phone, str(Slot(p.slot_start, p.slot_end)), p.driver) for p in phones),
        }


def test_a_driver_registered_by_the_phone_app_reaches_a_station_and_an_unbound_phone_leaves_it(api, central, make_station):
    account_id = api.register("李四", "138 0013 8000")
    bound = api.bind_vehicle(account_id, "京a·12345")
    assert bound.status == 201 and bound.body["plate"] == "京A12345"
    assert bound.headers["Location"] == "/v1/vehicles/%E4%BA%ACA12345"
    day = api.bind_phone("京A12345", "13900139000", "08:00-20:00", "王师傅")
    night = api.bind_phone("京A12345", "+8613700137000", "20:00-08:00", "赵师傅")
    assert (day.status, night.status) == (201, 201)
    assert day.body == {"id": day.body["id"], "plate": "京A12345", "phone": "+8613900139000", "slot": "08:00-20:00", "driver": "王师傅"}

    station = make_station()
    station.sync()
    assert station_view(station, "京A12345") == {
        "card_no": bound.body["card_no"],
        "phones": [("+8613700137000", "20:00-08:00", "赵师傅"), ("+8613900139000", "08:00-20:00", "王师傅")],
    }

    gone = api.call("DELETE", f"/v1/phones/{night.body['id']}")
    assert gone.status == 200 and gone.body == {"id": night.body["id"], "deleted": True, "already": False}
    station.sync()
    assert station_view(station, "京A12345")["phones"] == [("+8613900139000", "08:00-20:00", "王师傅")]
    again = api.call("DELETE", f"/v1/phones/{night.body['id']}")  # a retry after a lost answer
    assert again.status == 200 and again.body["already"] is True

    shown = api.call("GET", "/v1/vehicles/京A12345")
    assert shown.status == 200
    assert shown.body["account"] == {"id": account_id, "name": "李四"} and shown.body["card_no"] == bound.body["card_no"]
    assert [p["phone"] for p in shown.body["phones"]] == ["+8613900139000"]

    with central.engine.connect() as connection:
        audit = connection.execute(text("SELECT operator, action, subject FROM audit_log ORDER BY at")).all()
    assert [tuple(row) for row in audit] == [
        (CLIENT, "account.register", account_id), (CLIENT, "vehicle.bind", "京A12345"),
        (CLIENT, "phone.bind", "京A12345"), (CLIENT, "phone.bind", "京A12345"), (CLIENT, "phone.unbind", "京A12345"),
    ]


def test_an_unbound_vehicle_stops_matching_at_the_station_and_its_plate_is_free_again(api, central, make_station):
    first = api.register("车主甲", "13800138001")
    api.bind_vehicle(first, "沪B12345")
    api.bind_phone("沪B12345", "13900139001", "00:00-24:00")
    station = make_station()
    station.sync()
    assert station_view(station, "沪B12345") is not None

    unbound = api.call("DELETE", "/v1/vehicles/沪B12345")
    assert unbound.status == 200 and unbound.body["unbound"] is True and unbound.body["phones_removed"] == 1
    station.sync()
    assert station_view(station, "沪B12345") is None
    with station.store.read() as session:  # the row stays, under a placeholder no plate matches, with no phones
        kept = session.get(Vehicle, uuid.UUID(unbound.body["vehicle_id"]))
        assert kept.plate.startswith("#") and kept.phones == []
    assert api.call("GET", "/v1/vehicles/沪B12345").body["error"] == "vehicle_not_found"

    second = api.register("车主乙", "13800138002")
    rebound = api.bind_vehicle(second, "沪B12345")
    assert rebound.status == 201
    station.sync()
    assert station_view(station, "沪B12345") == {"card_no": rebound.body["card_no"], "phones": []}
    details = central.scalar("SELECT details FROM audit_log WHERE action = 'vehicle.unbind'")
    assert details["vehicle"] == unbound.body["vehicle_id"] and details["phones"][0]["phone"] == "+8613900139001"


def test_a_slot_overlapping_another_phones_is_refused_with_409(api):
    api.bind_vehicle(api.register(), "粤B00001")
    assert api.bind_phone("粤B00001", "13900139000", "22:00-06:00").status == 201

    refused = api.bind_phone("粤B00001", "13700137000", "05:00-09:00")

    assert refused.status == 409 and refused.body["error"] == "slot_overlap"
    assert refused.body["details"]["other_slot"] == "22:00-06:00" and "overlaps" in refused.body["message"]
    assert api.bind_phone("粤B00001", "13700137000", "06:00-22:00").status == 201


def test_a_plate_already_on_another_account_is_refused_and_the_same_bind_again_is_no_change(api, central):
    owner = api.register("车主甲", "13800138001")
    first = api.bind_vehicle(owner, "浙A88888")
    other = api.register("车主乙", "13800138002")

    taken = api.bind_vehicle(other, "浙A88888")
    same = api.bind_vehicle(owner, "浙a88888")

    assert taken.status == 409 and taken.body["error"] == "plate_taken"
    assert same.status == 200 and same.body["vehicle_id"] == first.body["vehicle_id"]
    assert central.scalar("SELECT count(*) FROM vehicles") == 1
    assert central.scalar("SELECT count(*) FROM audit_log WHERE action = 'vehicle.bind'") == 1


def test_bad_values_are_refused_with_422_and_a_code_naming_them(api):
    account_id = api.register()
    cases = {
        "invalid_plate": api.bind_vehicle(account_id, "京AO0001"),  # a typed O is never taken for 0
        "unknown_field": api.call("POST", f"/v1/users/{account_id}/vehicles", {"plate": "京A00001", "colour": "blue"}),
        "invalid_phone": api.call("POST", "/v1/users", {"name": "x", "phone": "12345"}),
        "missing_field": api.call("POST", "/v1/users", {"phone": "13800138000"}),
        "invalid_id": api.bind_vehicle("not-an-id", "京A00001"),
    }
    api.bind_vehicle(account_id, "京A00001")
    cases["invalid_slot"] = api.bind_phone("京A00001", "13900139000", "8-16")
    for code, reply in cases.items():
        assert (reply.status, reply.body["error"]) == (422, code), reply.body
        assert reply.body["message"] and "Traceback" not in reply.body["message"]

    refusals = {
        "invalid_json": api.call("POST", "/v1/users", raw=b"{not json"),
        "empty_body": api.call("POST", "/v1/users"),
        "unsupported_media_type": api.call("POST", "/v1/users", raw=b"name=x", headers={"Content-Type": "text/plain"}),
        "body_too_large": api.call("POST", "/v1/users", {"name": "x" * 70_000, "phone": "13800138000"}),
        "invalid_body": api.call("POST", "/v1/users", ["name", "phone"]),
    }
    assert {code: (r.status, r.body["error"]) for code, r in refusals.items()} == {
        "invalid_json": (400, "invalid_json"), "empty_body": (400, "empty_body"),
        "unsupported_media_type": (415, "unsupported_media_type"), "body_too_large": (413, "body_too_large"),
        "invalid_body": (422, "invalid_body"),
    }
    assert api.call("POST", f"/v1/users/{uuid.uuid4()}/vehicles", {"plate": "京A00002"}).body["error"] == "account_not_found"
    assert api.call("DELETE", f"/v1/phones/{uuid.uuid4()}").status == 404
    assert api.call("GET", "/v1/nothing").body["error"] == "not_found"
    assert api.call("PUT", "/v1/users").status == 405


def test_a_request_without_a_valid_key_is_refused_with_401(api, central):
    from console.central import apikeys

    with central.engine.begin() as connection:
        revoked = apikeys.add_key(connection, "old-platform")
        apikeys.revoke_key(connection, revoked.id)
    key_id = api.key.split("_")[1]
    tries = {
        "no key": api.call("POST", "/v1/users", {"name": "x", "phone": "13800138000"}, key=None),
        "wrong secret": api.call("GET", "/v1/vehicles/京A00001", key=f"ppk_{key_id}_{'A' * 43}"),
        "unknown id": api.call("GET", "/v1/vehicles/京A00001", key="ppk_000000000000_" + api.key.split("_", 2)[2]),
        "malformed": api.call("GET", "/v1/vehicles/京A00001", key="letmein"),
        "revoked": api.call("GET", "/v1/vehicles/京A00001", key=revoked.key),
        "other scheme": api.call("GET", "/v1/nothing", key=None, headers={"Authorization": f"Basic {api.key}"}),
    }
    for what, reply in tries.items():
        assert (reply.status, reply.body["error"]) == (401, "unauthorized"), what
        assert reply.headers["WWW-Authenticate"].startswith("Bearer")
    assert central.scalar("SELECT count(*) FROM accounts") == 0
    assert api.call("GET", "/v1/vehicles/京A00001").status == 404  # the right key passes


def test_only_a_digest_of_a_key_is_stored_at_central(api, central):
    secret = api.key.split("_", 2)[2]
    with central.engine.connect() as connection:
        everything = " ".join(str(row) for row in connection.execute(text("SELECT * FROM api_keys")))
        stored = connection.execute(text("SELECT id, client, encode(secret_sha256, 'hex') AS digest FROM api_keys")).one()
    assert api.key not in everything and secret not in everything
    assert stored.client == CLIENT and len(stored.digest) == 64 and secret not in stored.digest
    assert api.key.startswith(f"ppk_{stored.id}_")


def test_a_retried_registration_with_the_clients_own_id_makes_one_account(api, central):
    account_id = str(uuid.uuid4())
    body = {"name": "王五", "phone": "13800138003", "account_id": account_id}

    first = api.call("POST", "/v1/users", body)
    retry = api.call("POST", "/v1/users", body)
    other = api.call("POST", "/v1/users", {**body, "name": "someone else"})

    assert (first.status, retry.status) == (201, 200) and first.body == retry.body
    assert first.body["account_id"] == account_id and len(first.body["card_no"]) == 16
    assert (other.status, other.body["error"]) == (409, "account_id_taken")
    assert central.scalar("SELECT count(*) FROM accounts") == 1 and central.scalar("SELECT count(*) FROM cards") == 1
