"""Chinese for the alert list and the alert panel (merged by zh_fill.py)."""
ZH = {
    'Pump %1 offline: it does not answer': '油机 %1 离线：无应答',
    'A pump does not answer': '有油机无应答',
    'Camera lost': '摄像头无画面',
    "The charge to the driver's phone failed for filling %1": '加油 %1 的扣款通知未能发送到司机手机',
    '%1 waits for the cashier\'s decision': '%1 等待收银员处理',
    'Something failed: the lane took the safe way out': '操作失败：车道已转入安全状态',
    'The pump did not take the authorisation: the vehicle was not let fill': '油机未接受授权：该车未放行加油',
    'The pump did not take the stop: stop it at the pump': '油机未接受停机指令：请在油机上手动停机',
    'The money could not be held (database busy or full): the vehicle was not let fill': '无法冻结金额（数据库繁忙或磁盘已满）：该车未放行加油',
    "A filling open at the last shutdown waits for its pump's figures": '上次关机时未完成的加油正在等待油机数据',
    'The pump reports alarm %1': '油机报警 %1',
    "The lane lights' relay module does not answer": '车道信号灯继电器模块无应答',
    'The lane met an unexpected error and took the safe way out': '车道发生意外错误，已转入安全状态',
    '(%1 times since %2)': '（自 %2 起共 %1 次）',
    '· acknowledged by %1': '· 已由 %1 确认',
    'Acknowledge': '确认',
    'Seen: the alert greys, and leaves when its cause ends': '已知悉：告警变灰，原因消除后自动移除',
    'Details': '详情',
    'Acknowledgement not recorded: the database is busy': '确认未记录：数据库繁忙',
    'Reading the plate': '正在识别车牌',
    'Emergency stop': '紧急停机',
    'free': '空闲',
    'waiting %1': '等待 %1',
}

ZH.update({
    'ordinary plate': '普通号牌',
    'new-energy plate (small vehicle)': '新能源号牌（小型车）',
    'new-energy plate (large vehicle)': '新能源号牌（大型车）',
    'police plate': '警用号牌',
    'learner plate': '教练号牌',
    'trailer plate': '挂车号牌',
    'Hong Kong cross-border plate': '粤港两地号牌',
    'Macau cross-border plate': '粤澳两地号牌',
    'consulate plate': '领馆号牌',
    'embassy plate': '使馆号牌',
    'armed police plate': '武警号牌',
    'plate': '号牌',
    'Put %1 first': '首字改为 %1',
    'Type the plate as it is on the vehicle': '按车上号牌输入',
    '✓ %1': '✓ %1',
    'Not a plate: the province comes first (use the keys above)': '不是有效车牌：首字应为省份简称（用上方按键输入）',
    'Not a plate yet: check the letters and digits': '还不是有效车牌：请核对字母和数字',
    'The action failed: the lane or the database did not answer. Nothing was done.': '操作失败：车道或数据库无响应。未执行任何操作。',
})

ZH.update({
    'Only a manager may change the settings. Log in as a manager, then save again.': '只有站长可以修改设置。请以站长身份登录后再保存。',
    'Not saved: the value of “%1” cannot be used.': '未保存：“%1”的值无法使用。',
    'Not saved: the configuration cannot be used.': '未保存：配置无法使用。',
    'Not saved: the file cannot be written (%1).': '未保存：无法写入文件（%1）。',
    'Saved, but the change could not be written to the audit log.': '已保存，但此次修改未能写入审计日志。',
    'Check the port, baud rate and parity first.': '请先检查端口、波特率和校验位。',
    'The port cannot be opened or does not answer.': '端口无法打开或无应答。',
})

ZH.update({
    '✗ No picture from this camera': '✗ 此摄像头无画面',
    '✗ The port cannot be opened': '✗ 无法打开该端口',
    '✗ No DART pump answers at 0x50 on this port': '✗ 此端口上地址 0x50 没有 DART 油机应答',
    '✓ Pump 0x50: %1': '✓ 油机 0x50：%1',
    'odd': '奇校验',
    'even': '偶校验',
    'none': '无',
})

