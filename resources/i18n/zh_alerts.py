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
