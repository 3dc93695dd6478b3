<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="285"/>
        <source>Search account, card, plate or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288"/>
        <source>Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288"/>
        <source>Bind plate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288"/>
        <source>Bind phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="288"/>
        <source>Fleet details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="375"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <location filename="../../ui/actions.py" line="102"/>
        <source>Authorise lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Let %1 fill on lane %2. The card pays if it can; otherwise it is a counter sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Customer pays at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Plate checked by eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Manager approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Deny lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Refuse fuel to %1 on lane %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Customer cannot pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Plate does not match the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <location filename="../../ui/actions.py" line="179"/>
        <source>Correct the plate on lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <location filename="../../ui/actions.py" line="180"/>
        <source>The camera read %1. Type the plate as it is on the vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <location filename="../../ui/actions.py" line="181"/>
        <source>Camera misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <location filename="../../ui/actions.py" line="181"/>
        <source>Plate dirty or covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <location filename="../../ui/actions.py" line="182"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="271"/>
        <source>The action failed: the lane or the database did not answer. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Wrong vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>stop button; reason asked afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Pump of lane %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>Why was it stopped? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="187"/>
        <source>Open the barrier of lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188"/>
        <source>Let %1 through by hand. The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Visitor let in by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Emergency vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="190"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196"/>
        <source>Fee paid at the booth, lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="197"/>
        <source>%1 paid ¥%2 another way: the stay is closed and the barrier opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Paid in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Paid by WeChat/Alipay at the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Paid, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Stop every pump on the station now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Fire or spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Stop all pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231"/>
        <source>Reset the emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231"/>
        <source>Allow the pumps to be authorised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232"/>
        <source>Danger over, checked on the forecourt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232"/>
        <source>Drill finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="232"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="265"/>
        <source>Only a manager may do this. Ask a manager to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="285"/>
        <source>The vehicle changed: the lane now shows %1, not %2. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="287"/>
        <source>%1 is now at lane %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="290"/>
        <source>The lane moved on since you looked. Check it and try again. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="291"/>
        <source>The lane does not take this now. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="292"/>
        <source>The emergency stop is on: a manager must reset it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="293"/>
        <source>Say why: a reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="294"/>
        <source>That is not a plate. Type it as it is on the vehicle, province first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="295"/>
        <source>The audit log could not be written, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="269"/>
        <location filename="../../ui/actions.py" line="296"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../ui/alert_panel.py" line="75"/>
        <source>Acknowledge</source>
        <extracomment>A car waiting on the cashier rings again this often until someone decides. Alerts of a vehicle waiting for a person: at a pump, or at a gate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="77"/>
        <source>Seen: the alert greys, and leaves when its cause ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="79"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alert_panel.py" line="123"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/alerts.py" line="102"/>
        <source>Pump %1 offline: it does not answer</source>
        <extracomment>Conditions that last while the lane still deals with its vehicle: they end when it is idle again. Conditions that end when the lane leaves its waiting state. What a station cannot pump or charge through: shown in red, the rest in amber.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="102"/>
        <source>A pump does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="105"/>
        <source>Camera lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="107"/>
        <source>The charge to the driver&apos;s phone failed for filling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="109"/>
        <source>Filling %1 of %2 needs settling by hand: the pump no longer knows its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="111"/>
        <source>Emergency stop ON: no pump is authorised until a manager resets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="113"/>
        <source>%1 waits for the cashier&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="115"/>
        <source>%1 is at the pump authorised for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="117"/>
        <source>Filling not settled yet (database busy or full): retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="119"/>
        <source>Held money not released yet (database busy or full): retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="121"/>
        <source>Pump %1 not known to be locked: the money stays held until it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="123"/>
        <source>Something failed: the lane took the safe way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="125"/>
        <source>The pump did not take the authorisation: the vehicle was not let fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="127"/>
        <source>The pump did not take the stop: stop it at the pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="129"/>
        <source>The money could not be held (database busy or full): the vehicle was not let fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="131"/>
        <source>A filling open at the last shutdown waits for its pump&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="133"/>
        <source>The pump reports alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="135"/>
        <source>The lane lights&apos; relay module does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="137"/>
        <source>The lane met an unexpected error and took the safe way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="139"/>
        <source>The pump answers but refuses every command: is another controller on the line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="141"/>
        <source>The pump counts in other decimals than configured: the pump&apos;s are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="143"/>
        <source>Emergency stop ON, but it could not be saved: it will not hold across a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="145"/>
        <source>%1 waits at the gate for the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="147"/>
        <source>%1 entered again without leaving: its first stay is kept, nothing charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="149"/>
        <source>The barrier does not answer: it stays as it is; open it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="151"/>
        <source>Pump %1 keeps the new price: the change was undone at the other pumps. Set its price at the pump or try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="154"/>
        <source>Head office did not take a change to %1 made here (Details says why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="161"/>
        <source>an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="162"/>
        <source>a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="163"/>
        <source>a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="164"/>
        <source>a phone binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="165"/>
        <source>an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="166"/>
        <source>the station&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="201"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="201"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="204"/>
        <source>(%1 times since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="207"/>
        <source>· acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="24"/>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="25"/>
        <source>Account opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="26"/>
        <source>Card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="27"/>
        <source>Card topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="28"/>
        <source>Plate bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="29"/>
        <source>Plate moved to another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="30"/>
        <source>Phone bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="31"/>
        <source>Phone binding changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="32"/>
        <source>Phone binding removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="33"/>
        <source>Operator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="34"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="35"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="36"/>
        <source>Logged out when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="37"/>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="38"/>
        <source>Filling settled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="39"/>
        <source>Authorised by the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="40"/>
        <source>Refused by the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="41"/>
        <source>Plate corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="42"/>
        <source>Pump stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="43"/>
        <source>Reason for a pump stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="44"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="45"/>
        <source>Emergency stop reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="46"/>
        <source>After a restart: waiting for the pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="47"/>
        <source>After a restart: filling finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="48"/>
        <source>After a restart: still filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="49"/>
        <source>After a restart: still authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="50"/>
        <source>After a restart: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="51"/>
        <source>After a restart: needs settling by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="52"/>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="53"/>
        <source>Head office refused a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="54"/>
        <source>Head office had a newer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="55"/>
        <source>Filling let go, money held released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="56"/>
        <source>Price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="57"/>
        <source>Barrier opened by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="58"/>
        <source>Gate fee paid at the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="59"/>
        <source>Plate corrected at a gate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="64"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="65"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="66"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="67"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="68"/>
        <source>Demo office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="85"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="86"/>
        <source>Opening top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="87"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="88"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="89"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="90"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="91"/>
        <source>From card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="92"/>
        <source>To card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="93"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="95"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="96"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="97"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="98"/>
        <source>Slot before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="99"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="100"/>
        <source>Driver before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="101"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="102"/>
        <source>Litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="103"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="104"/>
        <source>Refused because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="105"/>
        <source>Filling record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="106"/>
        <source>Plate before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="107"/>
        <source>Plate after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="108"/>
        <source>Plate the cashier saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="109"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="110"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="111"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="112"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="113"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="114"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="115"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="116"/>
        <source>Nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="117"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="118"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="119"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="120"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="121"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="122"/>
        <source>Pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="123"/>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="124"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="125"/>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="23"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/views/audit.py" line="80"/>
        <source>Search operator, action, subject or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="81"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="83"/>
        <source>Show the codes and the raw record as the station stores them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="85"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="119"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSubject</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="72"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="73"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="77"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="78"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="79"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="80"/>
        <source>Phone binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="210"/>
        <source>Lane %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="224"/>
        <source>Nozzle %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="138"/>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="139"/>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="144"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="145"/>
        <source>the vehicle changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="146"/>
        <source>the lane moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="147"/>
        <source>needs a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="148"/>
        <source>not possible at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="149"/>
        <source>emergency stop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="150"/>
        <source>not a plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="151"/>
        <source>audit log not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="152"/>
        <source>lane no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="153"/>
        <source>the pump was never authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="155"/>
        <source>the pump was not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="156"/>
        <source>something failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="157"/>
        <source>nobody filled in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="158"/>
        <source>stopped by the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="159"/>
        <source>the vehicle left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="160"/>
        <source>another vehicle came to the pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="161"/>
        <source>let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="163"/>
        <source>not a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="164"/>
        <source>no such nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="165"/>
        <source>the price was the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="166"/>
        <source>the pump counts other decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="167"/>
        <source>the other prices are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="168"/>
        <source>a pump was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="169"/>
        <source>a pump was offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="170"/>
        <source>a pump refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="171"/>
        <source>the settings file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="236"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="236"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="250"/>
        <source>pump %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindPlateDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="206"/>
        <source>Bind a plate to card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="211"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="216"/>
        <source>Type the plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="173"/>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="174"/>
        <source>The serial line of the dispensers (DART). Test asks the first pump for its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182"/>
        <source>odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182"/>
        <source>even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="182"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="184"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="189"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="190"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="200"/>
        <source>The demo&apos;s simulated pumps need no test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="202"/>
        <source>Asking the pump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="208"/>
        <source>✗ The port cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="211"/>
        <source>✗ No DART pump answers at 0x50 on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="213"/>
        <source>✓ Pump 0x50: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelReason</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="121"/>
        <source>Stopped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="123"/>
        <source>Emergency stop by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="125"/>
        <source>Found open after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="127"/>
        <source>the pump was never authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="128"/>
        <source>its lane is no longer configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="132"/>
        <source>Released: nobody lifted the nozzle in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="133"/>
        <source>Released: the vehicle left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="134"/>
        <source>Released: another vehicle came to the pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="135"/>
        <source>Released: the pump did not take the authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="136"/>
        <source>Released: something failed, the lane took the safe way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="137"/>
        <source>Released without fuel (timed out, vehicle left or pump refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="138"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="30"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30"/>
        <source>Balance (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="30"/>
        <source>Available (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="31"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="31"/>
        <source>Phones on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="50"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="50"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillingStatus</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="108"/>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="108"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="109"/>
        <source>filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="109"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="110"/>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="110"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="111"/>
        <source>needs settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillingsModel</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="46"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47"/>
        <source>Litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47"/>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="47"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="48"/>
        <source>Cancel reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="63"/>
        <source>(counter sale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="294"/>
        <source>Set up PlatePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="327"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateState</name>
    <message>
        <location filename="../../ui/gate_tile.py" line="25"/>
        <source>Barrier down</source>
        <extracomment>Header colours by state (the word beside says the same for those who cannot see the hue).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="26"/>
        <source>Checking plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="27"/>
        <source>Taking the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="28"/>
        <source>Booth needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="29"/>
        <source>Barrier up: drive on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="35"/>
        <source>plate not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="36"/>
        <source>no entry found for this plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="37"/>
        <source>balance too low for the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="38"/>
        <source>no card to charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="39"/>
        <source>card blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="40"/>
        <source>plate unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="41"/>
        <source>plate on the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="42"/>
        <source>already inside: entered again without leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="43"/>
        <source>settled, but the barrier does not answer: open it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="49"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="50"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="51"/>
        <source>Toll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="57"/>
        <source>Barrier: down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="58"/>
        <source>Barrier: up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="59"/>
        <source>Barrier: no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateTile</name>
    <message>
        <location filename="../../ui/gate_tile.py" line="82"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="113"/>
        <source>Open by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="113"/>
        <source>Paid at the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="114"/>
        <source>Correct plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="140"/>
        <source>In since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gate_tile.py" line="141"/>
        <source>Fee ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneState</name>
    <message>
        <location filename="../../ui/lanestate.py" line="41"/>
        <source>Waiting for a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="43"/>
        <source>Reading the plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="44"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="45"/>
        <source>Checking plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="46"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="47"/>
        <source>Cashier needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="48"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="49"/>
        <source>Lift the nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="50"/>
        <source>Filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="51"/>
        <source>Settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="52"/>
        <source>Settling, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="53"/>
        <source>Releasing the money held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="59"/>
        <source>balance OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="60"/>
        <source>balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="61"/>
        <source>plate not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="62"/>
        <source>plate unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="63"/>
        <source>card blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="64"/>
        <source>plate already at another pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="65"/>
        <source>emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="66"/>
        <source>resumed after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="78"/>
        <source>offline</source>
        <extracomment>Pump states that only remember the last filling: to the cashier the pump is free.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="80"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="82"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="83"/>
        <source>not programmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="84"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="85"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="86"/>
        <source>filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="87"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="88"/>
        <source>preset reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="89"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="90"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneTile</name>
    <message>
        <location filename="../../ui/tile.py" line="85"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="133"/>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="134"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="135"/>
        <source>Correct plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="136"/>
        <source>Stop pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="137"/>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="172"/>
        <source>Unknown vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="173"/>
        <source>Balance ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="176"/>
        <source>Pump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="182"/>
        <source>%1 L  ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="184"/>
        <source>Nozzle %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="186"/>
        <source>Preset ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="228"/>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="234"/>
        <source>Last: %1 ¥%2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="115"/>
        <source>Lanes and cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="116"/>
        <source>One row per lane: its camera and its pump&apos;s DART address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122"/>
        <source>Pump address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="125"/>
        <source>Preview the selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="128"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="144"/>
        <source>✗ No picture from this camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="105"/>
        <source>Operator login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="116"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="117"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="120"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="129"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="147"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>PlatePay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Logged out: no key or click for %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Car park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Open or close the shift against the pumps&apos; totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Setup wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>EMERGENCY STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Stop every pump (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Emergency stop ON — reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>The new configuration takes effect at the next start of PlatePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Demo: simulated pumps and cameras · logins cashier / cashier1, manager / manager1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Central: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Central: %1 · %2 pending · last sync %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Acknowledgement not recorded: the database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>plate corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>pump stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>all pumps stopped; emergency stop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>emergency stop reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>odometer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="243"/>
        <source>First manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="244"/>
        <source>Who manages this station? This login can add cashiers and change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="259"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="260"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="261"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="262"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="274"/>
        <source>Type a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="276"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="278"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="226"/>
        <source>New account and card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="234"/>
        <source>empty: a new number is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="240"/>
        <source>(no opening top-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="245"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="246"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="247"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="248"/>
        <source>Opening top-up (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="249"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="250"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="255"/>
        <source>Type the account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="259"/>
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="262"/>
        <source>Choose how the customer paid the opening top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="270"/>
        <source>An opening top-up above ¥%1 needs a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="272"/>
        <source>One top-up is at most ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Odometer</name>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="27"/>
        <source>%1 h is below this vehicle&apos;s last reading, %2 h on %3. Look at the meter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="29"/>
        <source>%1 km is below this vehicle&apos;s last reading, %2 km on %3. Look at the odometer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="32"/>
        <source>%1 is above a later reading of this vehicle, %2 on %3. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="35"/>
        <source>Type the reading as a number, to a tenth at most (e.g. 123456.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="37"/>
        <source>No registered vehicle is being filled on this lane: nothing to read the odometer for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="38"/>
        <source>The reading was not taken (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdometerDialog</name>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="47"/>
        <source>Odometer, lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="49"/>
        <source>The odometer of %1 (km; engine hours for a vehicle metered in hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/odometer_dialog.py" line="59"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkingPage</name>
    <message>
        <location filename="../../ui/views/parking.py" line="74"/>
        <source>Search a plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="75"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="77"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="79"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="112"/>
        <source>%1 stays · %2 inside now · ¥%3 taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <location filename="../../ui/views/audit_words.py" line="131"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="132"/>
        <source>WeChat/Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="133"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_words.py" line="134"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Lights, payments and head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="229"/>
        <source>Relay module (lights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="230"/>
        <source>Payment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231"/>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="232"/>
        <source>Central database (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/views/slots.py" line="98"/>
        <source>Phones of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107"/>
        <location filename="../../ui/views/slots.py" line="154"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107"/>
        <location filename="../../ui/views/slots.py" line="155"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="107"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="116"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="119"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="122"/>
        <location filename="../../ui/views/slots.py" line="189"/>
        <source>New binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="156"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="157"/>
        <source>To (00:00 = midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="193"/>
        <source>Bind phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="201"/>
        <source>Changing the binding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="208"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="215"/>
        <source>no driver named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="217"/>
        <source>Remove a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="218"/>
        <source>Remove %1 (%2, %3) from %4? Its slot is then answered by the account&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="224"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="231"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="273"/>
        <source>The slot is empty: start and end are the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="278"/>
        <source>%1 overlaps the slot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="282"/>
        <source>That is not a phone number: type a mainland mobile (11 digits) or +country code and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="288"/>
        <source>The slot overlaps another phone&apos;s slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="296"/>
        <source>Type the phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlateEntry</name>
    <message>
        <location filename="../../ui/plate_entry.py" line="54"/>
        <source>Put %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="81"/>
        <source>Type the plate as it is on the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="84"/>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="87"/>
        <source>Not a plate: the province comes first (use the keys above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="89"/>
        <source>Not a plate yet: check the letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlateKind</name>
    <message>
        <location filename="../../ui/plate_entry.py" line="16"/>
        <source>ordinary plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="17"/>
        <source>new-energy plate (small vehicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="18"/>
        <source>new-energy plate (large vehicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="19"/>
        <source>police plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="20"/>
        <source>learner plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="21"/>
        <source>trailer plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="22"/>
        <source>Hong Kong cross-border plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="23"/>
        <source>Macau cross-border plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="24"/>
        <source>consulate plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="25"/>
        <source>embassy plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="26"/>
        <source>armed police plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plate_entry.py" line="27"/>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/views/products.py" line="130"/>
        <source>Change a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="137"/>
        <source>%1 (nozzle %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="145"/>
        <source>such as: price notice from head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="146"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="147"/>
        <source>Current price (¥/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="148"/>
        <source>New price (¥/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="149"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="151"/>
        <source>The new price is sent to every pump (lanes %1), never under a running filling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="160"/>
        <location filename="../../ui/views/products.py" line="226"/>
        <source>Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="168"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="181"/>
        <source>Change %1 from ¥%2 to ¥%3 per litre at every pump?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="187"/>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="196"/>
        <source>Type the new price in yuan per litre with at most two decimals, such as 7.89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="199"/>
        <source>Say why: the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="223"/>
        <source>The price was not changed: the console met an error (see its log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../ui/views/products.py" line="68"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68"/>
        <source>Pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68"/>
        <source>Nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="68"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69"/>
        <source>Price at the pump (¥/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="69"/>
        <source>Configured price (¥/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="85"/>
        <source>The pump does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="87"/>
        <source>This pump does not tell its prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="89"/>
        <source>The pump sells at another price than the configured one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="104"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="107"/>
        <source>set at the pump</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/views/products.py" line="32"/>
        <source>Only a manager may change a price. Ask a manager to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="33"/>
        <source>Say why: the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="34"/>
        <source>%1 is not a price: type yuan per litre with at most two decimals, such as 7.89.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="35"/>
        <source>There is no grade on nozzle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="36"/>
        <source>%1 already costs ¥%2 at every pump: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="37"/>
        <source>The pump of lane %1 shows prices with %2 decimals: ¥%3 cannot be set on it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="38"/>
        <source>The other grades&apos; prices are not configured and the pumps do not agree on them: set them in the configuration first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="39"/>
        <source>Lane %1 is busy with a filling: change the price once it has finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="40"/>
        <source>The pump of lane %1 does not answer: a price changes at every pump at once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="41"/>
        <source>The pump of lane %1 (%2) did not take the price. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="42"/>
        <source>The configuration file %1 could not be written, so the pumps keep their old price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="43"/>
        <source>The audit log could not be written, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="45"/>
        <source>The price was not changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="245"/>
        <source>Read the pumps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="248"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="290"/>
        <source>The prices could not be read. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="300"/>
        <source>Unit prices per grade and pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="301"/>
        <source>A change goes to every pump and into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="302"/>
        <source>Only a manager may change a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="321"/>
        <source>%1 now costs ¥%2 per litre at every pump (was ¥%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products.py" line="324"/>
        <source>The demo keeps no configuration file: the pumps hold the new price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="176"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="182"/>
        <source>Say why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="184"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="194"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="195"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/views/report_titles.py" line="7"/>
        <source>A driver is the one the station charged at the filling; no driver: no slot covered it (the account&apos;s phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="8"/>
        <source>Against band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="9"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="10"/>
        <source>Amount (fillings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="11"/>
        <source>Amount (pump totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="12"/>
        <source>Band from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="13"/>
        <source>Band to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="14"/>
        <source>Baseline (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="15"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="16"/>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="17"/>
        <source>Consumption (L/100 km or L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="18"/>
        <source>Consumption is full to full: a fill that reached its preset is partial and counted in the next full fill&apos;s segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="19"/>
        <source>Consumption per vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="20"/>
        <source>Day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="21"/>
        <source>Distance (km or h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="22"/>
        <source>Distance and fuel per driver slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="23"/>
        <source>Distance since last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="24"/>
        <source>Distance: since the vehicle&apos;s previous reading, counted for the driver on duty at the later filling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="25"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="26"/>
        <source>Driver at last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="27"/>
        <source>Filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="28"/>
        <source>Fillings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="29"/>
        <source>First filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="30"/>
        <source>Fuelling places per driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="31"/>
        <source>Full fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="32"/>
        <source>Full-to-full segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="33"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="34"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="35"/>
        <source>Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 less than its fillings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="36"/>
        <source>Lane %1 nozzle %2 (%3): the pump counted %4 L, ¥%5 more than its fillings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="37"/>
        <source>Lane %1 nozzle %2 (%3): totals unavailable at close (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="38"/>
        <source>Lane %1 nozzle %2 (%3): totals unavailable at open (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="39"/>
        <source>Lane %1 nozzle %2 (%3): totals unavailable at open and at close (%4); its %5 filling(s) are not checked against the pump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="40"/>
        <source>Last filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="41"/>
        <source>Last reading at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="42"/>
        <source>Last reading station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="43"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="44"/>
        <source>Litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="45"/>
        <source>Litres (fillings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="46"/>
        <source>Litres (pump totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="47"/>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="48"/>
        <source>Mismatch (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="49"/>
        <source>Mismatch (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="50"/>
        <source>No shift was closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="51"/>
        <source>Nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="52"/>
        <source>Nozzles without totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="53"/>
        <source>Odometer (km or h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="54"/>
        <source>One row per vehicle, driver, station and lane; ask for one vehicle for each of its fillings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="55"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="56"/>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="57"/>
        <source>Partial fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="58"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="59"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="60"/>
        <source>Pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="61"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="62"/>
        <source>Shift %1 at %2: %3 nozzle(s) closed without totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="63"/>
        <source>Shift %1 at %2: the pumps counted %3 L, ¥%4 beyond the fillings (totals − fillings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="64"/>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="65"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="66"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="67"/>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="68"/>
        <source>Tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="69"/>
        <source>Tender, operator or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="70"/>
        <source>The shift is open: its end totals are not read yet, the figures are the fillings so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="71"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="72"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="73"/>
        <source>Totals at close (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="74"/>
        <source>Totals at open (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_titles.py" line="75"/>
        <source>Vehicle baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="42"/>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="43"/>
        <source>Drivers&apos; slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="44"/>
        <source>Fuelling places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="45"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="46"/>
        <source>Shift close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="47"/>
        <source>Day close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="50"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="50"/>
        <source>(nothing in this period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../ui/views/report_charts.py" line="102"/>
        <source>Consumption per vehicle, full to full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="102"/>
        <source>L/100 km (L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="103"/>
        <source>Litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="103"/>
        <source>Litres per grade per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="104"/>
        <source>Exceptions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="104"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="109"/>
        <source>No fillings in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="114"/>
        <source>No full-to-full figure in this period (odometer readings at two full fills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="116"/>
        <source>(no grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="121"/>
        <source>The exceptions report is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_charts.py" line="123"/>
        <source>No exceptions in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportValue</name>
    <message>
        <location filename="../../ui/views/report_words.py" line="15"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="16"/>
        <source>engine hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="17"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="18"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="19"/>
        <source>within band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="20"/>
        <source>above band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="21"/>
        <source>below band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="22"/>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="23"/>
        <source>shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="24"/>
        <source>nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="25"/>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="26"/>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="27"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="28"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="29"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="30"/>
        <source>not read at the open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="31"/>
        <source>not read at the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="32"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="33"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="35"/>
        <source>more than the tank holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="36"/>
        <source>too soon after the last fill (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="37"/>
        <source>too soon after the last fill (distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="38"/>
        <source>consumption above its band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="39"/>
        <source>consumption below its band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="40"/>
        <source>two sites at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="41"/>
        <source>outside every driver&apos;s slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="42"/>
        <source>at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="43"/>
        <source>authorised by a cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="44"/>
        <location filename="../../ui/views/report_words.py" line="49"/>
        <source>settled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="47"/>
        <source>fuel card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="48"/>
        <source>card, charged to the driver&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="50"/>
        <source>no card: paid at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="51"/>
        <source>stopped by the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="52"/>
        <source>emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="53"/>
        <source>cancelled at restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="54"/>
        <source>nozzle not lifted in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="55"/>
        <source>vehicle left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="56"/>
        <source>another vehicle came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="57"/>
        <source>pump refused the authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="58"/>
        <source>failed safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/report_words.py" line="59"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/views/reports.py" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="52"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="53"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="135"/>
        <location filename="../../ui/views/reports.py" line="231"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="135"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="138"/>
        <source>All vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="142"/>
        <source>Last closed shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="147"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="149"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="153"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="155"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="231"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="267"/>
        <source>%1 is not a plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="273"/>
        <source>%1 is not a shift number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="309"/>
        <source>The report “%1” is not available in this version of PlatePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="319"/>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="329"/>
        <source>the station database could not make it; the log says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="336"/>
        <source>Report not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="347"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="365"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="371"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/views/settings.py" line="76"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="77"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="78"/>
        <source>Log out after (minutes without activity, 0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="79"/>
        <source>Station minimum and offline limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="80"/>
        <source>Minimum balance (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="81"/>
        <source>Largest filling (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Offline limit per card per day (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="83"/>
        <source>Offline after (minutes without central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Plate reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>automatic (best measured for the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="88"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="89"/>
        <source>Reader processes (0: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Threads per reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="91"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="93"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="97"/>
        <source>Serial bus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="98"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="99"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="101"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Relay module (lane lights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="110"/>
        <source>Payment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="111"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="112"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="113"/>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="122"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="137"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="185"/>
        <source>Only a manager may change the settings. Log in as a manager, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="196"/>
        <source>Not saved: the value of “%1” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197"/>
        <source>Not saved: the configuration cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201"/>
        <source>Not saved: the file cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="208"/>
        <source>Saved, but the change could not be written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="247"/>
        <source>The port cannot be opened or does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="210"/>
        <source>Saved. Restart the console to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="237"/>
        <source>Check the port, baud rate and parity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="241"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="252"/>
        <source>no pumps on this bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <location filename="../../ui/shift_words.py" line="13"/>
        <source>the pump does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="14"/>
        <source>the pump did not send its totals in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="15"/>
        <source>the pump refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="16"/>
        <source>its pump line is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="17"/>
        <source>the nozzle was not configured at that end of the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="24"/>
        <source>Lane %1 nozzle %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="35"/>
        <source>A shift is already open (opened by %1). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="36"/>
        <source>No shift is open: open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="37"/>
        <source>The shift shown is no longer the open one: look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="38"/>
        <source>%1 filling(s) are still open on lane %2. Let them finish, or settle them, then close the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="39"/>
        <source>A filling began on lane %1 while the pump totals were read. Read them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="40"/>
        <source>These nozzles&apos; totals could not be read:
%1
Go on without them? The report will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="41"/>
        <source>Not every nozzle&apos;s totals were read. Read them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="42"/>
        <source>Only a cashier or a manager keeps shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="43"/>
        <source>The console is running and drives the pumps: open or close the shift in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="44"/>
        <source>The demo&apos;s pumps exist only inside the running console: open or close the shift in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="45"/>
        <source>No such shift (none has been closed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_words.py" line="47"/>
        <source>The shift was not opened or closed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift_dialog.py" line="36"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="74"/>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="75"/>
        <source>Open a shift (read the pump totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="78"/>
        <source>Shift open since %1, opened by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="79"/>
        <source>Close the shift (read the pump totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="95"/>
        <source>Reading the pump totals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="108"/>
        <source>Shift opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="110"/>
        <source>Shift closed: %1 filling(s), %2 L, ¥%3. Its report is on the Reports page (Shift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="114"/>
        <source>%1 nozzle(s) closed without their totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="123"/>
        <source>Pump totals missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="127"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift_dialog.py" line="136"/>
        <source>The shift could not be read or saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="94"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95"/>
        <source>Name the station and say where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98"/>
        <source>My fuel station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Station code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayStatus</name>
    <message>
        <location filename="../../ui/views/parking.py" line="22"/>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="23"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="24"/>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="30"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="31"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="32"/>
        <source>monthly pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="33"/>
        <source>at the booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="35"/>
        <source>at another station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysModel</name>
    <message>
        <location filename="../../ui/views/parking.py" line="41"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41"/>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42"/>
        <source>Fee (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="42"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="52"/>
        <source>toll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/parking.py" line="52"/>
        <source>parking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="69"/>
        <source>Top up card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="78"/>
        <source>%1 · balance ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="82"/>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="90"/>
        <location filename="../../ui/views/accounts.py" line="108"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="103"/>
        <source>Check with the customer, then confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107"/>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="108"/>
        <source>Balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="108"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="118"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="126"/>
        <source>At most ¥%1 per top-up and ¥%2 per card a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="127"/>
        <source>A cashier tops up at most ¥%1 at a time; above that a manager must log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="131"/>
        <source>The operator who opened this top-up is no longer logged in: close it and log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="133"/>
        <location filename="../../ui/views/accounts.py" line="200"/>
        <source>This operator may not top up cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="137"/>
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="139"/>
        <source>A top-up must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="141"/>
        <source>Choose how the customer paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="155"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="170"/>
        <source>Confirm top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="175"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="194"/>
        <source>A top-up above ¥%1 needs a manager: ask a manager to log in and top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="196"/>
        <source>This card was topped up ¥%1 in the last 24 hours: at most ¥%2 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="198"/>
        <source>One top-up is at most ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="258"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="258"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="266"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="279"/>
        <source>Search plate, account, card or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="282"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="285"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="287"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="289"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="366"/>
        <source>%1 fillings · %2 L · ¥%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="369"/>
        <source> · %1 cancelled, not in litres or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="371"/>
        <source> · newest %1 shown; the export has them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="375"/>
        <source>Fillings not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="403"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="382"/>
        <source>Export fillings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="268"/>
        <source>Dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="270"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="382"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="388"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="398"/>
        <source>%1 fillings written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleFleetDialog</name>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="24"/>
        <source>Fleet details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="28"/>
        <source>e.g. 300 (empty: not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="31"/>
        <source>Odometer (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="32"/>
        <source>Engine hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="37"/>
        <source>empty: its own median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="38"/>
        <source>Tank (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="39"/>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="40"/>
        <source>Consumption at least (L/100 km, L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="41"/>
        <source>Consumption at most (L/100 km, L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="66"/>
        <source>The tank is a number of litres above 0 (e.g. 300 or 62.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="68"/>
        <source>Choose what the vehicle&apos;s meter counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/fleet_form.py" line="69"/>
        <source>The consumption band is two numbers to a tenth, the least first (e.g. 28.0 and 36.5), or empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../ui/tile.py" line="41"/>
        <source>No picture</source>
        <extracomment>Without a frame for this long, the picture is called lost. The least a tile may shrink to with its picture, plate line and buttons still readable. Tile heights from which the headline text grows a step (title/state, plate), in points.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="50"/>
        <source>Camera lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../ui/views/forms.py" line="28"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/forms.py" line="47"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
