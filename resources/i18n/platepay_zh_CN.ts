<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="141" />
        <source>Search account, card, plate or phone</source>
        <translation>搜索账户、卡号、车牌或手机号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144" />
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144" />
        <source>Bind plate…</source>
        <translation>绑定车牌…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144" />
        <source>Bind phone…</source>
        <translation>绑定手机…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="223" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <location filename="../../ui/actions.py" line="91" />
        <source>Authorise lane %1</source>
        <translation>放行 %1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92" />
        <source>Let %1 fill on lane %2. The card pays if it can; otherwise it is a counter sale.</source>
        <translation>允许 %1 在 %2 号车道加油。卡内余额足够则从卡扣款，否则到柜台付款。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93" />
        <source>Customer pays at the counter</source>
        <translation>客户到柜台付款</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93" />
        <source>Plate checked by eye</source>
        <translation>已人工核对车牌</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93" />
        <source>Manager approved</source>
        <translation>站长已批准</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94" />
        <source>Authorise</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98" />
        <source>Deny lane %1</source>
        <translation>拒绝 %1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98" />
        <source>Refuse fuel to %1 on lane %2.</source>
        <translation>拒绝为 %2 号车道的 %1 加油。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99" />
        <source>Customer cannot pay</source>
        <translation>客户无法付款</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99" />
        <source>Plate does not match the vehicle</source>
        <translation>车牌与车辆不符</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99" />
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103" />
        <source>Correct the plate on lane %1</source>
        <translation>更正 %1 号车道的车牌</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103" />
        <source>The camera read %1. Type the plate as it is on the vehicle.</source>
        <translation>摄像头识别为 %1。请按车上的实际车牌输入。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <source>Camera misread</source>
        <translation>摄像头识别错误</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <source>Plate dirty or covered</source>
        <translation>车牌脏污或被遮挡</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Customer asked</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Wrong vehicle</source>
        <translation>车辆不符</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Safety</source>
        <translation>安全原因</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64" />
        <source>stop button; reason asked afterwards</source>
        <translation>停机按钮；原因随后补填</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74" />
        <source>Pump of lane %1 stopped</source>
        <translation>%1 号车道油机已停止</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74" />
        <source>Why was it stopped? The reason is kept in the audit log.</source>
        <translation>为何停机？原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Save reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128" />
        <source>Emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128" />
        <source>Stop every pump on the station now.</source>
        <translation>立即停止全站所有油机。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129" />
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129" />
        <source>Fire or spill</source>
        <translation>火情或漏油</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129" />
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129" />
        <source>Stop all pumps</source>
        <translation>全部停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143" />
        <source>Reset the emergency stop</source>
        <translation>解除紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143" />
        <source>Allow the pumps to be authorised again.</source>
        <translation>允许油机重新放行。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144" />
        <source>Danger over, checked on the forecourt</source>
        <translation>险情已排除，已现场确认</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144" />
        <source>Drill finished</source>
        <translation>演练结束</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144" />
        <source>Reset</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177" />
        <source>Only a manager may do this. Ask a manager to log in.</source>
        <translation>此操作仅限站长。请站长登录。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="183" />
        <source>The action failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="186" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="194" />
        <source>The vehicle changed: the lane now shows %1, not %2. Nothing was done.</source>
        <translation>车辆已变更：车道现为 %1，不是 %2。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196" />
        <source>%1 is now at lane %2.</source>
        <translation>%1 现在在 %2 号车道。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199" />
        <source>The lane moved on since you looked. Check it and try again. Nothing was done.</source>
        <translation>车道状态已变化，请核对后重试。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="200" />
        <source>The lane does not take this now. Nothing was done.</source>
        <translation>车道当前状态不接受此操作。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="201" />
        <source>The emergency stop is on: a manager must reset it first.</source>
        <translation>紧急停机未解除：须由站长先解除。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="202" />
        <source>Say why: a reason is kept in the audit log.</source>
        <translation>请填写原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="203" />
        <source>That is not a plate. Type it as it is on the vehicle, province first.</source>
        <translation>这不是有效车牌。请按车上车牌输入，省份简称在前。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="204" />
        <source>The audit log could not be written, so nothing was done.</source>
        <translation>审计日志无法写入，因此未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="205" />
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/alerts.py" line="31" />
        <source>Pump 0x%1 offline</source>
        <translation>油机 0x%1 离线</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="33" />
        <source>Charge failed for filling %1: %2</source>
        <translation>加油 %1 扣款通知失败：%2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="35" />
        <source>Filling %1 of %2 needs settling by hand: the pump no longer knows its figures</source>
        <translation>%2 的加油记录 %1 需人工结算：油机已无该笔数据</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="38" />
        <source>Emergency stop ON: no pump is authorised until a manager resets it</source>
        <translation>紧急停机生效：站长解除前任何油机都不会放行</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="49" />
        <source>%1 is at the pump authorised for %2</source>
        <translation>%1 停在为 %2 放行的油机前</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="51" />
        <source>Filling not settled yet (database busy or full): retrying</source>
        <translation>加油尚未结算（数据库繁忙或磁盘已满）：正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="53" />
        <source>Held money not released yet (database busy or full): retrying</source>
        <translation>冻结金额尚未释放（数据库繁忙或磁盘已满）：正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="55" />
        <source>Pump %1 not known to be locked: the money stays held until it is</source>
        <translation>油机 %1 未确认锁定：冻结金额保留至确认为止</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="57" />
        <source>Something failed (%1): the lane took the safe way out</source>
        <translation>操作失败（%1）：车道已转入安全状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="59" />
        <source>The pump answers but refuses every command: is another controller on the line?</source>
        <translation>油机有应答但拒绝所有指令：线路上是否有其他控制器？</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="61" />
        <source>The pump counts in other decimals than configured: the pump's are used</source>
        <translation>油机的小数位与配置不同：以油机为准</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="63" />
        <source>Emergency stop ON, but it could not be saved: it will not hold across a restart</source>
        <translation>紧急停机已生效，但未能保存：重启后不会保持</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="65" />
        <source>Head office did not take a change made here (%1): %2</source>
        <translation>总部未接受本站的一项修改（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="67" />
        <source>Camera gives no picture: %1</source>
        <translation>摄像头无画面：%1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="88" />
        <source>Lane %1</source>
        <translation>%1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="88" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/lanes_page.py" line="110" />
        <source>Camera lost</source>
        <translation>摄像头无画面</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/views/audit.py" line="49" />
        <source>Search operator, action, subject or reason</source>
        <translation>搜索操作员、操作、对象或原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="50" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="78" />
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>BindPlateDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="80" />
        <source>Bind a plate to card %1</source>
        <translation>为卡 %1 绑定车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="85" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="90" />
        <source>Type the plate</source>
        <translation>请输入车牌</translation>
    </message>
