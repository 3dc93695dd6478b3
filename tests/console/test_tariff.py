"""The car park's tariff: what a stay costs, told as a table of stays head office can read.

Default rule (a typical Chinese car park): 15 free minutes, a longer stay charged from
entry; day 08:00-20:00 ¥2 per 30 min, night ¥1 per hour, part units rounded up; at most
¥30 per 24 hours from entry; 15 minutes' grace after paying; large vehicles pay double.
"""

from __future__ import annotations

import dataclasses
import tomllib
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console import config
from console.config import ConfigError
from console.gates.tariff import Band, MonthlyPass, Tariff, TariffError, VehicleClass, classify, quote, to_toml, toll_fee

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
DEFAULT = Tariff()
DAY, NIGHT = DEFAULT.bands
FLAT_NIGHT = Band("night", 20 * 60, 8 * 60, flat_fen=500)


def at(text: str, zone: ZoneInfo = SHANGHAI) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def rule(**changes) -> Tariff:
    return dataclasses.replace(DEFAULT, **changes)


def day_band(**changes) -> Band:
    return dataclasses.replace(DAY, **changes)


def night_band(**changes) -> Band:
    return dataclasses.replace(NIGHT, **changes)


PASSES = rule(
    passes=(MonthlyPass("京B66666", date(2026, 12, 1), date(2026, 12, 31)),),
    whitelist=("京O00001",), blacklist=("粤B12345",),
)
ALL_DAY_HOURLY = rule(bands=(Band("all", 0, 0, unit_minutes=60, unit_fen=100),), caps_per_24h=(), free_minutes=0)


class Stay(NamedTuple):
    story: str
    entry: str
    exit: str
    fee_fen: int
    vehicle_class: str = "small"
    tariff: Tariff = DEFAULT
    paid_until: str | None = None
    plate: str | None = None
    zone: ZoneInfo = SHANGHAI
    listed: str | None = None


STAYS = [
    Stay("a stay within the free minutes is free", "2026-12-01T10:00", "2026-12-01T10:15", 0),
    Stay("a minute over the free minutes is charged from entry", "2026-12-01T10:00", "2026-12-01T10:16", 200),
    Stay("charged from entry: 40 minutes are two half hours", "2026-12-01T10:00", "2026-12-01T10:40", 400),
    Stay("charged after the free minutes: 25 minutes are one half hour", "2026-12-01T10:00", "2026-12-01T10:40", 200,
         tariff=rule(charge_from_entry=False)),
    Stay("a part unit is rounded up", "2026-12-01T10:00", "2026-12-01T11:01", 600),
    Stay("rounded down, part units are free", "2026-12-01T10:00", "2026-12-01T11:29", 400,
         tariff=rule(bands=(day_band(rounding="down"), NIGHT))),
    Stay("rounded to the nearest, under half a unit is free", "2026-12-01T10:00", "2026-12-01T10:44", 200,
         tariff=rule(bands=(day_band(rounding="nearest"), NIGHT))),
    Stay("rounded to the nearest, half a unit counts", "2026-12-01T10:00", "2026-12-01T10:45", 400,
         tariff=rule(bands=(day_band(rounding="nearest"), NIGHT))),
    Stay("day into night: each band counts its own units", "2026-12-01T19:00", "2026-12-01T21:30", 400 + 200),
    Stay("a night across midnight is one band", "2026-12-01T22:00", "2026-12-02T02:30", 500),
    Stay("early morning into the day", "2026-12-01T06:00", "2026-12-01T09:00", 200 + 400),
    Stay("the 24-hour cap", "2026-12-01T07:50", "2026-12-01T19:20", 3000),
    Stay("without a cap the same stay costs its units", "2026-12-01T07:50", "2026-12-01T19:20", 100 + 4600,
         tariff=rule(caps_per_24h=())),
    Stay("past 24 hours the next window starts afresh", "2026-12-01T08:00", "2026-12-02T09:00", 3000 + 400),
    Stay("caps rise by day, the last repeating", "2026-12-01T08:00", "2026-12-04T20:00", 3000 + 4000 + 5000 + 4800,
         tariff=rule(caps_per_24h=(3000, 4000, 5000))),
    Stay("a large vehicle pays double", "2026-12-01T10:00", "2026-12-01T11:00", 800, vehicle_class="large"),
    Stay("a large vehicle's cap is doubled too", "2026-12-01T07:50", "2026-12-01T19:20", 6000, vehicle_class="large"),
    Stay("a new-energy car's first hour is free", "2026-12-01T10:00", "2026-12-01T11:00", 0, vehicle_class="new_energy_small"),
    Stay("a new-energy car pays only after its free hour", "2026-12-01T10:00", "2026-12-01T11:10", 200, vehicle_class="new_energy_small"),
    Stay("left within the grace after paying: nothing more", "2026-12-01T10:00", "2026-12-01T12:15", 0, paid_until="2026-12-01T12:00"),
    Stay("left late: the extra since paying", "2026-12-01T10:00", "2026-12-01T12:20", 1000 - 800, paid_until="2026-12-01T12:00"),
    Stay("left late but the day is already capped", "2026-12-01T07:50", "2026-12-01T19:40", 0, paid_until="2026-12-01T19:20"),
    Stay("a valid monthly pass parks free", "2026-12-01T07:50", "2026-12-01T19:20", 0, tariff=PASSES, plate="京B·66666", listed="pass"),
    Stay("an expired monthly pass pays", "2027-01-01T10:00", "2027-01-01T11:00", 400, tariff=PASSES, plate="京B66666"),
    Stay("a whitelisted plate parks free", "2026-12-01T07:50", "2026-12-01T19:20", 0, tariff=PASSES, plate="京o00001", listed="white"),
    Stay("a blacklisted plate is charged and flagged", "2026-12-01T10:00", "2026-12-01T11:00", 400, tariff=PASSES, plate="粤B12345", listed="black"),
    Stay("a flat price per night", "2026-12-01T19:00", "2026-12-02T09:00", 400 + 500 + 400,
         tariff=rule(bands=(DAY, FLAT_NIGHT), caps_per_24h=())),
    Stay("a band's own maximum", "2026-12-01T08:00", "2026-12-01T20:00", 1000,
         tariff=rule(bands=(day_band(max_fen=1000), NIGHT))),
    Stay("time in no band is free", "2026-12-01T19:00", "2026-12-01T22:00", 400, tariff=rule(bands=(DAY,))),
    Stay("leaving the moment one enters is free", "2026-12-01T10:00", "2026-12-01T10:00", 0),
    Stay("the night the clocks go back has nine real hours", "2026-10-24T22:00", "2026-10-25T06:00", 900,
         tariff=ALL_DAY_HOURLY, zone=BERLIN),
    Stay("the night the clocks go forward has five real hours", "2026-03-29T00:00", "2026-03-29T06:00", 500,
         tariff=ALL_DAY_HOURLY, zone=BERLIN),
]


