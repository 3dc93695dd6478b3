from pathlib import Path

from console import config

EXAMPLE = Path(__file__).parents[2] / "resources" / "platepay.example.toml"


def test_the_shipped_example_configuration_is_valid():
    loaded = config.load(EXAMPLE)
    assert loaded.lanes[0].camera.startswith("rtsp://")
