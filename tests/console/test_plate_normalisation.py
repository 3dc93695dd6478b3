"""Plates typed by a cashier or read by a camera reach the same registered vehicle."""

import pytest

from drivers.plates.syntax import InvalidPlate, PlateKind, normalize_plate

NORMALISED = [
    ("京A12345", "京A12345", PlateKind.STANDARD),
    ("京A·12345", "京A12345", PlateKind.STANDARD),
    ("京a 123-45", "京A12345", PlateKind.STANDARD),
    ("京Ａ１２３４５", "京A12345", PlateKind.STANDARD),  # full-width letters and digits
    ("京Ａ・１２３４５", "京A12345", PlateKind.STANDARD),
    ("沪BO1I23", "沪B01123", PlateKind.STANDARD),  # O and I are never issued after the letter
    ("粤BD12345", "粤BD12345", PlateKind.NEW_ENERGY_SMALL),
    ("粤B·DF1234", "粤BDF1234", PlateKind.NEW_ENERGY_SMALL),
    ("粤B12345D", "粤B12345D", PlateKind.NEW_ENERGY_LARGE),
    ("粤Z1234港", "粤Z1234港", PlateKind.HONG_KONG),
    ("粤Z·1234澳", "粤Z1234澳", PlateKind.MACAU),
    ("京A1234警", "京A1234警", PlateKind.POLICE),
    ("苏E1234学", "苏E1234学", PlateKind.LEARNER),
    ("鲁B1234挂", "鲁B1234挂", PlateKind.TRAILER),
    ("使123456", "使123456", PlateKind.EMBASSY),
    ("沪A1234领", "沪A1234领", PlateKind.CONSULATE),
    ("WJ京12345", "WJ京12345", PlateKind.ARMED_POLICE),
]


@pytest.mark.parametrize(("raw", "expected", "kind"), NORMALISED)
def test_normalised_plate(raw, expected, kind):
    plate = normalize_plate(raw)
    assert (plate.text, plate.kind) == (expected, kind)


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "A12345", "京I12345", "京O12345", "京A1234", "京A1234567", "京A12#45", "粤BX12345", "XA12345"],
)
def test_text_that_is_no_plate_is_refused_with_a_reason(raw):
    with pytest.raises(InvalidPlate) as error:
        normalize_plate(raw)
    assert str(error.value)


def test_no_normalised_plate_contains_letters_the_standard_never_issues():
    for raw, _, _ in NORMALISED:
        assert not set(normalize_plate(raw).text[2:]) & {"I", "O"}


def test_generic_region_keeps_letters_and_digits_only():
    assert normalize_plate(" abc-1234 ", "generic").text == "ABC1234"
    assert normalize_plate("ＡＢＣ·１２３", "generic").text == "ABC123"
    with pytest.raises(InvalidPlate):
        normalize_plate("京A12345", "generic")


def test_generic_plates_keep_o_and_i_as_the_digits_a_camera_cannot_tell_them_from():
    typed = normalize_plate("6TIX874", "generic").text
    assert typed == "6T1X874" == normalize_plate("6T1X874", "generic").text
    assert normalize_plate("BOB123", "generic").text == "B0B123"


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from drivers.plates.syntax import InvalidPlate, normalize_plate, typed_plate  # noqa: E402


@given(st.text(max_size=12))
def test_no_text_crashes_the_normaliser_and_what_it_accepts_is_a_fixed_point(text: str) -> None:
    try:
        plate = normalize_plate(text)
    except InvalidPlate:
        return
    assert normalize_plate(plate.text) == plate
    assert typed_plate(plate.text) == plate  # the canonical form never holds I, O or look-alikes


@given(st.sampled_from("京沪粤苏浙"), st.sampled_from("ABCDEFGH"), st.text(alphabet="0123456789IO①", min_size=5, max_size=5))
def test_a_typed_plate_is_accepted_only_as_the_standard_issues_it(province: str, letter: str, serial: str) -> None:
    raw = province + letter + serial
    try:
        plate = typed_plate(raw)
    except InvalidPlate:
        assert any(c in "IO①" for c in serial)
        return
    assert plate.text == raw