@pytest.mark.parametrize("stay", STAYS, ids=[s.story for s in STAYS])
def test_a_stay_costs_what_the_rule_says(stay: Stay):
    paid_until = at(stay.paid_until, stay.zone) if stay.paid_until else None
    result = quote(stay.tariff, stay.vehicle_class, at(stay.entry, stay.zone), at(stay.exit, stay.zone),
                   zone=stay.zone, paid_until=paid_until, plate=stay.plate)
    assert result.fee_fen == stay.fee_fen
    assert result.listed == stay.listed
    assert sum(line["fen"] for line in result.breakdown) == result.fee_fen


def test_the_breakdown_shows_each_band_and_the_cap():
    result = quote(DEFAULT, "small", at("2026-12-01T07:50"), at("2026-12-01T19:20"), zone=SHANGHAI)
    assert result.as_dict() == {
        "fee": "30.00",
        "fee_fen": 3000,
        "breakdown": [
            {"kind": "band", "band": "night", "from": "2026-12-01T07:50:00+08:00", "to": "2026-12-01T08:00:00+08:00",
             "day": 1, "units": 1, "unit_fen": 100, "fen": 100},
            {"kind": "band", "band": "day", "from": "2026-12-01T08:00:00+08:00", "to": "2026-12-01T19:20:00+08:00",
             "day": 1, "units": 23, "unit_fen": 200, "fen": 4600},
            {"kind": "cap", "from": "2026-12-01T07:50:00+08:00", "to": "2026-12-01T19:20:00+08:00",
             "fen": -1700, "day": 1, "cap_fen": 3000},
        ],
    }


def test_a_stay_charged_after_the_free_minutes_shows_them():
    result = quote(rule(charge_from_entry=False), "small", at("2026-12-01T10:00"), at("2026-12-01T10:40"), zone=SHANGHAI)
    assert [line["kind"] for line in result.breakdown] == ["free", "band"]
    assert result.breakdown[1]["from"] == "2026-12-01T10:15:00+08:00"


