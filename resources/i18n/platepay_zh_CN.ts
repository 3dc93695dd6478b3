<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="285" />
        <source>Search account, card, plate or phone</source>
        <translation>搜索账户、卡号、车牌或手机号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288" />
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288" />
        <source>Bind plate…</source>
        <translation>绑定车牌…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288" />
        <source>Bind phone…</source>
        <translation>绑定手机…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288" />
        <source>Fleet details…</source>
        <translation>车队信息…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="375" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <location filename="../../ui/actions.py" line="102" />
        <source>Authorise lane %1</source>
        <translation>放行 %1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103" />
        <source>Let %1 fill on lane %2. The card pays if it can; otherwise it is a counter sale.</source>
        <translation>允许 %1 在 %2 号车道加油。卡内余额足够则从卡扣款，否则到柜台付款。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <source>Customer pays at the counter</source>
        <translation>客户到柜台付款</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <location filename="../../ui/actions.py" line="189" />
        <source>Plate checked by eye</source>
        <translation>已人工核对车牌</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104" />
        <source>Manager approved</source>
        <translation>站长已批准</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105" />
        <source>Authorise</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109" />
        <source>Deny lane %1</source>
        <translation>拒绝 %1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109" />
        <source>Refuse fuel to %1 on lane %2.</source>
        <translation>拒绝为 %2 号车道的 %1 加油。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110" />
        <source>Customer cannot pay</source>
        <translation>客户无法付款</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110" />
        <source>Plate does not match the vehicle</source>
        <translation>车牌与车辆不符</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110" />
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114" />
        <location filename="../../ui/actions.py" line="179" />
        <source>Correct the plate on lane %1</source>
        <translation>更正 %1号车道的车牌</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114" />
        <location filename="../../ui/actions.py" line="180" />
        <source>The camera read %1. Type the plate as it is on the vehicle.</source>
        <translation>摄像头识别为 %1。请按车上的实际车牌输入。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115" />
        <location filename="../../ui/actions.py" line="181" />
        <source>Camera misread</source>
        <translation>摄像头识别错误</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115" />
        <location filename="../../ui/actions.py" line="181" />
        <source>Plate dirty or covered</source>
        <translation>车牌脏污或被遮挡</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116" />
        <location filename="../../ui/actions.py" line="182" />
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="271" />
        <source>The action failed: the lane or the database did not answer. Nothing was done.</source>
        <translation>操作失败：车道或数据库无响应。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>Customer asked</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>Wrong vehicle</source>
        <translation>车辆不符</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>Safety</source>
        <translation>安全原因</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68" />
        <source>stop button; reason asked afterwards</source>
        <translation>停机按钮；原因随后补填</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78" />
        <source>Pump of lane %1 stopped</source>
        <translation>%1号车道油机已停止</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78" />
        <source>Why was it stopped? The reason is kept in the audit log.</source>
        <translation>为何停机？原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>Save reason</source>
        <translation>保存原因</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="187" />
        <source>Open the barrier of lane %1</source>
        <translation>抬起%1号车道道闸</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188" />
        <source>Let %1 through by hand. The reason is kept in the audit log.</source>
        <translation>手动放行 %1。原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189" />
        <source>Visitor let in by the office</source>
        <translation>办公室登记的访客</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189" />
        <source>Emergency vehicle</source>
        <translation>紧急车辆</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="190" />
        <source>Open</source>
        <translation>抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196" />
        <source>Fee paid at the booth, lane %1</source>
        <translation>%1号车道：岗亭已收费</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="197" />
        <source>%1 paid ¥%2 another way: the stay is closed and the barrier opens.</source>
        <translation>%1 已通过其他方式支付 ¥%2：停车记录关闭，道闸抬起。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198" />
        <source>Paid in cash</source>
        <translation>现金支付</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198" />
        <source>Paid by WeChat/Alipay at the booth</source>
        <translation>岗亭微信/支付宝支付</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198" />
        <source>Paid, open</source>
        <translation>已付，抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216" />
        <source>Emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216" />
        <source>Stop every pump on the station now.</source>
        <translation>立即停止全站所有油机。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217" />
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217" />
        <source>Fire or spill</source>
        <translation>火情或漏油</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217" />
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217" />
        <source>Stop all pumps</source>
        <translation>全部停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231" />
        <source>Reset the emergency stop</source>
        <translation>解除紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231" />
        <source>Allow the pumps to be authorised again.</source>
        <translation>允许油机重新放行。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232" />
        <source>Danger over, checked on the forecourt</source>
        <translation>险情已排除，已现场确认</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232" />
        <source>Drill finished</source>
        <translation>演练结束</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232" />
        <source>Reset</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="265" />
        <source>Only a manager may do this. Ask a manager to log in.</source>
        <translation>此操作仅限站长。请站长登录。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="285" />
        <source>The vehicle changed: the lane now shows %1, not %2. Nothing was done.</source>
        <translation>车辆已变更：车道现为 %1，不是 %2。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="287" />
        <source>%1 is now at lane %2.</source>
        <translation>%1 现在在 %2 号车道。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="290" />
        <source>The lane moved on since you looked. Check it and try again. Nothing was done.</source>
        <translation>车道状态已变化，请核对后重试。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="291" />
        <source>The lane does not take this now. Nothing was done.</source>
        <translation>车道当前状态不接受此操作。未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="292" />
        <source>The emergency stop is on: a manager must reset it first.</source>
        <translation>紧急停机未解除：须由站长先解除。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="293" />
        <source>Say why: a reason is kept in the audit log.</source>
        <translation>请填写原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="294" />
        <source>That is not a plate. Type it as it is on the vehicle, province first.</source>
        <translation>这不是有效车牌。请按车上车牌输入，省份简称在前。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="295" />
        <source>The audit log could not be written, so nothing was done.</source>
        <translation>审计日志无法写入，因此未执行任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="269" />
        <location filename="../../ui/actions.py" line="296" />
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/alert_panel.py" line="75" />
        <source>Acknowledge</source>
        <extracomment>A car waiting on the cashier rings again this often until someone decides. Alerts of a vehicle waiting for a person: at a pump, or at a gate.</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="77" />
        <source>Seen: the alert greys, and leaves when its cause ends</source>
        <translation>已知悉：告警变灰，原因消除后自动移除</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="79" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="123" />
        <source>Alerts (%1)</source>
        <translation>告警（%1）</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/alerts.py" line="102" />
        <source>Pump %1 offline: it does not answer</source>
        <extracomment>Conditions that last while the lane still deals with its vehicle: they end when it is idle again. Conditions that end when the lane leaves its waiting state. What a station cannot pump or charge through: shown in red, the rest in amber.</extracomment>
        <translation>油机 %1 离线：无应答</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="102" />
        <source>A pump does not answer</source>
        <translation>有油机无应答</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="105" />
        <source>Camera lost</source>
        <translation>摄像头无画面</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="107" />
        <source>The charge to the driver's phone failed for filling %1</source>
        <translation>加油 %1 的扣款通知未能发送到司机手机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="109" />
        <source>Filling %1 of %2 needs settling by hand: the pump no longer knows its figures</source>
        <translation>%2 的加油记录 %1 需人工结算：油机已无该笔数据</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="111" />
        <source>Emergency stop ON: no pump is authorised until a manager resets it</source>
        <translation>紧急停机生效：站长解除前任何油机都不会放行</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="113" />
        <source>%1 waits for the cashier's decision</source>
        <translation>%1 等待收银员处理</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="115" />
        <source>%1 is at the pump authorised for %2</source>
        <translation>%1 停在为 %2 放行的油机前</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="117" />
        <source>Filling not settled yet (database busy or full): retrying</source>
        <translation>加油尚未结算（数据库繁忙或磁盘已满）：正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="119" />
        <source>Held money not released yet (database busy or full): retrying</source>
        <translation>冻结金额尚未释放（数据库繁忙或磁盘已满）：正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="121" />
        <source>Pump %1 not known to be locked: the money stays held until it is</source>
        <translation>油机 %1 未确认锁定：冻结金额保留至确认为止</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="123" />
        <source>Something failed: the lane took the safe way out</source>
        <translation>操作失败：车道已转入安全状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="125" />
        <source>The pump did not take the authorisation: the vehicle was not let fill</source>
        <translation>油机未接受授权：该车未放行加油</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="127" />
        <source>The pump did not take the stop: stop it at the pump</source>
        <translation>油机未接受停机指令：请在油机上手动停机</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="129" />
        <source>The money could not be held (database busy or full): the vehicle was not let fill</source>
        <translation>无法冻结金额（数据库繁忙或磁盘已满）：该车未放行加油</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="131" />
        <source>A filling open at the last shutdown waits for its pump's figures</source>
        <translation>上次关机时未完成的加油正在等待油机数据</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="133" />
        <source>The pump reports alarm %1</source>
        <translation>油机报警 %1</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="135" />
        <source>The lane lights' relay module does not answer</source>
        <translation>车道信号灯继电器模块无应答</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="137" />
        <source>The lane met an unexpected error and took the safe way out</source>
        <translation>车道发生意外错误，已转入安全状态</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="139" />
        <source>The pump answers but refuses every command: is another controller on the line?</source>
        <translation>油机有应答但拒绝所有指令：线路上是否有其他控制器？</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="141" />
        <source>The pump counts in other decimals than configured: the pump's are used</source>
        <translation>油机的小数位与配置不同：以油机为准</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="143" />
        <source>Emergency stop ON, but it could not be saved: it will not hold across a restart</source>
        <translation>紧急停机已生效，但未能保存：重启后不会保持</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="145" />
        <source>%1 waits at the gate for the booth</source>
        <translation>%1 在道闸前等待岗亭处理</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="147" />
        <source>%1 entered again without leaving: its first stay is kept, nothing charged twice</source>
        <translation>%1 未出场再次入场：保留首次停车记录，不会重复收费</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="149" />
        <source>The barrier does not answer: it stays as it is; open it by hand</source>
        <translation>道闸无应答：保持现状；请手动抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="151" />
        <source>Pump %1 keeps the new price: the change was undone at the other pumps. Set its price at the pump or try again</source>
        <translation>油机 %1 仍为新单价：其他油机已撤销改价。请在油机上设置单价或重试</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="154" />
        <source>Head office did not take a change to %1 made here (Details says why)</source>
        <translation>总部未接受本站对%1的一项修改（原因见“详情”）</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="161" />
        <source>an account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="162" />
        <source>a card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="163" />
        <source>a vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="164" />
        <source>a phone binding</source>
        <translation>手机绑定</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="165" />
        <source>an operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="166" />
        <source>the station's data</source>
        <translation>本站数据</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="201" />
        <source>Lane %1</source>
        <translation>%1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="201" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="204" />
        <source>(%1 times since %2)</source>
        <translation>（自 %2 起共 %1 次）</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="207" />
        <source>· acknowledged by %1</source>
        <translation>· 已由 %1 确认</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="24" />
        <source>Account added</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="25" />
        <source>Account opened</source>
        <translation>开户</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="26" />
        <source>Card issued</source>
        <translation>发卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="27" />
        <source>Card topped up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="28" />
        <source>Plate bound</source>
        <translation>绑定车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="29" />
        <source>Plate moved to another card</source>
        <translation>车牌转至其他卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="30" />
        <source>Phone bound</source>
        <translation>绑定手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="31" />
        <source>Phone binding changed</source>
        <translation>修改手机绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="32" />
        <source>Phone binding removed</source>
        <translation>解除手机绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="33" />
        <source>Operator added</source>
        <translation>新增操作员</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="34" />
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="35" />
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="36" />
        <source>Logged out when idle</source>
        <translation>闲置自动退出</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="37" />
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="38" />
        <source>Filling settled by hand</source>
        <translation>人工结算加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="39" />
        <source>Authorised by the cashier</source>
        <translation>收银员放行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="40" />
        <source>Refused by the cashier</source>
        <translation>收银员拒绝加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="41" />
        <source>Plate corrected</source>
        <translation>更正车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="42" />
        <source>Pump stopped</source>
        <translation>停止油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="43" />
        <source>Reason for a pump stop</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="44" />
        <source>Emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="45" />
        <source>Emergency stop reset</source>
        <translation>解除紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="46" />
        <source>After a restart: waiting for the pump</source>
        <translation>重启后：等待油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="47" />
        <source>After a restart: filling finished</source>
        <translation>重启后：加油已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="48" />
        <source>After a restart: still filling</source>
        <translation>重启后：仍在加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="49" />
        <source>After a restart: still authorised</source>
        <translation>重启后：仍处于放行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="50" />
        <source>After a restart: cancelled</source>
        <translation>重启后：已取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="51" />
        <source>After a restart: needs settling by hand</source>
        <translation>重启后：需人工结算</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="52" />
        <source>Alert acknowledged</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="53" />
        <source>Head office refused a change</source>
        <translation>总部拒绝了一项修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="54" />
        <source>Head office had a newer change</source>
        <translation>总部已有更新的修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="55" />
        <source>Filling let go, money held released</source>
        <translation>取消加油，释放冻结金额</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="56" />
        <source>Price changed</source>
        <translation>调整油价</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="57" />
        <source>Barrier opened by hand</source>
        <translation>手动抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="58" />
        <source>Gate fee paid at the booth</source>
        <translation>岗亭收取停车费</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="59" />
        <source>Plate corrected at a gate</source>
        <translation>道闸处更正车牌</translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="64" />
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="65" />
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="66" />
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="67" />
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="68" />
        <source>Demo office</source>
        <translation>演示营业厅</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="85" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="86" />
        <source>Opening top-up</source>
        <translation>开户充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="87" />
        <source>Balance after</source>
        <translation>充值后余额</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="88" />
        <source>Preset</source>
        <translation>预置金额</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="89" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="90" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="91" />
        <source>From card</source>
        <translation>原卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="92" />
        <source>To card</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="93" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="94" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="95" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="96" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="97" />
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="98" />
        <source>Slot before</source>
        <translation>原时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="99" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="100" />
        <source>Driver before</source>
        <translation>原司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="101" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="102" />
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="103" />
        <source>Done</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="104" />
        <source>Refused because</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="105" />
        <source>Filling record</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="106" />
        <source>Plate before</source>
        <translation>原车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="107" />
        <source>Plate after</source>
        <translation>新车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="108" />
        <source>Plate the cashier saw</source>
        <translation>收银员所见车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="109" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="110" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="111" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="112" />
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="113" />
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="114" />
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="115" />
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="116" />
        <source>Nozzle</source>
        <translation>油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="117" />
        <source>Grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="118" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="119" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="120" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="121" />
        <source>Lanes</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="122" />
        <source>Pump</source>
        <translation>油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="123" />
        <source>Decimals</source>
        <translation>小数位</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="124" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="125" />
        <source>Saved to</source>
        <translation>保存至</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/views/audit.py" line="80" />
        <source>Search operator, action, subject or reason</source>
        <translation>搜索操作员、操作、对象或原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="81" />
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="83" />
        <source>Show the codes and the raw record as the station stores them</source>
        <translation>显示代码和本站存储的原始记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="85" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="119" />
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="72" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="73" />
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="77" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="78" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="79" />
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="80" />
        <source>Phone binding</source>
        <translation>手机绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="210" />
        <source>Lane %1 %2</source>
        <translation>%1号车道 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="224" />
        <source>Nozzle %1 %2</source>
        <translation>%1号枪 %2</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="138" />
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="139" />
        <source>manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="144" />
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="145" />
        <source>the vehicle changed</source>
        <translation>车辆已变更</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="146" />
        <source>the lane moved on</source>
        <translation>车道状态已变化</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="147" />
        <source>needs a manager</source>
        <translation>须由站长操作</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="148" />
        <source>not possible at that moment</source>
        <translation>当时无法执行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="149" />
        <source>emergency stop on</source>
        <translation>紧急停机中</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="150" />
        <source>not a plate</source>
        <translation>车牌无效</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="151" />
        <source>audit log not written</source>
        <translation>审计日志未写入</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="152" />
        <source>lane no longer configured</source>
        <translation>车道已不在配置中</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="153" />
        <source>the pump was never authorised</source>
        <translation>油机从未授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="155" />
        <source>the pump was not authorised</source>
        <translation>油机未能放行</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="156" />
        <source>something failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="157" />
        <source>nobody filled in time</source>
        <translation>超时未加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="158" />
        <source>stopped by the cashier</source>
        <translation>收银员停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="159" />
        <source>the vehicle left</source>
        <translation>车辆已离开</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="160" />
        <source>another vehicle came to the pump</source>
        <translation>另一辆车到了油机前</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="161" />
        <source>let go</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="163" />
        <source>not a price</source>
        <translation>价格无效</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="164" />
        <source>no such nozzle</source>
        <translation>没有该油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="165" />
        <source>the price was the same</source>
        <translation>价格未变</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="166" />
        <source>the pump counts other decimals</source>
        <translation>油机小数位不同</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="167" />
        <source>the other prices are not known</source>
        <translation>其他油品价格未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="168" />
        <source>a pump was busy</source>
        <translation>有油机正忙</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="169" />
        <source>a pump was offline</source>
        <translation>有油机离线</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="170" />
        <source>a pump refused</source>
        <translation>有油机拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="171" />
        <source>the settings file was not written</source>
        <translation>设置文件未能写入</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="236" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="236" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="250" />
        <source>pump %1</source>
        <translation>油机%1</translation>
    </message>
