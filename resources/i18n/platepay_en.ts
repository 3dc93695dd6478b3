<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="141"/>
        <source>Search account, card, plate or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144"/>
        <source>Top up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144"/>
        <source>Bind plate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144"/>
        <source>Bind phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="144"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="223"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>Authorise lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Let %1 fill on lane %2. The card pays if it can; otherwise it is a counter sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Customer pays at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Plate checked by eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Manager approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Deny lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Refuse fuel to %1 on lane %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Customer cannot pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Plate does not match the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Correct the plate on lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>The camera read %1. Type the plate as it is on the vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Camera misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Plate dirty or covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="104"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Wrong vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>stop button; reason asked afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Pump of lane %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Why was it stopped? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Save reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>Stop every pump on the station now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Fire or spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Stop all pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>Reset the emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>Allow the pumps to be authorised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Danger over, checked on the forecourt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Drill finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177"/>
        <source>Only a manager may do this. Ask a manager to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="183"/>
        <source>The action failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="186"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="194"/>
        <source>The vehicle changed: the lane now shows %1, not %2. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196"/>
        <source>%1 is now at lane %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199"/>
        <source>The lane moved on since you looked. Check it and try again. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="200"/>
        <source>The lane does not take this now. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="201"/>
        <source>The emergency stop is on: a manager must reset it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="202"/>
        <source>Say why: a reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="203"/>
        <source>That is not a plate. Type it as it is on the vehicle, province first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="204"/>
        <source>The audit log could not be written, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="205"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/alerts.py" line="31"/>
        <source>Pump 0x%1 offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="33"/>
        <source>Charge failed for filling %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="35"/>
        <source>Filling %1 of %2 needs settling by hand: the pump no longer knows its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="38"/>
        <source>Emergency stop ON: no pump is authorised until a manager resets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="49"/>
        <source>%1 is at the pump authorised for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="51"/>
        <source>Filling not settled yet (database busy or full): retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="53"/>
        <source>Held money not released yet (database busy or full): retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="55"/>
        <source>Pump %1 not known to be locked: the money stays held until it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="57"/>
        <source>Something failed (%1): the lane took the safe way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="59"/>
        <source>The pump answers but refuses every command: is another controller on the line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="61"/>
        <source>The pump counts in other decimals than configured: the pump&apos;s are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="63"/>
        <source>Emergency stop ON, but it could not be saved: it will not hold across a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="65"/>
        <source>Head office did not take a change made here (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="67"/>
        <source>Camera gives no picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="88"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="88"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanes_page.py" line="110"/>
        <source>Camera lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="18"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/views/audit.py" line="49"/>
        <source>Search operator, action, subject or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="50"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="78"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindPlateDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="80"/>
        <source>Bind a plate to card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="85"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="90"/>
        <source>Type the plate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="170"/>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="171"/>
        <source>The serial line of the dispensers (DART). Test asks the first pump for its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="180"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="185"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="186"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="187"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="196"/>
        <source>The demo&apos;s simulated pumps need no test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="198"/>
        <source>Asking the pump…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="25"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25"/>
        <source>Balance (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="25"/>
        <source>Available (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="26"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="26"/>
        <source>Phones on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="42"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="42"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillingStatus</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="78"/>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="78"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="79"/>
        <source>filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="79"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="80"/>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="80"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="81"/>
        <source>needs settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillingsModel</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="27"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="27"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28"/>
        <source>Litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28"/>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="28"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="39"/>
        <source>(counter sale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="281"/>
        <source>Set up PlatePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="314"/>
        <source>Not saved</source>
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
        <location filename="../../ui/lanestate.py" line="42"/>
        <source>Checking plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="43"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="44"/>
        <source>Cashier needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="45"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="46"/>
        <source>Lift the nozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="47"/>
        <source>Filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="48"/>
        <source>Settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="49"/>
        <source>Settling, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="50"/>
        <source>Releasing the money held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="56"/>
        <source>balance OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="57"/>
        <source>balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="58"/>
        <source>plate not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="59"/>
        <source>plate unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="60"/>
        <source>card blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="61"/>
        <source>plate already at another pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="62"/>
        <source>emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="63"/>
        <source>resumed after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="69"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="71"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="72"/>
        <source>not programmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="73"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="74"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="75"/>
        <source>filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="76"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="77"/>
        <source>preset reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="78"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lanestate.py" line="79"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneTile</name>
    <message>
        <location filename="../../ui/tile.py" line="76"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="120"/>
        <source>Authorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="121"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="122"/>
        <source>Correct plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="123"/>
        <source>Stop pump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="152"/>
        <source>Unknown vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="153"/>
        <source>Balance ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="156"/>
        <source>Pump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="160"/>
        <source>%1 L  ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="162"/>
        <source>Preset ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="179"/>
        <source>Last: %1 ¥%2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="113"/>
        <source>Lanes and cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="114"/>
        <source>One row per lane: its camera and its pump&apos;s DART address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="120"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="120"/>
        <source>Pump address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123"/>
        <source>Preview the selected camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="126"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="137"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="104"/>
        <source>Operator login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="115"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="116"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="119"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="128"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="146"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>PlatePay — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Logged out: no key or click for %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Setup wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>EMERGENCY STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Stop every pump (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Emergency stop ON — reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>The new configuration takes effect at the next start of PlatePay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Demo: simulated pumps and cameras · logins cashier / cashier1, manager / manager1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Central: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Central: %1 · %2 pending · last sync %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>plate corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>pump stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>all pumps stopped; emergency stop on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>emergency stop reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="230"/>
        <source>First manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231"/>
        <source>Who manages this station? This login can add cashiers and change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="246"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="247"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="248"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="249"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="261"/>
        <source>Type a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="263"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="265"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="99"/>
        <source>New account and card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="107"/>
        <source>empty: a new number is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="113"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="114"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="115"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="116"/>
        <source>Opening top-up (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="117"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="122"/>
        <source>Type the account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="126"/>
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="206"/>
        <source>Lights, payments and head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="216"/>
        <source>Relay module (lights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="217"/>
        <source>Payment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Central database (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneDialog</name>
    <message>
        <location filename="../../ui/views/slots.py" line="73"/>
        <source>Bind a phone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="90"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="91"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="93"/>
        <source>To (00:00 = midnight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="113"/>
        <source>The slot is empty: start and end are the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="118"/>
        <source>%1 overlaps the slot of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="123"/>
        <source>The slot overlaps another phone&apos;s slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/slots.py" line="126"/>
        <source>Type the phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/operator.py" line="169"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="175"/>
        <source>Say why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="177"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="181"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operator.py" line="182"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/views/settings.py" line="68"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="69"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="70"/>
        <source>Log out after (minutes without activity, 0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="71"/>
        <source>Station minimum and offline limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="72"/>
        <source>Minimum balance (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="73"/>
        <source>Largest filling (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="74"/>
        <source>Offline limit per card per day (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Offline after (minutes without central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="76"/>
        <source>Plate reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="77"/>
        <source>automatic (best measured for the region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="80"/>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="81"/>
        <source>Reader processes (0: automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Threads per reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="83"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Lane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="89"/>
        <source>Serial bus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="91"/>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92"/>
        <source>odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="92"/>
        <source>even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="93"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>Relay module (lane lights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="101"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="102"/>
        <source>Payment webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="103"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="104"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="105"/>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="118"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="165"/>
        <location filename="../../ui/views/settings.py" line="170"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="174"/>
        <source>Saved. Restart the console to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="194"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="197"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="201"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="204"/>
        <source>no pumps on this bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="92"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>Name the station and say where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="96"/>
        <source>My fuel station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Station code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../ui/views/accounts.py" line="56"/>
        <source>Top up card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="58"/>
        <source>%1 · balance ¥%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="63"/>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="64"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="70"/>
        <source>Type an amount in yuan, such as 500 or 500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/accounts.py" line="72"/>
        <source>A top-up must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <location filename="../../ui/views/transactions.py" line="94"/>
        <source>Search plate, account, card or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="97"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="100"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="103"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="136"/>
        <source>%1 fillings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="144"/>
        <source>Export fillings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="144"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/transactions.py" line="149"/>
        <source>%1 fillings written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../ui/tile.py" line="36"/>
        <source>No picture</source>
        <extracomment>Without a frame for this long, the picture is called lost.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tile.py" line="45"/>
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
        <location filename="../../ui/views/forms.py" line="46"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
