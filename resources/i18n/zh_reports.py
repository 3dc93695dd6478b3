"""Chinese for the Reports page (ui/views/reports.py, report_charts.py) and the reports' titles
(the "Report" context, ui/views/report_titles.py); zh_fill.py merges it."""

ZH = {
    # The page
    'Reports': '报表',
    'Report': '报表',
    'Day': '日期',
    'Shift': '班次',
    'Show': '查询',
    'All vehicles': '全部车辆',
    'Last closed shift': '最近结班的班次',
    'Export Excel…': '导出 Excel…',
    'Export PDF…': '导出 PDF…',
    'Excel workbooks (*.xlsx)': 'Excel 工作簿 (*.xlsx)',
    'PDF documents (*.pdf)': 'PDF 文档 (*.pdf)',
    'Export the report': '导出报表',
    'Report written to %1': '报表已写入 %1',
    'Report not made: %1': '报表未生成：%1',
    'Rows: %1': '共 %1 行',
    '%1 is not a plate': '%1 不是有效车牌',
    '%1 is not a shift number': '%1 不是有效的班次编号',
    'The report “%1” is not available in this version of PlatePay.': '此版本的车牌付暂不提供“%1”报表。',
    # The reports offered
    'Vehicles': '车辆',
    "Drivers' slots": '司机时段',
    'Fuelling places': '加油地点',
    'Exceptions': '异常',
    'Shift close': '交班（班结）',
    'Day close': '日结',
    'Total': '合计',
    '(nothing in this period)': '（此期间无数据）',
    # The charts
    'Litres per vehicle per day': '各车辆每日加油量（升）',
    'Litres per grade per hour': '各油品每小时加油量（升）',
    'Exceptions per week': '每周异常数',
    'Count': '次数',
    'No fillings in this period': '此期间无加油记录',
    'No exceptions in this period': '此期间无异常',
    '(no grade)': '（无油品）',
    'The exceptions report is not available in this version': '此版本暂无异常报表',
    # Titles of the fleet reports (console/fleet/reports.py)
    'Consumption per vehicle': '各车辆油耗',
    'Distance and fuel per driver slot': '各司机时段里程与油量',
    'Fuelling places per driver': '各司机加油地点',
    'Against band': '对比油耗区间',
    'Band from': '区间下限',
    'Band to': '区间上限',
    'Baseline (median)': '基准（中位数）',
    'Vehicle baseline': '车辆基准',
    'Consumption (L/100 km or L/h)': '油耗（升/百公里或升/小时）',
    'Distance (km or h)': '里程（公里或小时）',
    'Distance since last reading': '距上次读数里程',
    'Driver at last reading': '上次读数时司机',
    'Last reading at': '上次读数时间',
    'Last reading station': '上次读数油站',
    'Odometer (km or h)': '里程表（公里或小时）',
    'Meter': '计量方式',
    'Fillings': '加油笔数',
    'Full fill': '是否加满',
    'Full-to-full segments': '满箱区间数',
    'Partial fills': '未加满次数',
    'Stations': '油站',
    'Tank': '油箱容量',
    # Titles of shift and day close (console/shifts/reports.py)
    'Shift report': '班结报表',
    'Day report': '日结报表',
    'Line': '项目',
    'Opened': '开班时间',
    'Opened by': '开班人',
    'Closed': '结班时间',
    'Closed by': '结班人',
    'Tender, operator or reason': '支付方式、操作员或原因',
    'Litres (fillings)': '升数（加油记录）',
    'Amount (fillings)': '金额（加油记录）',
    'Litres (pump totals)': '升数（油机累计）',
    'Amount (pump totals)': '金额（油机累计）',
    'Totals at open (L)': '开班累计（升）',
    'Totals at close (L)': '结班累计（升）',
    'Totals': '累计数',
    'Mismatch (L)': '差异（升）',
    'Mismatch (amount)': '差异（金额）',
    'Nozzles without totals': '无累计数的油枪',
}