ZH.update({
    'Nozzle %1 %2': '%1号枪 %2',
})

ZH.update({
    'Head office did not take a change to %1 made here (Details says why)': '总部未接受本站对%1的一项修改（原因见“详情”）',
    'an account': '账户',
    'a card': '油卡',
    'a vehicle': '车辆',
    'a phone binding': '手机绑定',
    'an operator': '操作员',
    "the station's data": '本站数据',
})

ZH.update({
    'Pump %1 keeps the new price: the change was undone at the other pumps. Set its price at the pump or try again': '油机 %1 仍为新单价：其他油机已撤销改价。请在油机上设置单价或重试',
})

ZH.update({
    '%1 waits at the gate for the booth': '%1 在道闸前等待岗亭处理',
    '%1 entered again without leaving: its first stay is kept, nothing charged twice': '%1 未出场再次入场：保留首次停车记录，不会重复收费',
    'The barrier does not answer: it stays as it is; open it by hand': '道闸无应答：保持现状；请手动抬杆',
    'Barrier down': '道闸落下',
    'Checking plate': '核对车牌',
    'Taking the fee': '正在扣费',
    'Booth needed': '需岗亭处理',
    'Barrier up: drive on': '道闸抬起：请通行',
    'plate not registered': '车牌未登记',
    'no entry found for this plate': '未找到该车的入场记录',
    'balance too low for the fee': '余额不足以支付停车费',
    'no card to charge': '没有可扣费的油卡',
    'card blocked': '卡已冻结',
    'plate unsure': '车牌不确定',
    'plate on the blacklist': '车牌在黑名单中',
    'already inside: entered again without leaving': '已在场内：未出场再次入场',
    'Entry': '入口',
    'Exit': '出口',
    'Toll': '收费站',
    'Barrier: down': '道闸：落下',
    'Barrier: up': '道闸：抬起',
    'Barrier: no answer': '道闸：无应答',
    'Open by hand': '手动抬杆',
    'Paid at the booth': '岗亭已收费',
    'In since %1': '入场 %1',
    'Fee ¥%1': '费用 ¥%1',
    'Open the barrier of lane %1': '抬起%1号车道道闸',
    'Let %1 through by hand. The reason is kept in the audit log.': '手动放行 %1。原因会记入审计日志。',
    'Visitor let in by the office': '办公室登记的访客',
    'Plate checked by eye': '已人工核对车牌',
    'Emergency vehicle': '紧急车辆',
    'Open': '抬杆',
    'Fee paid at the booth, lane %1': '%1号车道：岗亭已收费',
    '%1 paid ¥%2 another way: the stay is closed and the barrier opens.': '%1 已通过其他方式支付 ¥%2：停车记录关闭，道闸抬起。',
    'Paid in cash': '现金支付',
    'Paid by WeChat/Alipay at the booth': '岗亭微信/支付宝支付',
    'Paid, open': '已付，抬杆',
})

ZH.update({
    'inside': '在场',
    'left': '已离场',
    'voided': '已作废',
    'card': '油卡',
    'monthly pass': '月卡',
    'at the booth': '岗亭',
    'at another station': '他站出场扣费',
    'Kind': '类型',
    'Entered': '入场',
    'Left': '离场',
    'Fee (¥)': '费用（元）',
    'Paid by': '支付方式',
    'By hand': '人工处理',
    'toll': '收费站',
    'parking': '停车',
    'Search a plate': '搜索车牌',
    '%1 stays · %2 inside now · ¥%3 taken': '共 %1 次停车 · 场内 %2 辆 · 已收 ¥%3',
    'Car park': '停车场',
})
ZH.update({'To': '至'})
ZH.update({'settled, but the barrier does not answer: open it by hand': '已结算，但道闸无应答：请手动抬杆'})
ZH.update({
    'Barrier opened by hand': '手动抬杆',
    'Gate fee paid at the booth': '岗亭收取停车费',
    'Plate corrected at a gate': '道闸处更正车牌',
    'Correct plate': '更正车牌',
})
