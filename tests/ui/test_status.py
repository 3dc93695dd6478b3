"""The status bar and the alert list: what needs the cashier's eye without a click."""

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from console.lanes import events as ev


@dataclass
class SyncStatus:
    online: bool
    pending: int
    last_success_at: datetime | None
    last_error: str | None


def test_a_pump_that_stops_answering_raises_an_alert_and_clears_it_on_return(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    qtbot.waitUntil(lambda: window.lanes.tiles[2].view_state.pump_online, timeout=10000)
    console.world.sim.set_stall(0x51, True)
    qtbot.waitUntil(lambda: any(a.kind == "pump_offline" and a.lane == 2 for a in window.alerts.alerts), timeout=15000)
    qtbot.waitUntil(lambda: not window.lanes.tiles[2].view_state.pump_online, timeout=10000)
    assert "离线" in window.lanes.tiles[2].pump.text()
    assert window.alert_panel.title.text() != "告警（0）"
    console.shot("pump_offline", window)
    console.world.sim.set_stall(0x51, False)
    qtbot.waitUntil(lambda: not any(a.kind == "pump_offline" and a.lane == 2 for a in window.alerts.alerts), timeout=15000)


def test_charge_failures_and_errors_are_listed_newest_first(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    with qtbot.waitSignal(window.alerts.rowsInserted):
        console.engine.publish(ev.ChargeFailed(lane=1, filling_id="0f1e2d3c-aaaa", error="HTTP 503"))
    with qtbot.waitSignal(window.alerts.rowsInserted):
        console.engine.publish(ev.ErrorEvent(lane=3, message="camera rtsp://cam3: no answer", code="camera"))
    assert [a.kind for a in window.alerts.alerts] == ["camera_lost", "charge_failed"]
    # The cashier reads what failed; the technical why stays behind "details".
    assert "扣款通知未能发送" in window.alerts.data(window.alerts.index(1))
    assert window.alerts.alerts[1].detail == "HTTP 503"


def test_a_camera_that_stops_sending_frames_is_called_lost(make_console, qtbot):
    console = make_console(cameras=True)
    page = console.window.lanes
    qtbot.waitUntil(lambda: page.tiles[4].video.frame is not None)
    console.cameras[3].stop()
    bridge = console.console.bridge
    qtbot.waitUntil(lambda: bridge.take_frame(4) is None)  # the last frame it sent is out of the way
    page._started -= 60  # past the start-up grace period
    page.tiles[4].video.received_at = time.monotonic() - 60  # as if the last frame were a minute old
    qtbot.waitUntil(lambda: any(a.kind == "camera_lost" and a.lane == 4 for a in console.window.alerts.alerts), timeout=5000)
    assert page.tiles[4].video.text() == "摄像头无画面"


def test_sync_state_shows_online_pending_and_last_sync(make_console, qtbot):
    console = make_console(cameras=False)
    window = console.window
    assert window.sync_label.text() == "中心库：未配置"
    status = SyncStatus(True, 3, datetime(2026, 11, 23, 2, 5, 9, tzinfo=UTC), None)
    window._sync_status = lambda: status
    window.show_sync()
    assert window.sync_label.text() == "中心库：在线 · 待同步 3 · 上次同步 10:05:09"
    status = SyncStatus(False, 12, None, "connection refused")
    window.show_sync()
    assert "离线" in window.sync_label.text() and "12" in window.sync_label.text()
    assert window.sync_label.toolTip() == "connection refused"