</context>
<context>
    <name>BindPlateDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="206" />
        <source>Bind a plate to card %1</source>
        <translation>为卡 %1 绑定车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="211" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="216" />
        <source>Type the plate</source>
        <translation>请输入车牌</translation>
    </message>
</context>
<context>
    <name>BusPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="173" />
        <source>Pumps</source>
        <translation>油机</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="174" />
        <source>The serial line of the dispensers (DART). Test asks the first pump for its status.</source>
        <translation>加油机的串口线路（DART 协议）。“测试”会询问第一台油机的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182" />
        <source>odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182" />
        <source>even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="184" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="189" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191" />
        <source>Parity</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="200" />
        <source>The demo's simulated pumps need no test.</source>
        <translation>演示用的模拟油机无需测试。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="202" />
        <source>Asking the pump…</source>
        <translation>正在询问油机…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="208" />
        <source>✗ The port cannot be opened</source>
        <translation>✗ 无法打开该端口</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211" />
        <source>✗ No DART pump answers at 0x50 on this port</source>
        <translation>✗ 此端口上地址 0x50 没有 DART 油机应答</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="213" />
        <source>✓ Pump 0x50: %1</source>
        <translation>✓ 油机 0x50：%1</translation>
    </message>
</context>
<context>
    <name>CancelReason</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="121" />
        <source>Stopped by %1</source>
        <translation>由 %1 停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="123" />
        <source>Emergency stop by %1</source>
        <translation>%1 紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="125" />
        <source>Found open after a restart</source>
        <translation>重启后发现未完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="127" />
        <source>the pump was never authorised</source>
        <translation>油机从未授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="128" />
        <source>its lane is no longer configured</source>
        <translation>该车道已不在配置中</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="132" />
        <source>Released: nobody lifted the nozzle in time</source>
        <translation>已释放：超时未提枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="133" />
        <source>Released: the vehicle left</source>
        <translation>已释放：车辆已离开</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="134" />
        <source>Released: another vehicle came to the pump</source>
        <translation>已释放：另一辆车驶到油机前</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="135" />
        <source>Released: the pump did not take the authorisation</source>
        <translation>已释放：油机未接受授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="136" />
        <source>Released: something failed, the lane took the safe way out</source>
        <translation>已释放：操作失败，车道已转入安全状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="137" />
        <source>Released without fuel (timed out, vehicle left or pump refused)</source>
        <translation>未加油即释放（超时、车辆离开或油机拒绝）</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="138" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="30" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30" />
        <source>Balance (¥)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30" />
        <source>Available (¥)</source>
        <translation>可用（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="31" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="31" />
        <source>Phones on duty</source>
        <translation>值班手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="50" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="50" />
        <source>blocked</source>
        <translation>已冻结</translation>
    </message>
