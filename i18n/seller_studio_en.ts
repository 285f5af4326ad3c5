<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallsDock</name>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>%n call left</numerusform>
            <numerusform>%n calls left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n new comment</numerusform>
            <numerusform>↓ %n new comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Only %n left</numerusform>
            <numerusform>Only %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>%n unit left</numerusform>
            <numerusform>%n units left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n frame received</numerusform>
            <numerusform>%n frames received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n watching</numerusform>
            <numerusform>%n watching</numerusform>
        </translation>
    </message>
</context>
</TS>
