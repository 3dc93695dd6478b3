"""Only characters the standard forbids are repaired, and every repair costs confidence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.plates.repair import CERTAIN_REPAIR, GUESSED_REPAIR, score
from drivers.plates.syntax import PROVINCES, SERIAL_CHARS, PlateKind, Region, normalize_plate


def test_a_letter_o_in_the_serial_part_can_only_be_a_zero() -> None:
    s = score("皖AO1234", (0.99, 0.99, 0.8, 0.99, 0.99, 0.99, 0.99))
    assert s.valid and s.text == "皖A01234"
    assert s.char_confidences[2] == 0.8 * CERTAIN_REPAIR
    assert s.confidence == 0.8 * CERTAIN_REPAIR
    assert s.repairs == ("O→0 at 3",)


def test_a_digit_in_the_authority_place_becomes_a_letter_with_lowered_confidence() -> None:
    s = score("京012345", (0.95,) * 7)
    assert s.valid and s.text == "京D12345"
    assert s.char_confidences[1] == 0.95 * GUESSED_REPAIR
    assert "a letter must stand here" in s.repairs[0]


def test_an_allowed_character_is_never_changed_however_unlikely() -> None:
    s = score("浙D3350Z", (0.9, 0.9, 0.9, 0.9, 0.9, 0.2, 0.9))
    assert s.text == "浙D3350Z" and s.repairs == ()
    assert s.confidence == 0.2


def test_a_read_that_is_no_plate_stays_as_read_and_invalid() -> None:
    s = score("HELLO世界")
    assert not s.valid and s.text == "HELLO世界"


def test_the_kind_comes_with_the_read() -> None:
    assert score("粤BD12345").kind is PlateKind.NEW_ENERGY_SMALL
    assert score("川A1234警").kind is PlateKind.POLICE
    assert score("7ABC123", region=Region.GENERIC).kind is PlateKind.GENERIC


@given(
    st.sampled_from(PROVINCES),
    st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    st.text(alphabet=SERIAL_CHARS, min_size=5, max_size=5),
)
def test_a_valid_plate_is_returned_unchanged_at_full_confidence(
    p: str, a: str, serial: str
) -> None:
    text = p + a + serial
    s = score(text, (1.0,) * 7)
    assert s.text == normalize_plate(text).text == text
    assert s.repairs == () and s.confidence == 1.0
