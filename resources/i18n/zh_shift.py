"""Chinese for the shift (交班): the dialog, the toolbar button and every refusal (merged by zh_fill.py)."""
ZH = {
    'Shift…': '交班…',
    "Open or close the shift against the pumps' totals": '按油机电子总累读数开班或交班（班结）',
    'No shift is open.': '当前没有开班。',
    'Open a shift (read the pump totals)': '开班（读取油机总累）',
    'Shift open since %1, opened by %2.': '本班自 %1 起，由 %2 开班。',
    'Close the shift (read the pump totals)': '交班（读取油机总累）',
    'Reading the pump totals…': '正在读取油机总累…',
    'Shift opened.': '已开班。',
    'Shift closed: %1 filling(s), %2 L, ¥%3. Its report is on the Reports page (Shift).':
        '已交班：加油 %1 笔，%2 升，¥%3。班结报表见“报表”页（班次）。',
    '%1 nozzle(s) closed without their totals.': '%1 把油枪未读到总累即交班。',
    'Pump totals missing': '缺少油机总累',
    'Nothing was changed.': '未做任何更改。',
    'The shift could not be read or saved: %1': '无法读取或保存班次：%1',
    'the pump does not answer': '油机无应答',
    'the pump did not send its totals in time': '油机未及时返回总累',
    'the pump refused the request': '油机拒绝了请求',
    'its pump line is not open': '其油机通讯线路未打开',
    'the nozzle was not configured at that end of the shift': '该油枪在班次的那一端未配置',
    'Lane %1 nozzle %2 (%3): %4': '%1 号车道 %2 号枪（%3）：%4',
    'A shift is already open (opened by %1). Close it first.': '已有班次未交（由 %1 开班），请先交班。',
    'No shift is open: open one first.': '当前没有开班，请先开班。',
    'The shift shown is no longer the open one: look again.': '所显示的班次已不是当前班次，请重新查看。',
    '%1 filling(s) are still open on lane %2. Let them finish, or settle them, then close the shift.':
        '%2 号车道仍有 %1 笔加油未完成。请等待完成或结算后再交班。',
    'A filling began on lane %1 while the pump totals were read. Read them again.': '读取总累期间 %1 号车道开始了加油，请重新读取。',
    "These nozzles' totals could not be read:\n%1\nGo on without them? The report will say so.":
        '以下油枪的总累未能读取：\n%1\n是否不读这些油枪继续？报表中会注明。',
    "Not every nozzle's totals were read. Read them again.": '并非所有油枪的总累都已读取，请重新读取。',
    'Only a cashier or a manager keeps shifts.': '只有收银员或站长可以开班、交班。',
    'The console is running and drives the pumps: open or close the shift in its window.': '控制台正在运行并控制油机：请在其窗口中开班或交班。',
    "The demo's pumps exist only inside the running console: open or close the shift in its window.":
        '演示油机只存在于运行中的控制台内：请在其窗口中开班或交班。',
    'No such shift (none has been closed yet).': '没有该班次（尚无已交班的班次）。',
    'The shift was not opened or closed (%1).': '未能开班或交班（%1）。',
}
# The odometer typed at the lane (ui/odometer_dialog.py).
ZH.update({
    'Odometer': '里程',
    'odometer recorded': '已记录里程',
    'Odometer, lane %1': '%1 号车道 录入里程',
    'The odometer of %1 (km; engine hours for a vehicle metered in hours):': '%1 的里程表读数（公里；按工作小时计的车辆填小时数）：',
    'Record': '记录',
    "%1 h is below this vehicle's last reading, %2 h on %3. Look at the meter again.": '%1 小时低于该车上次读数（%3 的 %2 小时），请重新查看计时表。',
    "%1 km is below this vehicle's last reading, %2 km on %3. Look at the odometer again.": '%1 公里低于该车上次读数（%3 的 %2 公里），请重新查看里程表。',
    '%1 is above a later reading of this vehicle, %2 on %3. Look again.': '%1 高于该车之后的读数（%3 的 %2），请重新查看。',
    'Type the reading as a number, to a tenth at most (e.g. 123456.7).': '请输入数字读数，最多一位小数（如 123456.7）。',
    'No registered vehicle is being filled on this lane: nothing to read the odometer for.': '本车道当前没有已登记车辆在加油，无法录入里程。',
    'The reading was not taken (%1).': '读数未记录（%1）。',
})
# Notes under the shift and day reports (console/shifts/reports.py), their figures as %n.
ZH.update({
    'Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 less than its fillings.': '%1 号车道 %2 号枪（%3）：油机总累比加油记录少 %4 升、¥%5。',
    'Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.': '%1 号车道 %2 号枪（%3）：油机总累比加油记录多 %4 升、¥%5。',
    'Lane %1 nozzle %2 (%3): totals unavailable at close (%4); its %5 filling(s) are not checked against the pump.':
        '%1 号车道 %2 号枪（%3）：交班时未读到总累（%4）；其 %5 笔加油未与油机核对。',
    'Lane %1 nozzle %2 (%3): totals unavailable at open (%4); its %5 filling(s) are not checked against the pump.':
        '%1 号车道 %2 号枪（%3）：开班时未读到总累（%4）；其 %5 笔加油未与油机核对。',
    'Lane %1 nozzle %2 (%3): totals unavailable at open and at close (%4); its %5 filling(s) are not checked against the pump.':
        '%1 号车道 %2 号枪（%3）：开班和交班时均未读到总累（%4）；其 %5 笔加油未与油机核对。',
    'Shift %1 at %2: %3 nozzle(s) closed without totals.': '%2 站班次 %1：%3 把油枪未读到总累即交班。',
    'Shift %1 at %2: the pumps counted %3 L, ¥%4 beyond the fillings (totals − fillings).':
        '%2 站班次 %1：油机总累比加油记录多 %3 升、¥%4（总累 − 加油记录）。',
})
