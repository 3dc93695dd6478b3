"""Chinese for the transactions page (ui/views/transactions.py); zh_fill.py merges it."""

ZH = {
    # Columns
    'Nozzle': '油枪',
    'Grade': '油品',
    'Operator': '操作员',
    'Cancel reason': '取消原因',
    # The span of days
    'Period': '时段',
    'Today': '今天',
    'Yesterday': '昨天',
    'Last 7 days': '最近 7 天',
    'This month': '本月',
    'Custom': '自定义',
    'Dates from': '日期',
    'to': '至',
    # Totals and the export
    '%1 fillings · %2 L · ¥%3': '共 %1 笔 · %2 升 · ¥%3',
    ' · %1 cancelled, not in litres or amount': ' · 已取消 %1 笔（不计入升数和金额）',
    ' · newest %1 shown; the export has them all': ' · 仅显示最新 %1 笔，导出包含全部',
    'Fillings not loaded: %1': '加油记录未能加载：%1',
    'Writing %1…': '正在写入 %1…',
    '%1 fillings written to %2': '已将 %1 笔加油写入 %2',
    'Export failed: %1': '导出失败：%1',
    # Why a filling was cancelled
    'Stopped by %1': '由 %1 停机',
    'Emergency stop by %1': '%1 紧急停机',
    'Found open after a restart': '重启后发现未完成',
    'the pump was never authorised': '油机从未授权',
    'its lane is no longer configured': '该车道已不在配置中',
    'Released without fuel (timed out, vehicle left or pump refused)': '未加油即释放（超时、车辆离开或油机拒绝）',
    '%1: %2': '%1：%2',
}

ZH.update({
    'Released: nobody lifted the nozzle in time': '已释放：超时未提枪',
    'Released: the vehicle left': '已释放：车辆已离开',
    'Released: another vehicle came to the pump': '已释放：另一辆车驶到油机前',
    'Released: the pump did not take the authorisation': '已释放：油机未接受授权',
    'Released: something failed, the lane took the safe way out': '已释放：操作失败，车道已转入安全状态',
})