</context>
<context>
    <name>FillingStatus</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="108" />
        <source>reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="108" />
        <source>authorised</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="109" />
        <source>filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="109" />
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="110" />
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="110" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="111" />
        <source>needs settlement</source>
        <translation>待人工结算</translation>
    </message>
</context>
<context>
    <name>FillingsModel</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Nozzle</source>
        <translation>油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46" />
        <source>Grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47" />
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="48" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="48" />
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="63" />
        <source>(counter sale)</source>
        <translation>（柜台付款）</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="294" />
        <source>Set up PlatePay</source>
        <translation>设置车牌付</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="327" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>GateState</name>
    <message>
        <location filename="../../ui/gate_tile.py" line="25" />
        <source>Barrier down</source>
        <extracomment>Header colours by state (the word beside says the same for those who cannot see the hue).</extracomment>
        <translation>道闸落下</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="26" />
        <source>Checking plate</source>
        <translation>核对车牌</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="27" />
        <source>Taking the fee</source>
        <translation>正在扣费</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="28" />
        <source>Booth needed</source>
        <translation>需岗亭处理</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="29" />
        <source>Barrier up: drive on</source>
        <translation>道闸抬起：请通行</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="35" />
        <source>plate not registered</source>
        <translation>车牌未登记</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="36" />
        <source>no entry found for this plate</source>
        <translation>未找到该车的入场记录</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="37" />
        <source>balance too low for the fee</source>
        <translation>余额不足以支付停车费</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="38" />
        <source>no card to charge</source>
        <translation>没有可扣费的油卡</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="39" />
        <source>card blocked</source>
        <translation>卡已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="40" />
        <source>plate unsure</source>
        <translation>车牌不确定</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="41" />
        <source>plate on the blacklist</source>
        <translation>车牌在黑名单中</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="42" />
        <source>already inside: entered again without leaving</source>
        <translation>已在场内：未出场再次入场</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="43" />
        <source>settled, but the barrier does not answer: open it by hand</source>
        <translation>已结算，但道闸无应答：请手动抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="49" />
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="50" />
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="51" />
        <source>Toll</source>
        <translation>收费站</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="57" />
        <source>Barrier: down</source>
        <translation>道闸：落下</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="58" />
        <source>Barrier: up</source>
        <translation>道闸：抬起</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="59" />
        <source>Barrier: no answer</source>
        <translation>道闸：无应答</translation>
    </message>
