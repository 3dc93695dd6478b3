"""The back office's rules live in the services, whoever calls them: who may top up how much,
how the customer paid, and a driver's phone binding changed or removed, each audited."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from console import services
from console.config import TopUpLimits
from console.domain import accounts, ledger
from console.domain.errors import Conflict, DomainError
from console.domain.operators import Permission, may
from console.domain.slots import Slot
from console.store.models import Account, AuditEntry, LedgerEntry, PaymentMethod, PhoneBinding, Role

LIMITS = TopUpLimits(most_fen=2_000_000, day_most_fen=5_000_000, manager_above_fen=500_000)
CASHIER = services.Actor("li", "s-1", Role.CASHIER)
MANAGER = services.Actor("wang", "s-1", Role.MANAGER)


@pytest.fixture
def card_no(store):
    with store.write() as session:
        account = accounts.add_account(session, "顺达物流", "+8613800000001")
        card = accounts.issue_card(session, account, "100")
        vehicle = accounts.bind_vehicle(session, "京A12345", card)
        accounts.bind_phone(session, vehicle, "+8613900000001", Slot.parse("22:00-06:00"), "王师傅")
        accounts.bind_phone(session, vehicle, "+8613900000002", Slot.parse("08:00-16:00"), "李师傅")
    return "100"


def audit_of(store, action: str) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def balance(store, card_no: str) -> int:
    with store.read() as session:
        return ledger.funds(session, accounts.find_card(session, card_no).id).balance_fen


def test_a_cashier_tops_up_to_the_threshold_and_a_manager_above_it(store, card_no):
    assert may(Role.CASHIER, Permission.TOP_UP) and not may(Role.CASHIER, Permission.TOP_UP_ABOVE_THRESHOLD)
    with pytest.raises(services.LimitExceeded) as refused:
        services.top_up(store, CASHIER, card_no, 500_001, limits=LIMITS, method=PaymentMethod.CASH)
    assert (refused.value.code, refused.value.limit_fen) == ("needs_manager", 500_000)
    assert balance(store, card_no) == 0 and audit_of(store, "card.top_up") == []
    with pytest.raises(services.LimitExceeded) as refused:
        services.top_up(store, MANAGER, card_no, 100_000_000, limits=LIMITS, method=PaymentMethod.CASH)  # ¥1,000,000
    assert refused.value.code == "top_up_max"
    assert services.top_up(store, MANAGER, card_no, 600_000, limits=LIMITS, method=PaymentMethod.CASH).balance_fen == 600_000


def test_the_days_limit_says_what_the_card_already_had(store, card_no):
    for _ in range(2):
        services.top_up(store, MANAGER, card_no, 2_000_000, limits=LIMITS, method=PaymentMethod.TRANSFER)
    with pytest.raises(services.LimitExceeded) as refused:
        services.top_up(store, MANAGER, card_no, 1_000_001, limits=LIMITS, method=PaymentMethod.TRANSFER)
    assert (refused.value.code, refused.value.so_far_fen, refused.value.limit_fen) == ("top_up_day_max", 4_000_000, 5_000_000)


@pytest.mark.parametrize("method", [None, "", "paypal"])
def test_a_top_up_without_a_known_payment_method_credits_nothing(store, card_no, method):
    with pytest.raises(DomainError, match="payment method"):
        services.top_up(store, CASHIER, card_no, 10_000, limits=LIMITS, method=method)
    assert balance(store, card_no) == 0


def test_the_payment_method_is_kept_on_the_ledger_entry_and_in_the_audit_log(store, card_no):
    done = services.top_up(store, CASHIER, card_no, 50_050, "月结", limits=LIMITS, method="wechat_alipay")
    with store.read() as session:
        entry = session.get(LedgerEntry, done.entry_id)
        assert (entry.amount_fen, entry.payment_method, entry.operator, entry.note) == (50_050, PaymentMethod.WECHAT_ALIPAY, "li", "月结")
    [record] = audit_of(store, "card.top_up")
    assert record.details["method"] == "wechat_alipay"
    assert (record.details["amount_fen"], record.details["balance_fen"]) == (50_050, 50_050)


def test_a_preview_shows_the_balance_a_top_up_leaves_and_writes_nothing(store, card_no):
    services.top_up(store, CASHIER, card_no, 30_000, limits=LIMITS, method=PaymentMethod.CASH)
    preview = services.preview_top_up(store, CASHIER, card_no, 20_000, limits=LIMITS, method=PaymentMethod.BANK_CARD)
    assert (preview.account, preview.balance_fen, preview.new_balance_fen, preview.method) == ("顺达物流", 30_000, 50_000, PaymentMethod.BANK_CARD)
    assert balance(store, card_no) == 30_000 and len(audit_of(store, "card.top_up")) == 1
    with pytest.raises(services.LimitExceeded):
        services.preview_top_up(store, CASHIER, card_no, 500_001, limits=LIMITS, method=PaymentMethod.CASH)


def test_an_opening_top_up_is_a_top_up(store):
    with pytest.raises(services.LimitExceeded):
        services.open_account(store, CASHIER, "大额客户", None, None, 500_001, None, "CN", limits=LIMITS, method="cash")
    with pytest.raises(DomainError, match="payment method"):
        services.open_account(store, CASHIER, "没说怎么付", None, None, 10_000, None, "CN", limits=LIMITS)
    opened = services.open_account(store, CASHIER, "平安货运", None, None, 30_000, None, "CN", limits=LIMITS, method="bank_card")
    with store.read() as session:
        card = accounts.find_card(session, opened.card_no)
        entry = session.scalar(select(LedgerEntry).where(LedgerEntry.card_id == card.id))
        assert (entry.amount_fen, entry.payment_method) == (30_000, PaymentMethod.BANK_CARD)
        assert [a.name for a in session.scalars(select(Account))] == ["平安货运"]  # the refused ones left nothing
    assert services.open_account(store, CASHIER, "零余额", None, None, 0, None, "CN", limits=LIMITS).card_no


def _binding(store, driver: str) -> PhoneBinding:
    with store.read() as session:
        return session.scalar(select(PhoneBinding).where(PhoneBinding.driver == driver))


def test_a_binding_gets_another_slot_and_driver_but_never_over_another_phones_slot(store, card_no):
    li = _binding(store, "李师傅")
    with pytest.raises(Conflict, match="overlaps"):
        services.change_phone(store, CASHIER, li.id, Slot.parse("05:00-12:00"), "李师傅")  # into 王师傅's night
    services.change_phone(store, CASHIER, li.id, Slot.parse("10:00-22:00"), "赵师傅")  # over its own old slot: fine
    with store.read() as session:
        changed = session.get(PhoneBinding, li.id)
        assert (changed.slot_start, changed.slot_end, changed.driver, changed.phone) == (600, 1320, "赵师傅", "+8613900000002")
    [record] = audit_of(store, "phone.change")
    assert record.subject == "京A12345"
    assert {k: record.details[k] for k in ("slot", "driver", "from_slot", "from_driver")} == {
        "slot": "10:00-22:00", "driver": "赵师傅", "from_slot": "08:00-16:00", "from_driver": "李师傅"}


def test_a_removed_binding_no_longer_answers_and_is_audited(store, card_no):
    wang = _binding(store, "王师傅")
    services.unbind_phone(store, CASHIER, wang.id)
    night = datetime(2026, 11, 23, 23, 30, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(UTC)
    with store.read() as session:
        vehicle = accounts.find_vehicle(session, "京A12345")
        assert [p.driver for p in vehicle.phones] == ["李师傅"]
        assert accounts.on_duty(session, vehicle, night, ZoneInfo("Asia/Shanghai")).phone == "+8613800000001"  # the account's
    [record] = audit_of(store, "phone.unbind")
    assert (record.operator, record.details["phone"], record.details["slot"], record.details["driver"]) == ("li", "+8613900000001", "22:00-06:00", "王师傅")
    with pytest.raises(DomainError, match="no phone binding"):
        services.unbind_phone(store, CASHIER, wang.id)  # removed already, by another till say
