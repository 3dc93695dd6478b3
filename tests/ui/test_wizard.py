"""The first-run wizard writes a configuration the console can start on, or nothing at all."""

from PySide6.QtWidgets import QWizard

from console import config
from ui.wizard import FirstRunWizard


def finish(qtbot, wizard: FirstRunWizard) -> None:
    manager = wizard.manager_page
    if not manager.isComplete():
        manager.username.setText("wang")
        manager.password.setText("long-enough-1")
        manager.again.setText("long-enough-1")
    while wizard.currentId() != wizard.pageIds()[-1]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_writes_a_valid_configuration(qtbot, tmp_path):
    path = tmp_path / "conf" / "platepay.toml"
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.station.station_id.setText("north-7")
    wizard.station.name.setText("北七站")
    wizard.lanes_page.count.setValue(3)
    wizard.peers.webhook.setText("https://pay.example.com/charges")
    wizard.peers.secret.setText("s3cret")
    finish(qtbot, wizard)
    loaded = config.load(path)
    assert (loaded.station.id, loaded.station.name) == ("north-7", "北七站")
    assert [lane.pump_address for lane in loaded.lanes] == [0x50, 0x51, 0x52]
    assert loaded.webhook.secret == "s3cret"
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_wrong_value_is_refused_and_nothing_is_written(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "platepay.toml"
    messages = []
    monkeypatch.setattr("ui.wizard.QMessageBox.warning", lambda parent, title, text: messages.append(text))
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.lanes_page.table.item(0, 1).setText("0x20")
    finish(qtbot, wizard)
    assert "pump_address" in messages[0] and "0x50" in messages[0]
    assert not path.exists() and wizard.isVisible()


def test_cancelling_leaves_nothing_behind(qtbot, tmp_path):
    path = tmp_path / "platepay.toml"
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.reject()
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_camera_preview_shows_a_picture_without_blocking_the_window(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "platepay.toml")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.lanes_page.preview_button.click()
    qtbot.waitUntil(lambda: wizard.lanes_page.preview.pixmap() is not None and not wizard.lanes_page.preview.pixmap().isNull(), timeout=10000)
    wizard.lanes_page.table.item(0, 0).setText(str(tmp_path / "no-such-clip.mp4"))
    wizard.lanes_page.preview_button.click()
    qtbot.waitUntil(lambda: wizard.lanes_page.preview.text().startswith("✗"), timeout=15000)


def test_the_first_manager_needs_a_name_and_a_real_password(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "platepay.toml")
    qtbot.addWidget(wizard)
    page = wizard.manager_page
    assert not page.isComplete()
    page.username.setText("wang")
    page.password.setText("short")
    page.again.setText("short")
    assert not page.isComplete() and "8" in page.problem.text()
    page.password.setText("long-enough-1")
    page.again.setText("long-enough-2")
    assert not page.isComplete()
    page.again.setText("long-enough-1")
    assert page.isComplete() and page.manager() == ("wang", "long-enough-1", None)


def test_a_station_set_up_by_the_wizard_holds_no_demo_data_and_no_demo_login(qtbot, tmp_path, monkeypatch):
    import argparse

    from sqlalchemy import func, select

    from console.cli.context import AppContext
    from console.domain.operators import AuthenticationFailed, authenticate
    from console.store.models import Account, Operator
    from ui.app import begin_station

    path = tmp_path / "platepay.toml"
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.station.station_id.setText("north-7")
    finish(qtbot, wizard)
    args = argparse.Namespace(config=str(path), db=str(tmp_path / "station.sqlite3"), json=False, demo=False, headless=False)
    ctx = AppContext(args)
    try:
        begin_station(ctx, wizard.written, wizard.manager_page.manager())
        with ctx.store.read() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == 0
            assert [o.username for o in session.scalars(select(Operator))] == ["wang"]
            assert authenticate(session, "wang", "long-enough-1").role.value == "manager"
            try:
                authenticate(session, "manager", "manager1")
            except AuthenticationFailed:
                pass
            else:
                raise AssertionError("the demo's manager login works on a real station")
    finally:
        ctx.close()