ZH.update({
    # Notes under the reports (literal ones; a note made at run time stays as the builder wrote it)
    "Consumption is full to full: a fill that reached its preset is partial and counted in the next full fill's segment.":
        '油耗按满箱到满箱计算：达到预置量的加油视为未加满，计入下一次加满的区间。',
    "Distance: since the vehicle's previous reading, counted for the driver on duty at the later filling.":
        '里程：自该车上一次读数起算，计入后一次加油时当班的司机。',
    "A driver is the one the station charged at the filling; no driver: no slot covered it (the account's phone).":
        '司机为加油时被扣款通知的司机；无司机：该时间不在任何时段内（通知账户手机）。',
    'No shift was closed on this day.': '当天没有结班的班次。',
    'The shift is open: its end totals are not read yet, the figures are the fillings so far.':
        '班次未结：尚未读取结班累计数，数字为目前为止的加油记录。',
})

# Same English, another sense in a report's column.
BY_CONTEXT = {
    ('Report', 'Filling'): '加油记录',  # the filling a row is about, not "filling now"
    ('Report', 'Stations'): '所到油站',
    # Codes in the reports' text columns (ui/views/report_words.py), kept to their context: "read" or "no" elsewhere is another word
    ('ReportValue', 'km'): '公里',
    ('ReportValue', 'engine hours'): '发动机小时',
    ('ReportValue', 'yes'): '是',
    ('ReportValue', 'no'): '否',
    ('ReportValue', 'within band'): '正常',
    ('ReportValue', 'above band'): '偏高',
    ('ReportValue', 'below band'): '偏低',
    ('ReportValue', 'no figure'): '无数据',
    ('ReportValue', 'shift'): '班次',
    ('ReportValue', 'nozzle'): '油枪',
    ('ReportValue', 'grade'): '油品',
    ('ReportValue', 'tender'): '支付方式',
    ('ReportValue', 'by hand'): '人工',
    ('ReportValue', 'read'): '已读取',
    ('ReportValue', 'not read at the open'): '开班未读到',
    ('ReportValue', 'not read at the close'): '结班未读到',
    ('ReportValue', 'not read'): '未读到',
    ('ReportValue', 'not read yet'): '尚未读取',
    ('ReportValue', 'cancelled'): '取消',
}
# Exception rules, tenders and cancel codes in report columns (ui/views/report_words.py).
ZH.update({
    'more than the tank holds': '超过油箱容量',
    'too soon after the last fill (time)': '距上次加油过近（时间）',
    'too soon after the last fill (distance)': '距上次加油过近（里程）',
    'consumption above its band': '油耗高于区间',
    'consumption below its band': '油耗低于区间',
    'two sites at once': '同时在两站加油',
    "outside every driver's slot": '不在任何司机的时段内',
    'at night': '夜间加油',
    'authorised by a cashier': '收银员手动授权',
    'settled by hand': '手工结算',
    'fuel card': '油卡',
    "card, charged to the driver's phone": '油卡扣费并通知司机手机',
    'no card: paid at the till': '无卡：柜台付款',
    'stopped by the cashier': '收银员停机',
    'cancelled at restart': '重启时取消',
    'nozzle not lifted in time': '未及时提枪',
    'vehicle left': '车辆已离开',
    'another vehicle came': '换了另一辆车',
    'pump refused the authorisation': '油机拒绝授权',
    'failed safe': '故障转入安全状态',
    'released': '已释放',
})
# The places summary (console/fleet/reports.py places).
ZH.update({
    'First filling': '首次加油',
    'Last filling': '末次加油',
    'One row per vehicle, driver, station and lane; ask for one vehicle for each of its fillings.': '每行为一辆车、一名司机、一座站和一条车道；查询单辆车可看到它的每一笔加油。',
})
ZH.update({
    'Consumption per vehicle, full to full': '各车油耗（满油法）',
    'L/100 km (L/h)': '升/百公里（升/小时）',
    'No full-to-full figure in this period (odometer readings at two full fills)': '本期间没有满油法油耗（需两次加满时的里程读数）',
})
ZH.update({'the station database could not make it; the log says why': '本站数据库无法生成该报表，原因见日志'})