</context>
<context>
    <name>GateTile</name>
    <message>
        <location filename="../../ui/gate_tile.py" line="82" />
        <source>Lane %1</source>
        <translation>%1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="113" />
        <source>Open by hand</source>
        <translation>手动抬杆</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="113" />
        <source>Paid at the booth</source>
        <translation>岗亭已收费</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="114" />
        <source>Correct plate</source>
        <translation>更正车牌</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="140" />
        <source>In since %1</source>
        <translation>入场 %1</translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="141" />
        <source>Fee ¥%1</source>
        <translation>费用 ¥%1</translation>
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
        <location filename="../../ui/lanestate.py" line="43" />
        <source>Reading the plate</source>
        <translation>正在识别车牌</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="44" />
        <source>Emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="45" />
        <source>Checking plate</source>
        <translation>核对车牌</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="46" />
        <source>Refused</source>
        <translation>拒绝加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="47" />
        <source>Cashier needed</source>
        <translation>需收银员处理</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="48" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="49" />
        <source>Lift the nozzle</source>
        <translation>请提枪加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="50" />
        <source>Filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="51" />
        <source>Settling</source>
        <translation>正在结算</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="52" />
        <source>Settling, retrying</source>
        <translation>结算中，正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="53" />
        <source>Releasing the money held</source>
        <translation>正在释放冻结金额</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="59" />
        <source>balance OK</source>
        <translation>余额充足</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="60" />
        <source>balance too low</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="61" />
        <source>plate not registered</source>
        <translation>车牌未登记</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="62" />
        <source>plate unsure</source>
        <translation>车牌不确定</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="63" />
        <source>card blocked</source>
        <translation>卡已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="64" />
        <source>plate already at another pump</source>
        <translation>该车牌已在其他油机加油</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="65" />
        <source>emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="66" />
        <source>resumed after a restart</source>
        <translation>重启后恢复</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="78" />
        <source>offline</source>
        <extracomment>Pump states that only remember the last filling: to the cashier the pump is free.</extracomment>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="80" />
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="82" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="83" />
        <source>not programmed</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="84" />
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="85" />
        <source>authorised</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="86" />
        <source>filling</source>
        <translation>加油中</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="87" />
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="88" />
        <source>preset reached</source>
        <translation>已达预置量</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="89" />
        <source>switched off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="90" />
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>LaneTile</name>
    <message>
        <location filename="../../ui/tile.py" line="85" />
        <source>Lane %1</source>
        <translation>%1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="133" />
        <source>Authorise</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="134" />
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="135" />
        <source>Correct plate</source>
        <translation>更正车牌</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="136" />
        <source>Stop pump</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="137" />
        <source>Odometer</source>
        <translation>里程</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="172" />
        <source>Unknown vehicle</source>
        <translation>未登记车辆</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="173" />
        <source>Balance ¥%1</source>
        <translation>余额 ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="176" />
        <source>Pump %1: %2</source>
        <translation>油机 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="182" />
        <source>%1 L  ¥%2</source>
        <translation>%1 升  ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="184" />
        <source>Nozzle %1 %2</source>
        <translation>%1号枪 %2</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="186" />
        <source>Preset ¥%1</source>
        <translation>预置 ¥%1</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="228" />
        <source>waiting %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="234" />
        <source>Last: %1 ¥%2 at %3</source>
        <translation>上一笔：%1 ¥%2（%3）</translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="115" />
        <source>Lanes and cameras</source>
        <translation>车道与摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="116" />
        <source>One row per lane: its camera and its pump's DART address.</source>
        <translation>每个车道一行：摄像头及其油机的 DART 地址。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122" />
        <source>Pump address</source>
        <translation>油机地址</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="125" />
        <source>Preview the selected camera</source>
        <translation>预览所选摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="128" />
        <source>Lanes</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144" />
        <source>✗ No picture from this camera</source>
        <translation>✗ 此摄像头无画面</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="105" />
        <source>Operator login</source>
        <translation>操作员登录</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="116" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="117" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="120" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="121" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="129" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="147" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>PlatePay — %1</source>
        <translation>车牌付 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Lanes</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Logged out: no key or click for %1 minutes</source>
        <translation>已自动退出登录：%1 分钟无操作</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Products</source>
        <translation>油品价格</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Shift…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Open or close the shift against the pumps' totals</source>
        <translation>按油机电子总累读数开班或交班（班结）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Setup wizard…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>EMERGENCY STOP</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Stop every pump (F12)</source>
        <translation>停止所有油机（F12）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Emergency stop ON — reset…</source>
        <translation>紧急停机中 — 解除…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>The new configuration takes effect at the next start of PlatePay.</source>
        <translation>新配置将在下次启动车牌付时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Demo: simulated pumps and cameras · logins cashier / cashier1, manager / manager1</source>
        <translation>演示：模拟油机和摄像头 · 登录 cashier / cashier1，manager / manager1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Station %1</source>
        <translation>油站 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Central: not configured</source>
        <translation>中心库：未配置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Central: %1 · %2 pending · last sync %3</source>
        <translation>中心库：%1 · 待同步 %2 · 上次同步 %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>%1 alerts</source>
        <translation>%1 条告警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Acknowledgement not recorded: the database is busy</source>
        <translation>确认未记录：数据库繁忙</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Nobody logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275" />
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276" />
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>authorised</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300" />
        <source>plate corrected</source>
        <translation>车牌已更正</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>pump stopped</source>
        <translation>油机已停止</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>all pumps stopped; emergency stop on</source>
        <translation>全部油机已停止；紧急停机生效</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>emergency stop reset</source>
        <translation>紧急停机已解除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>odometer recorded</source>
        <translation>已记录里程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Lane %1</source>
        <translation>%1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <location filename="../../ui/main_window.py" line="304" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="243" />
        <source>First manager</source>
        <translation>首位站长</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="244" />
        <source>Who manages this station? This login can add cashiers and change settings.</source>
        <translation>谁管理本站？此账号可添加收银员并修改设置。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="261" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="262" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="274" />
        <source>Type a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="276" />
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="278" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="226" />
        <source>New account and card</source>
        <translation>新建账户和卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="234" />
        <source>empty: a new number is made</source>
        <translation>留空则自动生成卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="240" />
        <source>(no opening top-up)</source>
        <translation>（不充值）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="245" />
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="246" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="247" />
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="248" />
        <source>Opening top-up (¥)</source>
        <translation>开户充值（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="249" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="250" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="255" />
        <source>Type the account name</source>
        <translation>请输入账户名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="259" />
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation>请输入以元为单位的金额，例如 500 或 500.50</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="262" />
        <source>Choose how the customer paid the opening top-up</source>
        <translation>请选择开户充值的付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="270" />
        <source>An opening top-up above ¥%1 needs a manager</source>
        <translation>超过 ¥%1 的开户充值须由站长办理</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="272" />
        <source>One top-up is at most ¥%1</source>
        <translation>单次充值最多 ¥%1</translation>
    </message>
</context>
<context>
    <name>Odometer</name>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="27" />
        <source>%1 h is below this vehicle's last reading, %2 h on %3. Look at the meter again.</source>
        <translation>%1 小时低于该车上次读数（%3 的 %2 小时），请重新查看计时表。</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="29" />
        <source>%1 km is below this vehicle's last reading, %2 km on %3. Look at the odometer again.</source>
        <translation>%1 公里低于该车上次读数（%3 的 %2 公里），请重新查看里程表。</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="32" />
        <source>%1 is above a later reading of this vehicle, %2 on %3. Look again.</source>
        <translation>%1 高于该车之后的读数（%3 的 %2），请重新查看。</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="35" />
        <source>Type the reading as a number, to a tenth at most (e.g. 123456.7).</source>
        <translation>请输入数字读数，最多一位小数（如 123456.7）。</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="37" />
        <source>No registered vehicle is being filled on this lane: nothing to read the odometer for.</source>
        <translation>本车道当前没有已登记车辆在加油，无法录入里程。</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="38" />
        <source>The reading was not taken (%1).</source>
        <translation>读数未记录（%1）。</translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="47" />
        <source>Odometer, lane %1</source>
        <translation>%1 号车道 录入里程</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="49" />
        <source>The odometer of %1 (km; engine hours for a vehicle metered in hours):</source>
        <translation>%1 的里程表读数（公里；按工作小时计的车辆填小时数）：</translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="59" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>ParkingPage</name>
    <message>
        <location filename="../../ui/views/parking.py" line="74" />
        <source>Search a plate</source>
        <translation>搜索车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="75" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="77" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="79" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="112" />
        <source>%1 stays · %2 inside now · ¥%3 taken</source>
        <translation>共 %1 次停车 · 场内 %2 辆 · 已收 ¥%3</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="131" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="132" />
        <source>WeChat/Alipay</source>
        <translation>微信/支付宝</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="133" />
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="134" />
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="219" />
        <source>Lights, payments and head office</source>
        <translation>信号灯、支付与总部</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229" />
        <source>Relay module (lights)</source>
        <translation>继电器模块（信号灯）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230" />
        <source>Payment webhook</source>
        <translation>支付回调</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231" />
        <source>Webhook secret</source>
        <translation>回调密钥</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="232" />
        <source>Central database (optional)</source>
        <translation>中心数据库（可选）</translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/views/slots.py" line="98" />
        <source>Phones of %1</source>
        <translation>%1 的司机手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107" />
        <location filename="../../ui/views/slots.py" line="154" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107" />
        <location filename="../../ui/views/slots.py" line="155" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107" />
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="116" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="119" />
        <source>Remove…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="122" />
        <location filename="../../ui/views/slots.py" line="189" />
        <source>New binding</source>
        <translation>新增绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="156" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="157" />
        <source>To (00:00 = midnight)</source>
        <translation>结束（00:00 = 午夜）</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="193" />
        <source>Bind phone</source>
        <translation>绑定手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="201" />
        <source>Changing the binding of %1</source>
        <translation>修改 %1 的绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="208" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="215" />
        <source>no driver named</source>
        <translation>未填司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="217" />
        <source>Remove a phone</source>
        <translation>解除手机绑定</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="218" />
        <source>Remove %1 (%2, %3) from %4? Its slot is then answered by the account's phone.</source>
        <translation>从 %4 解除 %1（%2，%3）？该时段将由账户手机接听。</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="224" />
        <source>Remove</source>
        <translation>解除</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="225" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="231" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="273" />
        <source>The slot is empty: start and end are the same time</source>
        <translation>时段为空：开始与结束时间相同</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="278" />
        <source>%1 overlaps the slot of %2</source>
        <translation>%1 与 %2 的时段重叠</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="282" />
        <source>That is not a phone number: type a mainland mobile (11 digits) or +country code and number</source>
        <translation>这不是有效的手机号：请输入11位大陆手机号，或 +国家代码和号码</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="288" />
        <source>The slot overlaps another phone's slot</source>
        <translation>该时段与其他手机的时段重叠</translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="296" />
        <source>Type the phone number</source>
        <translation>请输入手机号</translation>
    </message>