def test_times_are_the_same_instant_whatever_their_zone():
    in_utc = quote(DEFAULT, "small", at("2026-12-01T07:50").astimezone(UTC), at("2026-12-01T19:20").astimezone(UTC), zone=SHANGHAI)
    assert in_utc == quote(DEFAULT, "small", at("2026-12-01T07:50"), at("2026-12-01T19:20"), zone=SHANGHAI)


@pytest.mark.parametrize(
    ("entry", "exit", "paid_until", "vehicle_class", "code"),
    [
        (datetime(2026, 12, 1, 10), at("2026-12-01T11:00"), None, "small", "naive_time"),
        (at("2026-12-01T10:00"), datetime(2026, 12, 1, 11), None, "small", "naive_time"),
        (at("2026-12-01T11:00"), at("2026-12-01T10:00"), None, "small", "exit_before_entry"),
        (at("2026-12-01T10:00"), at("2026-12-01T11:00"), None, "bus", "unknown_class"),
        (at("2026-12-01T10:00"), at("2026-12-01T11:00"), at("2026-12-01T09:00"), "small", "paid_before_entry"),
    ],
)
def test_a_question_the_tariff_cannot_answer_is_refused_by_name(entry, exit, paid_until, vehicle_class, code):
    with pytest.raises(TariffError) as refused:
        quote(DEFAULT, vehicle_class, entry, exit, zone=SHANGHAI, paid_until=paid_until)
    assert refused.value.code == code


def test_a_toll_lane_charges_one_fee_per_class():
    assert (toll_fee(DEFAULT, "small"), toll_fee(DEFAULT, "large")) == (1000, 2000)
    with pytest.raises(TariffError, match="no vehicle class 'bus'"):
        toll_fee(DEFAULT, "bus")


@pytest.mark.parametrize(
    ("plate", "on", "listed"),
    [
        ("京B66666", date(2026, 12, 1), "pass"),
        ("京B66666", date(2026, 12, 31), "pass"),
        ("京B66666", date(2026, 11, 30), None),
        ("京B66666", date(2027, 1, 1), None),
        ("京O00001", date(2030, 1, 1), "white"),
        ("粤b·12345", date(2026, 12, 1), "black"),
        ("沪A00000", date(2026, 12, 1), None),
    ],
)
def test_a_plate_is_on_a_list(plate, on, listed):
    assert classify(plate, PASSES, on=on) == listed


# A few rules that differ where fees are easy to get wrong.
RULES = st.sampled_from([
    DEFAULT,
    rule(charge_from_entry=False),
    rule(caps_per_24h=(3000, 4000, 5000)),
    rule(caps_per_24h=()),
    rule(bands=(DAY, FLAT_NIGHT), free_minutes=30),
    rule(bands=(day_band(rounding="nearest", max_fen=1500), night_band(rounding="down"))),
])
CLASSES = st.sampled_from([c.name for c in DEFAULT.classes])
# Shanghai has no clock changes; Berlin and New York have, so bands meet skipped and repeated hours.
ZONES = st.sampled_from([SHANGHAI, BERLIN, ZoneInfo("America/New_York")])
ENTRIES = st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=ZONES)
STAY_LENGTHS = st.timedeltas(timedelta(0), timedelta(days=5))


