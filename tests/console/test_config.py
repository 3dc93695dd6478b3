"""A broken configuration stops start-up with a message a technician can act on."""

from pathlib import Path

import pytest

from console import config
from console.config import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "platepay.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_default_file_means_the_demo(tmp_path, monkeypatch):
    monkeypatch.delenv("PLATEPAY_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    loaded = config.load()
    assert loaded.is_demo
    assert len(loaded.lanes) == 4
    assert loaded.rules.minimum_balance_fen == 5_000


def test_a_named_file_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        config.load(tmp_path / "missing.toml")


def test_environment_variable_names_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, '[station]\nid = "s-7"\nname = "七号站"\n')
    monkeypatch.setenv("PLATEPAY_CONFIG", str(path))
    loaded = config.load()
    assert (loaded.station.id, loaded.station.name, loaded.source) == ("s-7", "七号站", path)


def test_a_full_file_is_read(tmp_path):
    path = write(
        tmp_path,
        """
[station]
id = "north"
timezone = "Asia/Urumqi"
[rules]
minimum_balance = "100"
max_fill = "1000.00"
[[buses]]
name = "rs485"
port = "/dev/ttyUSB0"
[[lanes]]
id = 1
bus = "rs485"
pump_address = 0x51
[[lanes]]
id = 2
bus = "rs485"
pump_address = 0x52
""",
    )
    loaded = config.load(path)
    assert [lane.pump_address for lane in loaded.lanes] == [0x51, 0x52]
    assert loaded.rules.minimum_balance_fen == 10_000
    assert loaded.station.zone.key == "Asia/Urumqi"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[station]\nlanguage = \"fr\"\n", ["language", "'fr'", "zh_CN, en"]),
        ("[station]\ntimezone = \"Mars/Olympus\"\n", ["timezone", "Mars/Olympus", "IANA"]),
        ("[rules]\nminimum_balance = 50.5\n", ["minimum_balance", "50.5", "string"]),
        ("[rules]\nminimum_balance = \"5.001\"\n", ["minimum_balance", "5.001"]),
        ("[rules]\nminimun_balance = \"5\"\n", ["minimun_balance", "minimum_balance"]),
        ("[[lanes]]\nid = 1\npump_address = 0x20\n", ["pump_address", "32", "0x50"]),
        ("[[lanes]]\nid = 40\n", ["id", "40", "1 to 16"]),
        ("[[lanes]]\nid = 1\nbus = \"nope\"\n", ["bus", "nope", "bus1"]),
        ("[[buses]]\nname = \"bus1\"\nbaudrate = 9601\n", ["baudrate", "9601", "9600"]),
        ("[[buses]]\nname = \"bus1\"\nparity = \"odd\"\nbaudrate = true\n", ["baudrate", "True"]),
        ("[pumps]\n", ["pumps", "station"]),
        ("[station\n", ["not valid TOML"]),
    ],
)
def test_wrong_key_or_value_names_key_value_and_what_is_allowed(tmp_path, text, names):
    with pytest.raises(ConfigError) as error:
        config.load(write(tmp_path, text))
    message = str(error.value)
    for name in names:
        assert name in message


def test_two_lanes_on_one_pump_are_refused(tmp_path):
    text = "[[lanes]]\nid = 1\npump_address = 0x50\n[[lanes]]\nid = 2\npump_address = 0x50\n"
    with pytest.raises(ConfigError, match="already used"):
        config.load(write(tmp_path, text))


def test_cli_reports_a_broken_config_and_writes_nothing(tmp_path, capsys):
    from console.cli import main

    db = tmp_path / "s.sqlite3"
    code = main(["--config", str(write(tmp_path, "[rules]\nmax_fill = \"ten\"\n")), "--db", str(db), "accounts", "add", "X"])
    assert code != 0
    assert "max_fill" in capsys.readouterr().err
    assert not db.exists()


def test_one_setting_is_changed_and_the_rest_of_the_file_kept(tmp_path):
    from console.config_file import save_setting

    path = tmp_path / "platepay.toml"
    path.write_text('[station]\nname = "北站"\n\n[rules]\nminimum_balance = "80.00"\n', encoding="utf-8")
    assert save_setting(path, "station", "language", "en").station.language == "en"
    import tomllib

    assert tomllib.loads(path.read_text(encoding="utf-8"))["rules"] == {"minimum_balance": "80.00"}
    loaded = config.load(path)
    assert (loaded.station.name, loaded.station.language) == ("北站", "en")
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="language"):
        save_setting(path, "station", "language", "fr")
    assert path.read_text(encoding="utf-8") == before  # a refused value writes nothing