</context>
<context>
    <name>PlateEntry</name>
    <message>
        <location filename="../../ui/plate_entry.py" line="54" />
        <source>Put %1 first</source>
        <translation>首字改为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="81" />
        <source>Type the plate as it is on the vehicle</source>
        <translation>按车上号牌输入</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="84" />
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="87" />
        <source>Not a plate: the province comes first (use the keys above)</source>
        <translation>不是有效车牌：首字应为省份简称（用上方按键输入）</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="89" />
        <source>Not a plate yet: check the letters and digits</source>
        <translation>还不是有效车牌：请核对字母和数字</translation>
    </message>
</context>
<context>
    <name>PlateKind</name>
    <message>
        <location filename="../../ui/plate_entry.py" line="16" />
        <source>ordinary plate</source>
        <translation>普通号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="17" />
        <source>new-energy plate (small vehicle)</source>
        <translation>新能源号牌（小型车）</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="18" />
        <source>new-energy plate (large vehicle)</source>
        <translation>新能源号牌（大型车）</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="19" />
        <source>police plate</source>
        <translation>警用号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="20" />
        <source>learner plate</source>
        <translation>教练号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="21" />
        <source>trailer plate</source>
        <translation>挂车号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="22" />
        <source>Hong Kong cross-border plate</source>
        <translation>粤港两地号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="23" />
        <source>Macau cross-border plate</source>
        <translation>粤澳两地号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="24" />
        <source>consulate plate</source>
        <translation>领馆号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="25" />
        <source>embassy plate</source>
        <translation>使馆号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="26" />
        <source>armed police plate</source>
        <translation>武警号牌</translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="27" />
        <source>plate</source>
        <translation>号牌</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/views/products.py" line="130" />
        <source>Change a price</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="137" />
        <source>%1 (nozzle %2)</source>
        <translation>%1（%2 号油枪）</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="145" />
        <source>such as: price notice from head office</source>
        <translation>例如：总部调价通知</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="146" />
        <source>Grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="147" />
        <source>Current price (¥/L)</source>
        <translation>当前单价（元/升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="148" />
        <source>New price (¥/L)</source>
        <translation>新单价（元/升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="149" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="151" />
        <source>The new price is sent to every pump (lanes %1), never under a running filling.</source>
        <translation>新单价将下发到每台油机（车道 %1），加油进行中的油机不会改价。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="160" />
        <location filename="../../ui/views/products.py" line="226" />
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="168" />
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="181" />
        <source>Change %1 from ¥%2 to ¥%3 per litre at every pump?</source>
        <translation>确认将所有油机的 %1 单价从 ¥%2 改为 ¥%3 每升？</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="187" />
        <source>Change price</source>
        <translation>确认改价</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="196" />
        <source>Type the new price in yuan per litre with at most two decimals, such as 7.89</source>
        <translation>请输入新单价（元/升），最多两位小数，例如 7.89</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="199" />
        <source>Say why: the reason is kept in the audit log.</source>
        <translation>请说明原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="223" />
        <source>The price was not changed: the console met an error (see its log).</source>
        <translation>单价未修改：控制台出错（详见日志）。</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../ui/views/products.py" line="68" />
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68" />
        <source>Pump</source>
        <translation>油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68" />
        <source>Nozzle</source>
        <translation>油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68" />
        <source>Grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69" />
        <source>Price at the pump (¥/L)</source>
        <translation>油机单价（元/升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69" />
        <source>Configured price (¥/L)</source>
        <translation>配置单价（元/升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="85" />
        <source>The pump does not answer</source>
        <translation>油机无应答</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="87" />
        <source>This pump does not tell its prices</source>
        <translation>此油机不回报单价</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="89" />
        <source>The pump sells at another price than the configured one</source>
        <translation>油机的售价与配置单价不同</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="104" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="107" />
        <source>set at the pump</source>
        <translation>在油机上设置</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/views/products.py" line="32" />
        <source>Only a manager may change a price. Ask a manager to log in.</source>
        <translation>只有站长可以改价，请站长登录。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="33" />
        <source>Say why: the reason is kept in the audit log.</source>
        <translation>请说明原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="34" />
        <source>%1 is not a price: type yuan per litre with at most two decimals, such as 7.89.</source>
        <translation>%1 不是有效单价：请输入元/升，最多两位小数，例如 7.89。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="35" />
        <source>There is no grade on nozzle %1.</source>
        <translation>%1号油枪没有油品。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="36" />
        <source>%1 already costs ¥%2 at every pump: nothing to change.</source>
        <translation>所有油机的 %1 已是 ¥%2：无需修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="37" />
        <source>The pump of lane %1 shows prices with %2 decimals: ¥%3 cannot be set on it. Nothing was changed.</source>
        <translation>%1号车道的油机单价为 %2 位小数：无法设为 ¥%3。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="38" />
        <source>The other grades' prices are not configured and the pumps do not agree on them: set them in the configuration first. Nothing was changed.</source>
        <translation>其他油品的单价未配置，且各油机不一致：请先在配置中设置。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="39" />
        <source>Lane %1 is busy with a filling: change the price once it has finished. Nothing was changed.</source>
        <translation>%1号车道正在加油：请在加油结束后再改价。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="40" />
        <source>The pump of lane %1 does not answer: a price changes at every pump at once. Nothing was changed.</source>
        <translation>%1号车道的油机无应答：改价需所有油机同时进行。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="41" />
        <source>The pump of lane %1 (%2) did not take the price. Nothing was changed.</source>
        <translation>%1号车道的油机（%2）未接受新单价。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="42" />
        <source>The configuration file %1 could not be written, so the pumps keep their old price.</source>
        <translation>无法写入配置文件 %1，油机保持原单价。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="43" />
        <source>The audit log could not be written, so nothing was changed.</source>
        <translation>审计日志无法写入，因此未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="45" />
        <source>The price was not changed (%1).</source>
        <translation>单价未修改（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="245" />
        <source>Read the pumps again</source>
        <translation>重新读取油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="248" />
        <source>Change price…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="290" />
        <source>The prices could not be read. Try again.</source>
        <translation>无法读取单价，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="300" />
        <source>Unit prices per grade and pump.</source>
        <translation>各油机各油品的单价。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="301" />
        <source>A change goes to every pump and into the audit log.</source>
        <translation>改价会下发到每台油机并记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="302" />
        <source>Only a manager may change a price.</source>
        <translation>只有站长可以改价。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="321" />
        <source>%1 now costs ¥%2 per litre at every pump (was ¥%3).</source>
        <translation>所有油机的 %1 现为每升 ¥%2（原为 ¥%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="324" />
        <source>The demo keeps no configuration file: the pumps hold the new price.</source>
        <translation>演示模式没有配置文件：新单价保存在油机中。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="176" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="182" />
        <source>Say why (kept in the audit log)</source>
        <translation>请填写原因（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="184" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="194" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="195" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/views/report_titles.py" line="7" />
        <source>A driver is the one the station charged at the filling; no driver: no slot covered it (the account's phone).</source>
        <translation>司机为加油时被扣款通知的司机；无司机：该时间不在任何时段内（通知账户手机）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="8" />
        <source>Against band</source>
        <translation>对比油耗区间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="9" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="10" />
        <source>Amount (fillings)</source>
        <translation>金额（加油记录）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="11" />
        <source>Amount (pump totals)</source>
        <translation>金额（油机累计）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="12" />
        <source>Band from</source>
        <translation>区间下限</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="13" />
        <source>Band to</source>
        <translation>区间上限</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="14" />
        <source>Baseline (median)</source>
        <translation>基准（中位数）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="15" />
        <source>Closed</source>
        <translation>结班时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="16" />
        <source>Closed by</source>
        <translation>结班人</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="17" />
        <source>Consumption (L/100 km or L/h)</source>
        <translation>油耗（升/百公里或升/小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="18" />
        <source>Consumption is full to full: a fill that reached its preset is partial and counted in the next full fill's segment.</source>
        <translation>油耗按满箱到满箱计算：达到预置量的加油视为未加满，计入下一次加满的区间。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="19" />
        <source>Consumption per vehicle</source>
        <translation>各车辆油耗</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="20" />
        <source>Day report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="21" />
        <source>Distance (km or h)</source>
        <translation>里程（公里或小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="22" />
        <source>Distance and fuel per driver slot</source>
        <translation>各司机时段里程与油量</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="23" />
        <source>Distance since last reading</source>
        <translation>距上次读数里程</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="24" />
        <source>Distance: since the vehicle's previous reading, counted for the driver on duty at the later filling.</source>
        <translation>里程：自该车上一次读数起算，计入后一次加油时当班的司机。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="25" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="26" />
        <source>Driver at last reading</source>
        <translation>上次读数时司机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="27" />
        <source>Filling</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="28" />
        <source>Fillings</source>
        <translation>加油笔数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="29" />
        <source>First filling</source>
        <translation>首次加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="30" />
        <source>Fuelling places per driver</source>
        <translation>各司机加油地点</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="31" />
        <source>Full fill</source>
        <translation>是否加满</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="32" />
        <source>Full-to-full segments</source>
        <translation>满箱区间数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="33" />
        <source>Grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="34" />
        <source>Lane</source>
        <translation>车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="35" />
        <source>Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 less than its fillings.</source>
        <translation>%1 号车道 %2 号枪（%3）：油机总累比加油记录少 %4 升、¥%5。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="36" />
        <source>Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.</source>
        <translation>%1 号车道 %2 号枪（%3）：油机总累比加油记录多 %4 升、¥%5。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="37" />
        <source>Lane %1 nozzle %2 (%3): totals unavailable at close (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation>%1 号车道 %2 号枪（%3）：交班时未读到总累（%4）；其 %5 笔加油未与油机核对。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="38" />
        <source>Lane %1 nozzle %2 (%3): totals unavailable at open (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation>%1 号车道 %2 号枪（%3）：开班时未读到总累（%4）；其 %5 笔加油未与油机核对。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="39" />
        <source>Lane %1 nozzle %2 (%3): totals unavailable at open and at close (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation>%1 号车道 %2 号枪（%3）：开班和交班时均未读到总累（%4）；其 %5 笔加油未与油机核对。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="40" />
        <source>Last filling</source>
        <translation>末次加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="41" />
        <source>Last reading at</source>
        <translation>上次读数时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="42" />
        <source>Last reading station</source>
        <translation>上次读数油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="43" />
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="44" />
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="45" />
        <source>Litres (fillings)</source>
        <translation>升数（加油记录）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="46" />
        <source>Litres (pump totals)</source>
        <translation>升数（油机累计）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="47" />
        <source>Meter</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="48" />
        <source>Mismatch (L)</source>
        <translation>差异（升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="49" />
        <source>Mismatch (amount)</source>
        <translation>差异（金额）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="50" />
        <source>No shift was closed on this day.</source>
        <translation>当天没有结班的班次。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="51" />
        <source>Nozzle</source>
        <translation>油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="52" />
        <source>Nozzles without totals</source>
        <translation>无累计数的油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="53" />
        <source>Odometer (km or h)</source>
        <translation>里程表（公里或小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="54" />
        <source>One row per vehicle, driver, station and lane; ask for one vehicle for each of its fillings.</source>
        <translation>每行为一辆车、一名司机、一座站和一条车道；查询单辆车可看到它的每一笔加油。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="55" />
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="56" />
        <source>Opened by</source>
        <translation>开班人</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="57" />
        <source>Partial fills</source>
        <translation>未加满次数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="58" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="59" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="60" />
        <source>Pump</source>
        <translation>油机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="61" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="62" />
        <source>Shift %1 at %2: %3 nozzle(s) closed without totals.</source>
        <translation>%2 站班次 %1：%3 把油枪未读到总累即交班。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="63" />
        <source>Shift %1 at %2: the pumps counted %3 L, ¥%4 beyond the fillings (totals − fillings).</source>
        <translation>%2 站班次 %1：油机总累比加油记录多 %3 升、¥%4（总累 − 加油记录）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="64" />
        <source>Shift report</source>
        <translation>班结报表</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="65" />
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="66" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="67" />
        <source>Stations</source>
        <translation>所到油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="68" />
        <source>Tank</source>
        <translation>油箱容量</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="69" />
        <source>Tender, operator or reason</source>
        <translation>支付方式、操作员或原因</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="70" />
        <source>The shift is open: its end totals are not read yet, the figures are the fillings so far.</source>
        <translation>班次未结：尚未读取结班累计数，数字为目前为止的加油记录。</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="71" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="72" />
        <source>Totals</source>
        <translation>累计数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="73" />
        <source>Totals at close (L)</source>
        <translation>结班累计（升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="74" />
        <source>Totals at open (L)</source>
        <translation>开班累计（升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="75" />
        <source>Vehicle baseline</source>
        <translation>车辆基准</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="42" />
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="43" />
        <source>Drivers' slots</source>
        <translation>司机时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="44" />
        <source>Fuelling places</source>
        <translation>加油地点</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="45" />
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="46" />
        <source>Shift close</source>
        <translation>交班（班结）</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="47" />
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="50" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="50" />
        <source>(nothing in this period)</source>
        <translation>（此期间无数据）</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/views/report_charts.py" line="102" />
        <source>Consumption per vehicle, full to full</source>
        <translation>各车油耗（满油法）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="102" />
        <source>L/100 km (L/h)</source>
        <translation>升/百公里（升/小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="103" />
        <source>Litres</source>
        <translation>升数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="103" />
        <source>Litres per grade per hour</source>
        <translation>各油品每小时加油量（升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="104" />
        <source>Exceptions per week</source>
        <translation>每周异常数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="104" />
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="109" />
        <source>No fillings in this period</source>
        <translation>此期间无加油记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="114" />
        <source>No full-to-full figure in this period (odometer readings at two full fills)</source>
        <translation>本期间没有满油法油耗（需两次加满时的里程读数）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="116" />
        <source>(no grade)</source>
        <translation>（无油品）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="121" />
        <source>The exceptions report is not available in this version</source>
        <translation>此版本暂无异常报表</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="123" />
        <source>No exceptions in this period</source>
        <translation>此期间无异常</translation>
    </message>
</context>
<context>
    <name>ReportValue</name>
    <message>
        <location filename="../../ui/views/report_words.py" line="15" />
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="16" />
        <source>engine hours</source>
        <translation>发动机小时</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="17" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="18" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="19" />
        <source>within band</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="20" />
        <source>above band</source>
        <translation>偏高</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="21" />
        <source>below band</source>
        <translation>偏低</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="22" />
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="23" />
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="24" />
        <source>nozzle</source>
        <translation>油枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="25" />
        <source>grade</source>
        <translation>油品</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="26" />
        <source>tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="27" />
        <source>by hand</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="28" />
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="29" />
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="30" />
        <source>not read at the open</source>
        <translation>开班未读到</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="31" />
        <source>not read at the close</source>
        <translation>结班未读到</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="32" />
        <source>not read</source>
        <translation>未读到</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="33" />
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="35" />
        <source>more than the tank holds</source>
        <translation>超过油箱容量</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="36" />
        <source>too soon after the last fill (time)</source>
        <translation>距上次加油过近（时间）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="37" />
        <source>too soon after the last fill (distance)</source>
        <translation>距上次加油过近（里程）</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="38" />
        <source>consumption above its band</source>
        <translation>油耗高于区间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="39" />
        <source>consumption below its band</source>
        <translation>油耗低于区间</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="40" />
        <source>two sites at once</source>
        <translation>同时在两站加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="41" />
        <source>outside every driver's slot</source>
        <translation>不在任何司机的时段内</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="42" />
        <source>at night</source>
        <translation>夜间加油</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="43" />
        <source>authorised by a cashier</source>
        <translation>收银员手动授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="44" />
        <location filename="../../ui/views/report_words.py" line="49" />
        <source>settled by hand</source>
        <translation>手工结算</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="47" />
        <source>fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="48" />
        <source>card, charged to the driver's phone</source>
        <translation>油卡扣费并通知司机手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="50" />
        <source>no card: paid at the till</source>
        <translation>无卡：柜台付款</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="51" />
        <source>stopped by the cashier</source>
        <translation>收银员停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="52" />
        <source>emergency stop</source>
        <translation>紧急停机</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="53" />
        <source>cancelled at restart</source>
        <translation>重启时取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="54" />
        <source>nozzle not lifted in time</source>
        <translation>未及时提枪</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="55" />
        <source>vehicle left</source>
        <translation>车辆已离开</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="56" />
        <source>another vehicle came</source>
        <translation>换了另一辆车</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="57" />
        <source>pump refused the authorisation</source>
        <translation>油机拒绝授权</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="58" />
        <source>failed safe</source>
        <translation>故障转入安全状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="59" />
        <source>released</source>
        <translation>已释放</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/views/reports.py" line="51" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="52" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="53" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="135" />
        <location filename="../../ui/views/reports.py" line="231" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="135" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="138" />
        <source>All vehicles</source>
        <translation>全部车辆</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="142" />
        <source>Last closed shift</source>
        <translation>最近结班的班次</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144" />
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="147" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="149" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="153" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="155" />
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="231" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="267" />
        <source>%1 is not a plate</source>
        <translation>%1 不是有效车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="273" />
        <source>%1 is not a shift number</source>
        <translation>%1 不是有效的班次编号</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="309" />
        <source>The report “%1” is not available in this version of PlatePay.</source>
        <translation>此版本的车牌付暂不提供“%1”报表。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="319" />
        <source>Rows: %1</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="329" />
        <source>the station database could not make it; the log says why</source>
        <translation>本站数据库无法生成该报表，原因见日志</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="336" />
        <source>Report not made: %1</source>
        <translation>报表未生成：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="347" />
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="365" />
        <source>Report written to %1</source>
        <translation>报表已写入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="371" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/views/settings.py" line="76" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="77" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="78" />
        <source>Log out after (minutes without activity, 0 = never)</source>
        <translation>无操作自动退出（分钟，0 为不退出）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="79" />
        <source>Station minimum and offline limits</source>
        <translation>最低余额与离线限额</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="80" />
        <source>Minimum balance (¥)</source>
        <translation>最低余额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="81" />
        <source>Largest filling (¥)</source>
        <translation>单次最大加油额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82" />
        <source>Offline limit per card per day (¥)</source>
        <translation>离线时每卡每日限额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="83" />
        <source>Offline after (minutes without central)</source>
        <translation>离线判定（与中心库断开分钟数）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84" />
        <source>Plate reading</source>
        <translation>车牌识别</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85" />
        <source>automatic (best measured for the region)</source>
        <translation>自动（按地区选实测最佳）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="88" />
        <source>Engine</source>
        <translation>识别引擎</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="89" />
        <source>Reader processes (0: automatic)</source>
        <translation>识别进程数（0 为自动）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90" />
        <source>Threads per reader</source>
        <translation>每个识别进程的线程数</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="91" />
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="93" />
        <source>Lane %1</source>
        <translation>%1号车道</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="97" />
        <source>Serial bus %1</source>
        <translation>串口总线 %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="98" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="99" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>Parity</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100" />
        <source>even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="101" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108" />
        <source>Relay module (lane lights)</source>
        <translation>继电器模块（车道信号灯）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="110" />
        <source>Payment webhook</source>
        <translation>支付回调</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="111" />
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="112" />
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="113" />
        <source>Timeout (seconds)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="122" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="137" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="185" />
        <source>Only a manager may change the settings. Log in as a manager, then save again.</source>
        <translation>只有站长可以修改设置。请以站长身份登录后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="196" />
        <source>Not saved: the value of “%1” cannot be used.</source>
        <translation>未保存：“%1”的值无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197" />
        <source>Not saved: the configuration cannot be used.</source>
        <translation>未保存：配置无法使用。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201" />
        <source>Not saved: the file cannot be written (%1).</source>
        <translation>未保存：无法写入文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="208" />
        <source>Saved, but the change could not be written to the audit log.</source>
        <translation>已保存，但此次修改未能写入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="247" />
        <source>The port cannot be opened or does not answer.</source>
        <translation>端口无法打开或无应答。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="210" />
        <source>Saved. Restart the console to use the new settings.</source>
        <translation>已保存。重启控制台后新设置生效。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="237" />
        <source>Check the port, baud rate and parity first.</source>
        <translation>请先检查端口、波特率和校验位。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="241" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="252" />
        <source>no pumps on this bus</source>
        <translation>该总线上没有油机</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <location filename="../../ui/shift_words.py" line="13" />
        <source>the pump does not answer</source>
        <translation>油机无应答</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="14" />
        <source>the pump did not send its totals in time</source>
        <translation>油机未及时返回总累</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="15" />
        <source>the pump refused the request</source>
        <translation>油机拒绝了请求</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="16" />
        <source>its pump line is not open</source>
        <translation>其油机通讯线路未打开</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="17" />
        <source>the nozzle was not configured at that end of the shift</source>
        <translation>该油枪在班次的那一端未配置</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="24" />
        <source>Lane %1 nozzle %2 (%3): %4</source>
        <translation>%1 号车道 %2 号枪（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="35" />
        <source>A shift is already open (opened by %1). Close it first.</source>
        <translation>已有班次未交（由 %1 开班），请先交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="36" />
        <source>No shift is open: open one first.</source>
        <translation>当前没有开班，请先开班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="37" />
        <source>The shift shown is no longer the open one: look again.</source>
        <translation>所显示的班次已不是当前班次，请重新查看。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="38" />
        <source>%1 filling(s) are still open on lane %2. Let them finish, or settle them, then close the shift.</source>
        <translation>%2 号车道仍有 %1 笔加油未完成。请等待完成或结算后再交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="39" />
        <source>A filling began on lane %1 while the pump totals were read. Read them again.</source>
        <translation>读取总累期间 %1 号车道开始了加油，请重新读取。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="40" />
        <source>These nozzles' totals could not be read:
%1
Go on without them? The report will say so.</source>
        <translation>以下油枪的总累未能读取：
%1
是否不读这些油枪继续？报表中会注明。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="41" />
        <source>Not every nozzle's totals were read. Read them again.</source>
        <translation>并非所有油枪的总累都已读取，请重新读取。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="42" />
        <source>Only a cashier or a manager keeps shifts.</source>
        <translation>只有收银员或站长可以开班、交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="43" />
        <source>The console is running and drives the pumps: open or close the shift in its window.</source>
        <translation>控制台正在运行并控制油机：请在其窗口中开班或交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="44" />
        <source>The demo's pumps exist only inside the running console: open or close the shift in its window.</source>
        <translation>演示油机只存在于运行中的控制台内：请在其窗口中开班或交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="45" />
        <source>No such shift (none has been closed yet).</source>
        <translation>没有该班次（尚无已交班的班次）。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="47" />
        <source>The shift was not opened or closed (%1).</source>
        <translation>未能开班或交班（%1）。</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialog.py" line="36" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="74" />
        <source>No shift is open.</source>
        <translation>当前没有开班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="75" />
        <source>Open a shift (read the pump totals)</source>
        <translation>开班（读取油机总累）</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="78" />
        <source>Shift open since %1, opened by %2.</source>
        <translation>本班自 %1 起，由 %2 开班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="79" />
        <source>Close the shift (read the pump totals)</source>
        <translation>交班（读取油机总累）</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="95" />
        <source>Reading the pump totals…</source>
        <translation>正在读取油机总累…</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="108" />
        <source>Shift opened.</source>
        <translation>已开班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="110" />
        <source>Shift closed: %1 filling(s), %2 L, ¥%3. Its report is on the Reports page (Shift).</source>
        <translation>已交班：加油 %1 笔，%2 升，¥%3。班结报表见“报表”页（班次）。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="114" />
        <source>%1 nozzle(s) closed without their totals.</source>
        <translation>%1 把油枪未读到总累即交班。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="123" />
        <source>Pump totals missing</source>
        <translation>缺少油机总累</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="127" />
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="136" />
        <source>The shift could not be read or saved: %1</source>
        <translation>无法读取或保存班次：%1</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="94" />
        <source>Station</source>
        <translation>油站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95" />
        <source>Name the station and say where it is.</source>
        <translation>填写油站名称和所在地。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98" />
        <source>My fuel station</source>
        <translation>我的加油站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105" />
        <source>Station code</source>
        <translation>油站编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <location filename="../../ui/views/parking.py" line="22" />
        <source>inside</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="23" />
        <source>left</source>
        <translation>已离场</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="24" />
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="30" />
        <source>card</source>
        <translation>油卡扣费</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="31" />
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="32" />
        <source>monthly pass</source>
        <translation>月卡</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="33" />
        <source>at the booth</source>
        <translation>岗亭</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="35" />
        <source>at another station</source>
        <translation>他站出场扣费</translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../ui/views/parking.py" line="41" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41" />
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41" />
        <source>Entered</source>
        <translation>入场</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41" />
        <source>Left</source>
        <translation>离场</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42" />
        <source>Fee (¥)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42" />
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42" />
        <source>By hand</source>
        <translation>人工处理</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="52" />
        <source>toll</source>
        <translation>收费站</translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="52" />
        <source>parking</source>
        <translation>停车</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="69" />
        <source>Top up card %1</source>
        <translation>为卡 %1 充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="78" />
        <source>%1 · balance ¥%2</source>
        <translation>%1 · 余额 ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="82" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="90" />
        <location filename="../../ui/views/accounts.py" line="108" />
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="92" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="103" />
        <source>Check with the customer, then confirm:</source>
        <translation>请与客户核对后确认：</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107" />
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107" />
        <source>Top-up</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="108" />
        <source>Balance now</source>
        <translation>当前余额</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="108" />
        <source>Balance after</source>
        <translation>充值后余额</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="118" />
        <source>Back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="126" />
        <source>At most ¥%1 per top-up and ¥%2 per card a day</source>
        <translation>单次充值最多 ¥%1，每卡每日最多 ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="127" />
        <source>A cashier tops up at most ¥%1 at a time; above that a manager must log in</source>
        <translation>收银员单次最多充值 ¥%1，超出须由站长登录办理</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="131" />
        <source>The operator who opened this top-up is no longer logged in: close it and log in again</source>
        <translation>打开此充值的操作员已退出登录：请关闭后重新登录</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="133" />
        <location filename="../../ui/views/accounts.py" line="200" />
        <source>This operator may not top up cards</source>
        <translation>该操作员无权充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="137" />
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation>请输入以元为单位的金额，例如 500 或 500.50</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="139" />
        <source>A top-up must be more than zero</source>
        <translation>充值金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="141" />
        <source>Choose how the customer paid</source>
        <translation>请选择客户的付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="155" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="170" />
        <source>Confirm top-up</source>
        <translation>确认充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="175" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="194" />
        <source>A top-up above ¥%1 needs a manager: ask a manager to log in and top up</source>
        <translation>超过 ¥%1 的充值须由站长办理：请站长登录后充值</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="196" />
        <source>This card was topped up ¥%1 in the last 24 hours: at most ¥%2 a day</source>
        <translation>此卡24小时内已充值 ¥%1：每日最多 ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="198" />
        <source>One top-up is at most ¥%1</source>
        <translation>单次充值最多 ¥%1</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="258" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258" />
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="266" />
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="279" />
        <source>Search plate, account, card or phone</source>
        <translation>搜索车牌、账户、卡号或手机号</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="282" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="285" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="287" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="289" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="366" />
        <source>%1 fillings · %2 L · ¥%3</source>
        <translation>共 %1 笔 · %2 升 · ¥%3</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="369" />
        <source> · %1 cancelled, not in litres or amount</source>
        <translation> · 已取消 %1 笔（不计入升数和金额）</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="371" />
        <source> · newest %1 shown; the export has them all</source>
        <translation> · 仅显示最新 %1 笔，导出包含全部</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="375" />
        <source>Fillings not loaded: %1</source>
        <translation>加油记录未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="403" />
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="382" />
        <source>Export fillings</source>
        <translation>导出加油记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="268" />
        <source>Dates from</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="270" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="382" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="388" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="398" />
        <source>%1 fillings written to %2</source>
        <translation>已将 %1 笔加油写入 %2</translation>
    </message>
</context>
<context>
    <name>VehicleFleetDialog</name>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="24" />
        <source>Fleet details of %1</source>
        <translation>%1 的车队信息</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="28" />
        <source>e.g. 300 (empty: not known)</source>
        <translation>如 300（留空：未知）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="31" />
        <source>Odometer (km)</source>
        <translation>里程表（公里）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="32" />
        <source>Engine hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="37" />
        <source>empty: its own median</source>
        <translation>留空：按本车中位数</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="38" />
        <source>Tank (L)</source>
        <translation>油箱容量（升）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="39" />
        <source>Meter</source>
        <translation>计量方式</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="40" />
        <source>Consumption at least (L/100 km, L/h)</source>
        <translation>油耗下限（升/百公里，升/小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="41" />
        <source>Consumption at most (L/100 km, L/h)</source>
        <translation>油耗上限（升/百公里，升/小时）</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="66" />
        <source>The tank is a number of litres above 0 (e.g. 300 or 62.5).</source>
        <translation>油箱容量应为大于 0 的升数（如 300 或 62.5）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="68" />
        <source>Choose what the vehicle's meter counts.</source>
        <translation>请选择该车的计量方式。</translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="69" />
        <source>The consumption band is two numbers to a tenth, the least first (e.g. 28.0 and 36.5), or empty.</source>
        <translation>油耗区间为两个最多一位小数的数字，小的在前（如 28.0 和 36.5），或留空。</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../ui/tile.py" line="41" />
        <source>No picture</source>
        <extracomment>Without a frame for this long, the picture is called lost. The least a tile may shrink to with its picture, plate line and buttons still readable. Tile heights from which the headline text grows a step (title/state, plate), in points.</extracomment>
        <translation>无画面</translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="50" />
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
        <location filename="../../ui/views/forms.py" line="47" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
</TS>