</context>
<context>
    <name>BusPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="170" />
        <source>Pumps</source>
        <translation>油机</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="171" />
        <source>The serial line of the dispensers (DART). Test asks the first pump for its status.</source>
        <translation>加油机的串口线路（DART 协议）。“测试”会询问第一台油机的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="180" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="185" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="186" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="187" />
        <source>Parity</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="196" />
        <source>The demo's simulated pumps need no test.</source>
        <translation>演示用的模拟油机无需测试。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="198" />
        <source>Asking the pump…</source>
        <translation>正在询问油机…</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="25" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25" />
        <source>Balance (¥)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25" />
        <source>Available (¥)</source>
        <translation>可用（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="26" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="26" />
        <source>Phones on duty</source>
        <translation>值班手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="42" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="42" />
        <source>blocked</source>
        <translation>已冻结</translation>
    </message>
</context>
<context>
    <name>FillingStatus</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="78" />
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="78" />
        <source>authorised</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="79" />
        <source>filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="79" />
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="80" />
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="80" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="81" />
        <source>needs settlement</source>
        <translation>待人工结算</translation>
    </message>
</context>
<context>
    <name>FillingsModel</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="27" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27" />
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28" />
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="39" />
        <source>(counter sale)</source>
        <translation>（柜台付款）</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="281" />
        <source>Set up PlatePay</source>
        <translation>设置车牌付</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="314" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LaneState</name>
    <message>
        <location filename="../../ui/lanestate.py" line="41" />
        <source>Waiting for a vehicle</source>
        <translation>等待车辆</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="42" />
        <source>Checking plate</source>
        <translation>正在核验车牌</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="43" />
        <source>Refused</source>
        <translation>拒绝加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="44" />
        <source>Cashier needed</source>
        <translation>需收银员处理</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="45" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="46" />
        <source>Lift the nozzle</source>
        <translation>请提枪加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="47" />
        <source>Filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="48" />
        <source>Settling</source>
        <translation>正在结算</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="49" />
        <source>Settling, retrying</source>
        <translation>结算中，正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="50" />
        <source>Releasing the money held</source>
        <translation>正在释放冻结金额</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="56" />
        <source>balance OK</source>
        <translation>余额充足</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="57" />
        <source>balance too low</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="58" />
        <source>plate not registered</source>
        <translation>车牌未登记</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="59" />
        <source>plate unsure</source>
        <translation>车牌识别不确定</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="60" />
        <source>card blocked</source>
        <translation>卡已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="61" />
        <source>plate already at another pump</source>
        <translation>该车牌已在其他油机加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="62" />
        <source>emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="63" />
        <source>resumed after a restart</source>
        <translation>重启后恢复</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="69" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="71" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="72" />
        <source>not programmed</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="73" />
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="74" />
        <source>authorised</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="75" />
        <source>filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="76" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="77" />
        <source>preset reached</source>
        <translation>已达预置量</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="78" />
        <source>switched off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="79" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>LaneTile</name>
    <message>
        <location filename="../../ui/tile.py" line="76" />
        <source>Lane %1</source>
        <translation>%1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="120" />
        <source>Authorise</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="121" />
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="122" />
        <source>Correct plate</source>
        <translation>更正车牌</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="123" />
        <source>Stop pump</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="152" />
        <source>Unknown vehicle</source>
        <translation>未登记车辆</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="153" />
        <source>Balance ¥%1</source>
        <translation>余额 ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="156" />
        <source>Pump %1: %2</source>
        <translation>油机 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="160" />
        <source>%1 L  ¥%2</source>
        <translation>%1 升  ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="162" />
        <source>Preset ¥%1</source>
        <translation>预置 ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="179" />
        <source>Last: %1 ¥%2 at %3</source>
        <translation>上一笔：%1 ¥%2（%3）</translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="113" />
        <source>Lanes and cameras</source>
        <translation>车道与摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="114" />
        <source>One row per lane: its camera and its pump's DART address.</source>
        <translation>每个车道一行：摄像头及其油机的 DART 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="120" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="120" />
        <source>Pump address</source>
        <translation>油机地址</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123" />
        <source>Preview the selected camera</source>
        <translation>预览所选摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="126" />
        <source>Lanes</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="137" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="104" />
        <source>Operator login</source>
        <translation>操作员登录</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="115" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="116" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="119" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="120" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="128" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="146" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>PlatePay — %1</source>
        <translation>车牌付 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Lanes</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Logged out: no key or click for %1 minutes</source>
        <translation>已自动退出登录：%1 分钟无操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Setup wizard…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>EMERGENCY STOP</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Stop every pump (F12)</source>
        <translation>停止所有油机（F12）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Emergency stop ON — reset…</source>
        <translation>紧急停机中 — 解除…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>The new configuration takes effect at the next start of PlatePay.</source>
        <translation>新配置将在下次启动车牌付时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Demo: simulated pumps and cameras · logins cashier / cashier1, manager / manager1</source>
        <translation>演示：模拟油机和摄像头 · 登录 cashier / cashier1，manager / manager1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Station %1</source>
        <translation>油站 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Central: not configured</source>
        <translation>中心库：未配置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Central: %1 · %2 pending · last sync %3</source>
        <translation>中心库：%1 · 待同步 %2 · 上次同步 %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>Alerts (%1)</source>
        <translation>告警（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>%1 alerts</source>
        <translation>%1 条告警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Nobody logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>authorised</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>plate corrected</source>
        <translation>车牌已更正</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>pump stopped</source>
        <translation>油机已停止</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>all pumps stopped; emergency stop on</source>
        <translation>全部油机已停止；紧急停机生效</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>emergency stop reset</source>
        <translation>紧急停机已解除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Lane %1</source>
        <translation>%1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <location filename="../../ui/main_window.py" line="246" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="230" />
        <source>First manager</source>
        <translation>首位站长</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231" />
        <source>Who manages this station? This login can add cashiers and change settings.</source>
        <translation>谁管理本站？此账号可添加收银员并修改设置。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="246" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="247" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="248" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="249" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="261" />
        <source>Type a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263" />
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="265" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="99" />
        <source>New account and card</source>
        <translation>新建账户和卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107" />
        <source>empty: a new number is made</source>
        <translation>留空则自动生成卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="113" />
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="114" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="115" />
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="116" />
        <source>Opening top-up (¥)</source>
        <translation>开户充值（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="117" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="122" />
        <source>Type the account name</source>
        <translation>请输入账户名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="126" />
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation>请输入以元为单位的金额，例如 500 或 500.50</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="206" />
        <source>Lights, payments and head office</source>
        <translation>信号灯、支付与总部</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="216" />
        <source>Relay module (lights)</source>
        <translation>继电器模块（信号灯）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="217" />
        <source>Payment webhook</source>
        <translation>支付回调</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218" />
        <source>Webhook secret</source>
        <translation>回调密钥</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219" />
        <source>Central database (optional)</source>
        <translation>中心数据库（可选）</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/views/slots.py" line="73" />
        <source>Bind a phone to %1</source>
        <translation>为 %1 绑定手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="90" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="91" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="92" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="93" />
        <source>To (00:00 = midnight)</source>
        <translation>结束（00:00 = 午夜）</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="113" />
        <source>The slot is empty: start and end are the same time</source>
        <translation>时段为空：开始与结束时间相同</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="118" />
        <source>%1 overlaps the slot of %2</source>
        <translation>%1 与 %2 的时段重叠</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="123" />
        <source>The slot overlaps another phone's slot</source>
        <translation>该时段与其他手机的时段重叠</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="126" />
        <source>Type the phone number</source>
        <translation>请输入手机号</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="169" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="175" />
        <source>Say why (kept in the audit log)</source>
        <translation>请填写原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="177" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="181" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="182" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/views/settings.py" line="68" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="69" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="70" />
        <source>Log out after (minutes without activity, 0 = never)</source>
        <translation>无操作自动退出（分钟，0 为不退出）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="71" />
        <source>Station minimum and offline limits</source>
        <translation>最低余额与离线限额</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="72" />
        <source>Minimum balance (¥)</source>
        <translation>最低余额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="73" />
        <source>Largest filling (¥)</source>
        <translation>单次最大加油额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="74" />
        <source>Offline limit per card per day (¥)</source>
        <translation>离线时每卡每日限额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75" />
        <source>Offline after (minutes without central)</source>
        <translation>离线判定（与中心库断开分钟数）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="76" />
        <source>Plate reading</source>
        <translation>车牌识别</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="77" />
        <source>automatic (best measured for the region)</source>
        <translation>自动（按地区选实测最佳）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="80" />
        <source>Engine</source>
        <translation>识别引擎</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="81" />
        <source>Reader processes (0: automatic)</source>
        <translation>识别进程数（0 为自动）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82" />
        <source>Threads per reader</source>
        <translation>每个识别进程的线程数</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="83" />
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85" />
        <source>Lane %1</source>
        <translation>%1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="89" />
        <source>Serial bus %1</source>
        <translation>串口总线 %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="91" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92" />
        <source>Parity</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92" />
        <source>odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92" />
        <source>even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="93" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Relay module (lane lights)</source>
        <translation>继电器模块（车道信号灯）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="101" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="102" />
        <source>Payment webhook</source>
        <translation>支付回调</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="103" />
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="104" />
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="105" />
        <source>Timeout (seconds)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="118" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="165" />
        <location filename="../../ui/views/settings.py" line="170" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="174" />
        <source>Saved. Restart the console to use the new settings.</source>
        <translation>已保存。重启控制台后新设置生效。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="194" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201" />
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="204" />
        <source>no pumps on this bus</source>
        <translation>该总线上没有油机</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="92" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="93" />
        <source>Name the station and say where it is.</source>
        <translation>填写油站名称和所在地。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96" />
        <source>My fuel station</source>
        <translation>我的加油站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103" />
        <source>Station code</source>
        <translation>油站编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="56" />
        <source>Top up card %1</source>
        <translation>为卡 %1 充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="58" />
        <source>%1 · balance ¥%2</source>
        <translation>%1 · 余额 ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="63" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="64" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="70" />
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation>请输入以元为单位的金额，例如 500 或 500.50</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="72" />
        <source>A top-up must be more than zero</source>
        <translation>充值金额必须大于零</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="94" />
        <source>Search plate, account, card or phone</source>
        <translation>搜索车牌、账户、卡号或手机号</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="97" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="100" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="103" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="105" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="136" />
        <source>%1 fillings</source>
        <translation>%1 笔加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="144" />
        <source>Export fillings</source>
        <translation>导出加油记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="144" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="149" />
        <source>%1 fillings written to %2</source>
        <translation>已将 %1 笔加油写入 %2</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../ui/tile.py" line="36" />
        <source>No picture</source>
        <extracomment>Without a frame for this long, the picture is called lost.</extracomment>
        <translation>无画面</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="45" />
        <source>Camera lost</source>
        <translation>摄像头无画面</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../ui/views/forms.py" line="28" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="29" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="46" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
</TS>