def test_pump_decimals_are_set_per_bus_and_per_pump(tmp_path):
    path = write(
        tmp_path,
        """
[[buses]]
name = "bus1"
port = "/dev/ttyUSB0"
decimals = "3,1,3"
pump_decimals = { 0x51 = "2,0,2" }
[[lanes]]
id = 1
pump_address = 0x50
[[lanes]]
id = 2
pump_address = 0x51
""",
    )
    bus = config.load(path).buses[0]
    assert str(bus.decimals_of(0x50)) == "3,1,3"
    assert str(bus.decimals_of(0x51)) == "2,0,2"
    assert bus.answer_timeout_ms == 100


@pytest.mark.parametrize(
    "line,named",
    [
        ('decimals = "3,9,3"', "decimals = '3,9,3'"),
        ('decimals = "3.1.3"', "decimals = '3.1.3'"),
        ('pump_decimals = { 0x90 = "3,1,3" }', "pump_decimals"),
        ('pump_decimals = { 0x51 = "3,1,5" }', "pump_decimals"),
    ],
)
def test_bad_pump_decimals_name_the_key_and_the_form(tmp_path, line, named):
    path = write(tmp_path, f'[[buses]]\nname = "bus1"\nport = "demo"\n{line}\n')
    with pytest.raises(ConfigError, match="VOLUME,AMOUNT,PRICE") as error:
        config.load(path)
    assert named in str(error.value)


def test_station_prices_are_yuan_strings(tmp_path):
    loaded = config.load(write(tmp_path, '[station]\nprices = ["7.89", "8.45", "7.12"]\n'))
    assert loaded.station.prices == ("7.89", "8.45", "7.12")
    with pytest.raises(ConfigError, match="prices"):
        config.load(write(tmp_path, "[station]\nprices = [7.89]\n"))


@pytest.mark.parametrize(
    "webhook,says",
    [
        ('url = "https://pay.example.com/charges"\nsecret = ""', "needs the secret"),
        ('url = "https://pay.example.com/charges"', "needs the secret"),  # the default secret is the demo's
        ('url = "https://pay.example.com/charges"\nsecret = "demo-secret"', "needs the secret"),
        ('url = "http://pay.example.com/charges"\nsecret = "s3cr3t-agreed-with-the-platform"', "plain http is allowed only to this PC"),
    ],
)
def test_a_real_webhook_needs_a_real_secret_and_tls(tmp_path, webhook, says):
    with pytest.raises(ConfigError, match=says):
        config.load(write(tmp_path, f"[webhook]\n{webhook}\n"))


def test_a_webhook_to_this_pc_may_be_plain_http(tmp_path):
    loaded = config.load(write(tmp_path, '[webhook]\nurl = "http://127.0.0.1:8080/charges"\nsecret = "s3cr3t-agreed"\n'))
    assert loaded.webhook.url.startswith("http://127.0.0.1")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql:/station_7:secretpw@db.example.com/platepay",
        "postgresql://station_7:secretpw@db.example.com:notaport/platepay",
        "postgresql://station_7:secretpw@[::1/platepay",
        "mysql://station_7:secretpw@db.example.com/platepay",
    ],
)
def test_a_malformed_central_url_is_refused_without_showing_its_password(tmp_path, url, cli_main):
    path = write(tmp_path, f'[central]\nurl = "{url}"\n')
    with pytest.raises(ConfigError) as refused:
        config.load(path)
    assert "secretpw" not in str(refused.value) and "[central] url" in str(refused.value)
    code, out, err = cli_main("--config", str(path), "accounts", "list")
    assert code == 1 and "secretpw" not in out + err and "Traceback" not in err


def test_a_bad_webhook_secret_is_never_printed(tmp_path):
    with pytest.raises(ConfigError) as refused:
        config.load(write(tmp_path, '[webhook]\nsecret = 12345\n'))
    assert "12345" not in str(refused.value) and "(hidden)" in str(refused.value)


def test_a_lane_region_of_interest_is_four_camera_pixels_or_none():
    from console.config import ConfigError, from_dict

    lanes = lambda roi: {"lanes": [{"id": 1, "roi": roi}]}  # noqa: E731
    assert from_dict(lanes([100, 200, 640, 360])).lanes[0].roi == (100, 200, 640, 360)
    assert from_dict({"lanes": [{"id": 1}]}).lanes[0].roi == ()
    for bad in ([100, 200, 640], [100, 200, 30, 360], [-1, 0, 640, 360], [0, 0, 640.5, 360]):
        with pytest.raises(ConfigError, match="roi"):
            from_dict(lanes(bad))
