"""A customer's phone number is masked wherever a passer-by could read it."""

from ui.phones import masked


def test_a_chinese_mobile_shows_its_first_three_and_last_four_digits():
    assert masked("+8613900000001") == "139****0001"


def test_other_numbers_are_masked_too_and_nothing_is_nothing():
    assert masked("+14155550123") == "141****0123"
    assert masked("12345") == "*****"
    assert masked(None) == "" and masked("") == ""