@settings(max_examples=300, deadline=None)
@given(RULES, CLASSES, ENTRIES, STAY_LENGTHS, STAY_LENGTHS)
def test_a_longer_stay_never_costs_less_nor_more_than_its_caps(tariff, vehicle_class, entry, length, more):
    zone = entry.tzinfo
    shorter = quote(tariff, vehicle_class, entry, _later(entry, length), zone=zone)
    longer = quote(tariff, vehicle_class, entry, _later(entry, length + more), zone=zone)
    assert 0 <= shorter.fee_fen <= longer.fee_fen
    assert sum(line["fen"] for line in longer.breakdown) == longer.fee_fen
    if tariff.caps_per_24h:
        rates = tariff.vehicle_class(vehicle_class)
        started = -(-(length + more) // timedelta(hours=24))
        assert longer.fee_fen <= sum(rates.price(tariff.cap_fen(w)) for w in range(started))


@settings(max_examples=200, deadline=None)
@given(RULES, CLASSES, ENTRIES, STAY_LENGTHS, STAY_LENGTHS)
def test_after_paying_the_extra_is_never_negative_nor_more_than_the_stay(tariff, vehicle_class, entry, paid_after, later):
    zone, exit = entry.tzinfo, _later(entry, paid_after + later)
    extra = quote(tariff, vehicle_class, entry, exit, zone=zone, paid_until=_later(entry, paid_after))
    assert 0 <= extra.fee_fen <= quote(tariff, vehicle_class, entry, exit, zone=zone).fee_fen


def _later(moment: datetime, length: timedelta) -> datetime:
    """`length` of real time later (aware arithmetic in one zone is wall-clock arithmetic)."""
    return (moment.astimezone(UTC) + length).astimezone(moment.tzinfo)


def write(tmp_path, text: str):
    path = tmp_path / "platepay.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_tariff_is_read_from_the_configuration(tmp_path):
    loaded = config.load(write(tmp_path, """
[tariff]
free_minutes = 30
charge_from_entry = false
caps_per_24h = ["20", "25.50"]
whitelist = ["京a·12345"]
[[tariff.bands]]
name = "day"
from = "07:30"
to = "19:30"
unit_minutes = 60
unit_price = "3.00"
[[tariff.bands]]
name = "night"
from = "19:30"
to = "07:30"
flat = "5"
[[tariff.classes]]
name = "small"
toll = "8.00"
[[tariff.passes]]
plate = "京B66666"
from = 2026-12-01
until = "2026-12-31"
"""))
    assert loaded.tariff == Tariff(
        free_minutes=30, charge_from_entry=False, caps_per_24h=(2000, 2550), whitelist=("京A12345",),
        bands=(Band("day", 450, 1170, unit_minutes=60, unit_fen=300), Band("night", 1170, 450, flat_fen=500)),
        classes=(VehicleClass("small", toll_fen=800),),
        passes=(MonthlyPass("京B66666", date(2026, 12, 1), date(2026, 12, 31)),),
    )


def test_the_demo_has_the_default_tariff():
    assert config.Config().tariff == DEFAULT


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ('[tariff]\nfree_minutes = -1\n', "free_minutes", "minutes from 0 to 1440"),
        ('[tariff]\nfree_minutes = "15"\n', "free_minutes", "minutes from 0 to 1440"),
        ('[tariff]\ncaps_per_24h = [30]\n', "caps_per_24h", "list of yuan strings"),
        ('[tariff]\ncaps_per_24h = ["30.001"]\n', "caps_per_24h", "list of yuan strings"),
        ('[tariff]\ncolour = "blue"\n', "colour", "allowed keys are"),
        ('[tariff]\nbands = "day"\n', "bands", "array of tables"),
        ('[[tariff.bands]]\nname = "day"\nfrom = "8:00"\nto = "25:00"\n', "to", "time of day"),
        ('[[tariff.bands]]\nname = "day"\nfrom = "08:00"\n', "to", "needs to"),
        ('[[tariff.bands]]\nname = "day"\nfrom = "08:00"\nto = "20:00"\nrounding = "ceiling"\n', "rounding", "one of up, down, nearest"),
        ('[[tariff.bands]]\nname = "a"\nfrom = "08:00"\nto = "20:00"\n[[tariff.bands]]\nname = "b"\nfrom = "19:00"\nto = "08:00"\n', "bands", "both cover 19:00"),
        ('[[tariff.classes]]\nname = "small"\nprice_percent = 2000\n', "price_percent", "percentage"),
        ('[[tariff.classes]]\nname = "small"\n[[tariff.classes]]\nname = "small"\n', "classes", "two are named 'small'"),
        ('[tariff]\nclasses = []\n', "classes", "at least one vehicle class"),
        ('[[tariff.bands]]\nname = "n"\nfrom = "20:00"\nto = "08:00"\nflat = "5"\nunit_price = "1"\n', "flat", "give one"),
        ('[tariff]\nwhitelist = ["京A1"]\nblacklist = ["京A·1"]\n', "blacklist", "a plate is on one"),
        ('[[tariff.passes]]\nplate = "京B66666"\nfrom = 2026-12-31\nuntil = 2026-12-01\n', "passes", "ends"),
        ('[[tariff.passes]]\nplate = "京B66666"\nfrom = "soon"\nuntil = 2026-12-01\n', "from", "a date"),
    ],
)
def test_a_bad_rule_is_refused_naming_the_key(tmp_path, text, key, message):
    with pytest.raises(ConfigError) as refused:
        config.load(write(tmp_path, text))
    assert refused.value.key == key
    assert message in str(refused.value)


@pytest.mark.parametrize("tariff", [DEFAULT, PASSES, rule(bands=(DAY, dataclasses.replace(FLAT_NIGHT, max_fen=800)), caps_per_24h=())])
def test_a_tariff_written_back_to_the_file_reads_the_same(tariff):
    import tomli_w

    text = tomli_w.dumps({"tariff": to_toml(tariff)})
    assert config.from_dict(tomllib.loads(text)).tariff == tariff
