<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LaneTile</name>
    <message>
        <location filename="../../ui/main_window.py" line="20" />
        <source>Lane %1</source>
        <translation>%1 号车道</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="22" />
        <source>Waiting for a vehicle</source>
        <translation>等待车辆</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="25" />
        <source>Pump %1</source>
        <translation>油机 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>PlatePay — %1</source>
        <translation>车牌付 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Demo: simulated pumps and cameras</source>
        <translation>演示模式：模拟油机和摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Station %1</source>
        <translation>油站 %1</translation>
    </message>
</context>
</TS>