<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>ลิงก์โทร</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>ชื่อผู้ซื้อ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>ชื่อผู้ซื้อ</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>หมายเลขคำสั่งซื้อ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>หมายเลขคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>จำนวนครั้งที่โทรได้</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: ลิงก์สำหรับโทรครั้งเดียว; มากกว่านั้น: ลิงก์ถาวร</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 นาที</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 วัน</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 วัน</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>ใช้ได้นาน</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>สร้างลิงก์</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>สร้างลิงก์ให้ผู้ซื้อเปิดบนโทรศัพท์เพื่อวิดีโอคอลหาคุณ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>คัดลอกลิงก์ที่เลือกไปยังคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>ทำให้ลิงก์ที่เลือกใช้ไม่ได้</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>สำหรับ:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>คำสั่งซื้อ:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>จำนวนครั้ง:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>ใช้ได้นาน:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>สายเรียกเข้า</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>ยังไม่มีใครโทรมา ผู้ซื้อโทรหาคุณจากลิงก์โทร</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>กำลังโทร</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>ภาพการโทรของคุณ</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>สิ่งที่ผู้ซื้อเห็น</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>ไม่มีกล้อง: เสียงอย่างเดียว</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>กล้องของผู้ซื้อ</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>เขาได้ยินไมโครโฟนของฉัน</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>เขาได้ยินโฮสต์ร่วมของฉัน</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>ปิดกล้อง</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>กล้องหลัก</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>แหล่งภาพที่สอง…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>ภาพการโทร</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>สลับไปที่กล้องตัวที่สองหรือไฟล์วิดีโอเพื่อถ่ายระยะใกล้</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>การ์ดสินค้าในการโทร</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>แสดงการ์ดสินค้าบนภาพการโทรเท่านั้น (ไม่แสดงในไลฟ์)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>บันทึก…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>ขอความยินยอมจากผู้ซื้อในการบันทึก การบันทึกจะเริ่มเมื่อเขายินยอม</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>วางสาย</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>ภาพ:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>สินค้า:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>ข้อความจากผู้ซื้อ</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>คำสั่งซื้อ {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>ทุกคนที่มีลิงก์</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>used</source>
        <translation>ใช้แล้ว</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>โทรได้อีก %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>เหลืออีก %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>แหล่งภาพที่สองสำหรับถ่ายระยะใกล้</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>วิดีโอ (*.mp4 *.mkv *.mov *.webm);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>กับ {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ปิดเสียงอยู่</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>ปิดกล้องอยู่</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>ผู้ซื้อ: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>ไม่แสดงการ์ดสินค้า</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>กำลังรอผู้ซื้อยินยอมให้บันทึก…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>ผู้ซื้อยินยอมแล้ว กำลังเริ่มบันทึก…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>ผู้ซื้อไม่ยินยอมให้บันทึก</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● กำลังบันทึก (ผู้ซื้อยินยอมและเห็นสัญลักษณ์ REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>หยุดบันทึก</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>โฮสต์ร่วม</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>เชิญโฮสต์ร่วม</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>สร้างลิงก์สำหรับโฮสต์ร่วมหนึ่งคน ใช้ได้ 30 นาที ผู้ได้รับเชิญจะรอในห้องรอจนกว่าคุณจะอนุมัติ</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>ลิงก์เชิญ</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>ลิงก์เชิญจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>ส่งลิงก์นี้ให้โฮสต์ร่วมของคุณ หากอยู่นอกเครือข่ายนี้ ให้แชร์สตูดิโอผ่านอุโมงค์ (ดูคู่มือโฮสต์ร่วม)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>คัดลอกลิงก์ไปยังคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>ทำให้ลิงก์นี้ใช้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>ลิงก์แผงควบคุม</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>สร้างลิงก์สำหรับโทรศัพท์หรือคอมพิวเตอร์ของผู้ช่วย: ระหว่างที่คุณพูด ผู้ช่วยใช้ลิงก์นี้ปักหมุดสินค้า เปิดแฟลชเซล แก้สต็อก และตอบความคิดเห็นได้</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>ลิงก์แผงควบคุมของผู้ช่วย</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>ลิงก์แผงควบคุมของผู้ช่วยจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>ใครมีลิงก์นี้ก็จัดการสินค้าในไลฟ์ได้: ส่งให้ผู้ช่วยของคุณเท่านั้น</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>ทำให้ลิงก์แผงควบคุมใช้ไม่ได้ แผงที่เปิดอยู่จะปิดทันที</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>ยังไม่ได้เชิญใคร เชิญโฮสต์ร่วมด้วยลิงก์ แล้วเขาจะรอในห้องรอจนกว่าคุณจะให้เข้า</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>ห้องรอ</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>ยังไม่มีใครรอ คำขอจากลิงก์เชิญของคุณจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>บนเวที</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>เดี่ยว (โฮสต์คนเดียว)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>เคียงข้างกัน (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>ภาพซ้อนภาพ</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>วิธีที่โฮสต์และโฮสต์ร่วมแบ่งภาพกัน</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>เลย์เอาต์</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>เข้าร่วมเป็นโฮสต์ร่วม…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>ส่งภาพและเสียงของคุณไปยังไลฟ์ของโฮสต์อื่น โดยใช้ลิงก์เชิญที่เขาส่งมา</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>ออกจากไลฟ์ของโฮสต์อื่น</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>แผงควบคุมของผู้ช่วย</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>เลย์เอาต์:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>ในไลฟ์ของโฮสต์อื่น</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>คำเชิญใหม่</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>เข้าร่วมเป็นโฮสต์ร่วม</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>วางลิงก์เชิญที่โฮสต์ส่งให้คุณ:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>ชื่อของคุณที่โฮสต์และผู้ชมจะเห็น:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>กำลังขอให้โฮสต์อนุญาตให้คุณเข้า…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>กำลังรอในห้องรอให้โฮสต์อนุญาตให้คุณเข้า…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>คุณอยู่ในไลฟ์ของโฮสต์อื่นแล้ว</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>กำลังเชื่อมต่อกับอีกไลฟ์ใหม่…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>โฮสต์ปฏิเสธคำขอของคุณ</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>โฮสต์นำคุณออกจากไลฟ์แล้ว</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>คุณออกจากอีกไลฟ์แล้ว</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>เลือกคอลัมน์ของแคตตาล็อก</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>รหัสสินค้า (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>ราคาก่อนลด</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>คอลัมน์สกุลเงิน</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>ลิงก์สินค้า</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>ตัวเลือกสินค้า (ขนาด สี)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>ชีต</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>แถวที่ระบุชื่อคอลัมน์ แถวที่อยู่เหนือแถวนี้จะถูกข้าม</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>ชีต “{sheet}” หัวตารางอยู่บรรทัด {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>หัวตารางอยู่บรรทัด {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>ระบุว่าข้อมูลแต่ละอย่างอยู่คอลัมน์ใดใน {file} ({where}) Seller Studio จะจำตัวเลือกของคุณ และอ่านไฟล์ที่มีคอลัมน์เหมือนกันได้โดยไม่ถามอีก</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— ไม่มีในไฟล์นี้ —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>สกุลเงินของราคา</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>สกุลเงินของแถวที่คอลัมน์สกุลเงินว่าง หรือของทุกแถวเมื่อไฟล์ไม่มีคอลัมน์สกุลเงิน (รหัส ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>ราคาเป็นสกุลเงิน</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>แถวแรก ๆ ของไฟล์</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>แถวแรก ๆ:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>เลือกคอลัมน์สำหรับ: {fields}</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>เลือกสกุลเงินของราคา (รหัส ISO 4217 เช่น USD หรือ MYR)</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>ความคิดเห็นจากผู้ชมจะแสดงที่นี่เมื่อคุณไลฟ์อยู่</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>เลื่อนไปยังความคิดเห็นล่าสุด</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>แสดงบนจอ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>การจอง</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>กรองแล้ว</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>ปักหมุดแล้ว</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>คิวสำรอง</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ซ้ำกัน</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>ส่งซ้ำ</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>สแปมรัว</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>ตัวพิมพ์ใหญ่ทั้งหมด</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>คำต้องห้าม</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ปิดเสียงแล้ว</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>บล็อกแล้ว</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>สิ่งที่ระบบคัดกรองซ่อนจากผู้ชม: สแปม ข้อความรัว คำต้องห้าม ผู้ชมที่ถูกปิดเสียง</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ เลือกความคิดเห็น · Enter ส่งคำตอบร่าง · P แสดงบนจอ</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>ส่งคำตอบร่าง</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>ส่งคำตอบที่ร่างไว้ให้ผู้ชมทุกคน (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>ใส่คำตอบร่างในช่องตอบกลับเพื่อแก้ไขก่อน</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>แสดงความคิดเห็นที่เลือกบนภาพ (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>เอาความคิดเห็นออกจากจอ</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>ปักหมุดสินค้า</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>ปักหมุดสินค้าที่ความคิดเห็นนี้พูดถึง</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>ยืนยันการจองที่เลือกเป็นคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>ยกเลิกการจอง</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>ยกเลิกการจองนี้ สินค้าจะกลับเข้าสต็อกและคิวสำรองจะเลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>ผู้ชม</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>ปิดเสียงหรือบล็อกผู้เขียนความคิดเห็นที่เลือก</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>ปิดเสียง 10 นาที</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>บล็อกตลอดไลฟ์นี้</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>ส่งอัตโนมัติ</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>ส่งคำตอบที่ร่างไว้โดยอัตโนมัติ ตามประเภทคำถาม</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>สต็อก</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>การจัดส่ง</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>ไซซ์และสี</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>ตอบการจอง</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>ตอบทุกคน…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>ตอบทุกคน</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>คำตอบของคุณจะแสดงในความคิดเห็นของผู้ชมทุกคน โดยมีป้ายว่าเป็นของโฮสต์</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>ส่งคำตอบ (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ ความคิดเห็นใหม่ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>คำตอบของคุณ ส่งเมื่อ {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>ซ่อนจากผู้ชม ({reason}); {name} ยังเห็นอยู่</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} เมื่อ {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>บนจอ — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>โฮสต์</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>บนจอ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>แก้ไขปลายทาง</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>เพิ่มปลายทาง</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>เช่น ร้าน TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>รูปแบบของรายการ</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>แนวนอน 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>แนวตั้ง 9:16 (มือถือ)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>ไม่เปลี่ยน (เก็บไว้ในคีย์เชน)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>วาง stream key</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>ตั้งชื่อปลายทาง เช่น “ร้าน TikTok”</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>URL เซิร์ฟเวอร์ขึ้นต้นด้วย rtmp:// หรือ rtmps:// — คัดลอกจากการตั้งค่าสตรีมของแพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>วาง stream key จากแพลตฟอร์ม</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>stream key มีช่องว่าง คัดลอกใหม่จากแพลตฟอร์มอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ไลฟ์อยู่</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · หลุด {n}</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>ปุ่มเริ่มไลฟ์จะส่งรายการไปยังทุกปลายทางที่เปิดอยู่ด้วย stream key เก็บไว้ในคีย์เชนของระบบและไม่แสดงให้เห็น</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>ส่งไปที่ {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>ปรับภาพ</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>แสงน้อย</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>สมดุลแสงขาว</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ลดสัญญาณรบกวน</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>เพิ่มความคมชัด</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>ปรับผิวเนียน</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>ทำให้ห้องมืดสว่างขึ้นโดยไม่ทำให้ห้องสว่างจ้าเกินไป</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>ขจัดภาพอมเหลืองหรืออมฟ้าเพื่อให้สินค้าแสดงสีจริง</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>ลดเกรนที่กล้องเพิ่มเข้ามาในที่แสงน้อย</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>ขอบและตัวอักษรบนสินค้าคมชัดขึ้น</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>ทำให้ผิวเนียนขึ้นโดยที่ดวงตา เส้นผม และสินค้ายังคมชัด</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>อัตโนมัติ (ปรับตามห้อง)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>เลือกแสงน้อย สมดุลแสงขาว ลดสัญญาณรบกวน และเพิ่มความคมชัดจากภาพเอง ส่วนปรับผิวเนียนยังคงตามที่คุณตั้งไว้</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>ธรรมชาติ</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>ห้องสว่าง</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>บิวตี้</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>แสดงภาพจากกล้องโดยไม่ปรับแต่ง</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>อัตโนมัติ {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>การปรับภาพใช้เวลา {ms:.1f} ms ต่อเฟรม</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} จาก {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>ข้ามการแนะนำ</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>คุณภาพการเชื่อมต่อ</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>ระดับเสียงไมโครโฟน</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>ระดับ {rms:.0f} dBFS, สูงสุด {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>เสียงแตก</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, 2 นาทีล่าสุด</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>สูญหาย {pct:.1f}%</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>ไป-กลับ {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>แพ็กเก็ตหาย {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>ความแปรปรวน {ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps:.0f} kbit/s</source>
        <translation>{kbps:.0f} kbit/s</translation>
    </message>
    <message>
        <source>{fps:.0f} fps</source>
        <translation>{fps:.0f} fps</translation>
    </message>
    <message>
        <source>frozen {ms:.0f} ms</source>
        <translation>ภาพค้าง {ms:.0f} ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Seller Studio</source>
        <translation>Seller Studio</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>พื้นที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>ไลฟ์แนวตั้ง: วางโอเวอร์เลย์ให้พ้นปุ่มและคอมเมนต์ของแอปนี้</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>แอปช้อปปิ้งใดก็ได้</translation>
    </message>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok LIVE</translation>
    </message>
    <message>
        <source>Shopee Live</source>
        <translation>Shopee Live</translation>
    </message>
    <message>
        <source>Lazada LazLive</source>
        <translation>Lazada LazLive</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>No phone zones</source>
        <translation>ไม่แสดงโซนมือถือ</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>แสดงอีกรูปแบบ</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>ดูตัวอย่างภาพที่สอง (16:9 หรือ 9:16) ของไลฟ์สองรูปแบบ</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>ก่อน / หลัง</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>เปรียบเทียบภาพกล้องเดิม (ซ้าย) กับภาพที่ปรับแล้ว (ขวา)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>พื้นที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>แสดงขอบปลอดภัยสำหรับข้อความ และกรอบ 9:16 ตรงกลางที่โทรศัพท์มองเห็น</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>เดี๋ยวกลับมา</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>ไลฟ์จะกลับมาในอีกสักครู่</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>กำลังเปิดกล้อง…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>นำเข้าแคตตาล็อก…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>เปิดลำดับรายการ…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>บันทึกลำดับรายการ</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>เปิดโฟลเดอร์บันทึก</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;ไลฟ์</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>เริ่มไลฟ์ / จบไลฟ์</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>ซ้อม / หยุดบันทึก</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>ผู้ชมจำลอง</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>ผู้ชมจำลองจะคอมเมนต์ห้าภาษาระหว่างที่คุณซ้อม</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>แสดงสินค้า {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>เอาสินค้าออก</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>สินค้าถัดไป</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>สินค้าก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>รีเซ็ตเลย์เอาต์</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>แสดงการแนะนำ</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>เกี่ยวกับ Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>ยกเลิกการเริ่มไลฟ์แล้ว</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>จบไลฟ์หรือไม่?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>ผู้ชมจะเห็นว่าไลฟ์จบแล้ว</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>จบไลฟ์</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>ไลฟ์ต่อ</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>บันทึกไฟล์ไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>ภาพ: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>เสียง: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>เริ่มไลฟ์</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>เมื่อพร้อมแล้ว เริ่มไลฟ์ที่นี่ จะมีการนับถอยหลัง 3-2-1 ให้เตรียมตัว กด Ctrl+L ก็ได้เช่นกัน</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>ซ้อม</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>ซ้อมก่อน: บันทึกรายการเป็นไฟล์โดยไม่ออกไลฟ์ เพื่อให้คุณดูย้อนหลังได้</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>นำเข้าแคตตาล็อกของคุณ หรือลองใช้สินค้าตัวอย่าง แล้วแสดงสินค้าเพื่อให้การ์ดสินค้าปรากฏบนจอ (Ctrl+1…9)</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
สตูดิโอในเครื่องสำหรับโฮสต์ไลฟ์ขายของ</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>กำลังบันทึกให้เสร็จ…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>กำลังจบไลฟ์…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>ไม่พบกล้อง</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>เปิดกล้อง {name} ไม่ได้: แอปอื่นอาจกำลังใช้งานอยู่</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>กล้อง {name} เปิดแล้วแต่ไม่มีภาพ</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>ไม่พบกล้อง: กำลังแสดงฉากตัวอย่าง เสียบกล้องแล้วเลือกในแหล่งที่มา</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} แสดงฉากตัวอย่างแทน</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>ไม่พบไมโครโฟน: กำลังบันทึกความเงียบ เสียบไมโครโฟนแล้วเลือกในแหล่งที่มา</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} บันทึกความเงียบแทน</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>ไม่มีไฟล์วิดีโอ {name}</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>ถอดรหัสไฟล์วิดีโอ {name} ไม่ได้</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>ไฟล์วิดีโอ {name} เล่นจบแล้ว</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>การรับเสียงปิดอยู่: ยังไม่ได้ติดตั้งไลบรารี PortAudio (บน Debian/Ubuntu: apt-get install libportaudio2)</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>การรับเสียงปิดอยู่: ยังไม่ได้ติดตั้งแพ็กเกจ sounddevice</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>การรับเสียงปิดอยู่</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>ไม่พบไมโครโฟน</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>เปิดไมโครโฟน “{name}” ไม่ได้: แอปอื่นอาจกำลังใช้งานอยู่</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>ไมโครโฟน “{name}” หยุดทำงาน: ผู้ชมจะได้ยินความเงียบจนกว่าไมโครโฟนจะกลับมา</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>ไมโครโฟน “{name}” กลับมาแล้ว</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} หยุดส่งภาพ</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>ความเงียบ</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>ฉากตัวอย่าง</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>เสียงตัวอย่าง</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} ขายหมดแล้ว ตั้งจำนวนสต็อกก่อนเริ่มแฟลชเซล</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>ลำดับรายการมีสินค้าที่ไม่มีในแคตตาล็อก: {ids} ปุ่มถัดไปและก่อนหน้าจะข้ามไป</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>ปักหมุดหรือเลือกสินค้าก่อนเริ่มแฟลชเซล</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>ไม่มีสินค้า {id} ในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>ตั้งราคาเซลให้ {title} ก่อน</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>ราคาเซล {price} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>ราคาเซลของ {title} ต้องต่ำกว่าราคาปัจจุบัน ({price})</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>แฟลชเซลของ {title} ขายหมดแล้ว</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>แฟลชเซลของ {title} สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>ไม่สามารถเขียนลงโฟลเดอร์บันทึก {folder} ได้: เลือกโฟลเดอร์อื่นในการตั้งค่า</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>ดิสก์เต็ม (เหลือ {free} MB): เพิ่มพื้นที่ว่างหรือเลือกโฟลเดอร์บันทึกอื่นในการตั้งค่า</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>ไม่สามารถเขียนไฟล์บันทึก {name} ได้: เลือกโฟลเดอร์บันทึกอื่นในการตั้งค่า</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>การบันทึกหยุดแล้ว: เขียนไฟล์ต่อไม่ได้อีก สิ่งที่บันทึกไว้จนถึงตอนนี้ถูกเก็บไว้ใน {name}</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>ดิสก์ใกล้เต็ม จึงหยุดการบันทึก ไลฟ์ยังดำเนินต่อไป สิ่งที่บันทึกไว้จนถึงตอนนี้ถูกเก็บไว้ใน {name}: เพิ่มพื้นที่ว่างเพื่อบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} ผู้ชมจะเห็น “เดี๋ยวกลับมา” จนกว่าภาพจะกลับมา หรือเลือกภาพอื่นในแหล่งที่มา</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} กลับมาแสดงภาพแล้ว</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>ข้อความก่อนหน้า</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} จาก {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>สิ่งที่ผู้ชมเห็น</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>ตัวอย่างรายการ</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>กำลังเริ่มภาพ…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>นำเข้าแคตตาล็อก…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>โหลดสินค้าจากไฟล์ CSV, Excel (.xlsx) หรือ JSON หรือไฟล์ส่งออกจาก TikTok Shop, Shopee หรือ Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>ค้นหาตามชื่อหรือรหัส</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>ค้นหาสินค้า</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>แสดงเฉพาะสินค้าที่ชื่อหรือรหัสมีข้อความนี้</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>บนจอ</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>ดับเบิลคลิกสินค้า หรือกด Enter เพื่อแสดงการ์ดบนจอ</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>ลองด้วยสินค้าตัวอย่าง</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>โหลดสินค้าตัวอย่างเจ็ดรายการและแสดงรายการแรกบนจอ</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>แสดงการ์ดของสินค้าที่เลือกบนจอ (Ctrl+1…9 แสดงเก้ารายการแรกในรายการ)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>เอาการ์ดสินค้าออกจากจอ (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>บนซ้าย</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>บนขวา</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>ล่างซ้าย</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>ล่างขวา</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>มุมของภาพที่การ์ดสินค้าจะอยู่</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>มุมการ์ด</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วิ</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>แฟลชเซลนานเท่าไร ({low}–{high} วินาที)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>ระยะเวลาแฟลชเซล</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>เริ่มแฟลชเซล</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>แสดงนับถอยหลังแฟลชเซลบนจอ</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>การ์ด:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>แฟลชเซล:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>นำเข้าแคตตาล็อกสินค้า</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>แคตตาล็อก (*.csv *.xlsx *.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>ยังไม่มีแคตตาล็อก นำเข้าไฟล์ CSV, Excel หรือ JSON ที่มีคอลัมน์ id, title, price และ currency (image, url, stock และ original_price ไม่บังคับ) หรือไฟล์สินค้าที่ส่งออกจาก TikTok Shop, Shopee หรือ Lazada</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>สินค้า %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>อ่านคอลัมน์แบบไฟล์ {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>อ่านคอลัมน์ตามที่คุณเลือกไว้สำหรับไฟล์แบบนี้</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>หมดแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>เหลือเพียง %n ชิ้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>มีในสต็อก %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>รหัส: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>ไม่มีรูป: การ์ดจะแสดงรูปแทน</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>ข้าม %n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>หมายเหตุ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(ชี้เพื่อดูรายละเอียด)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>แคตตาล็อกนี้ไม่มีสินค้าที่ใช้ได้ แก้ไขแถวที่แสดงด้านล่างแล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>ไม่มีสินค้าที่ตรงกับ “{text}”</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>คุณภาพ</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>มาตรวัดการเชื่อมต่อของการอัปโหลด โฮสต์ร่วมแต่ละคน และผู้ชมของคุณจะแสดงที่นี่เมื่อคุณไลฟ์</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>กราฟ 2 นาทีล่าสุด: ไป-กลับ (น้ำเงิน เส้นทึบ) การสูญหาย (แดง เส้นประ) บิตเรต (เขียว เส้นจุด)</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>สิ่งที่ตัวเข้ารหัสแบบปรับได้กำลังส่งไปยังเซิร์ฟเวอร์ WHIP ตอนนี้</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>อัปโหลด</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>เชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>เชื่อมต่อภายใน</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>การประมวลผล</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>เฟรมที่ข้าม</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>ตัวเข้ารหัส</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms ต่อเฟรม</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s ที่ {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>ตัวเข้ารหัส H.264 สำหรับภาพไลฟ์และการบันทึก ระบบจะลองตัวเข้ารหัสฮาร์ดแวร์ตอนเริ่ม หากใช้ไม่ได้เลยจะใช้ x264 บนโปรเซสเซอร์</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name} (ฮาร์ดแวร์)</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name} (ซอฟต์แวร์)</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>ใช้ไม่ได้บนคอมพิวเตอร์เครื่องนี้: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>กำลังวัด…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ดีเยี่ยม</translation>
    </message>
    <message>
        <source>good</source>
        <translation>ดี</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>แย่</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>แย่มาก</translation>
    </message>
    <message>
        <source>down</source>
        <translation>หลุด</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>รายงานการซ้อม</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>สร้างรายงานการซ้อมของ {name} ไหม? รายงานจะแสดงแสง เสียง สินค้า และความคิดเห็นตามเวลา พร้อมสิ่งที่ควรปรับ</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>สร้างรายงาน</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>กำลังวิเคราะห์ {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>ไม่มีกล้อง: เสียงอย่างเดียว</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>ยังไม่มีภาพ</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>คำสั่งซื้อ {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>รับสาย</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>รับสาย: การโทรอยู่ข้างไลฟ์ ไม่เข้าไปในไลฟ์เด็ดขาด</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>ปฏิเสธสาย ผู้ซื้อสามารถฝากข้อความได้</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>รอมาแล้ว {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>ลำดับรายการ</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>เปิดลำดับรายการ…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>เปิดลำดับรายการ: แคตตาล็อก คิว ประเด็นที่จะพูด และเซล</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>บันทึกลำดับรายการ</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>บันทึกคิว ประเด็นที่จะพูด และเซลไว้กับรายการ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>ลากเพื่อเปลี่ยนลำดับ ดับเบิลคลิกหรือกด Enter เพื่อแสดงสินค้าบนจอ กด Delete เพื่อนำออกจากรายการ</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>เพิ่มสินค้า</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>เพิ่มสินค้าจากแคตตาล็อกที่ยังไม่อยู่ในรายการไว้ท้ายสุด</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>ยังไม่มีสินค้า นำเข้าแคตตาล็อกหรือเปิดลำดับรายการ</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ ก่อนหน้า</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>แสดงสินค้าก่อนหน้านี้บนจอ (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>ถัดไป ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>แสดงสินค้าถัดไปในคิวบนจอ (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>ประเด็นที่จะพูด</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>สิ่งที่จะพูดเกี่ยวกับสินค้านี้: คุณเห็นคนเดียว</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>โน้ตของคุณสำหรับสินค้านี้ ตัวอักษรใหญ่ ผู้ชมไม่เห็น</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>แฟลชเซล</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>ราคาเซล</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>ราคาระหว่างเซล การ์ดจะแสดงราคาเดิมขีดฆ่า</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>จำนวนชิ้นราคาเซล</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>จำนวนชิ้นที่ขายในราคาเซล เซลจะจบเมื่อมีคนจองครบ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วิ</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>ระยะเวลาเซล</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>เซลนานเท่าไร ({low}–{high} วินาที)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>ไปสินค้าถัดไป</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>เลิกปักหมุด</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>อยู่ที่สินค้านี้ต่อ</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>เมื่อเซลจบ</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>จะทำอะไรเมื่อหมดเวลาหรือขายครบ</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>เริ่มเซล</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>แสดงสินค้านี้บนจอในราคาเซลพร้อมนับถอยหลัง</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>หยุดเซล</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>จบเซลตอนนี้ ราคากลับเป็นเดิม สินค้ายังอยู่บนจอ</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>ราคาเซล:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>จำนวน:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>เมื่อจบ:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>เปิดลำดับรายการ</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>ลำดับรายการ (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>บันทึกลำดับรายการ</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>ลำดับรายการ (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>แสดงบนจอ</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>นำออกจากรายการ</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>สินค้าทุกชิ้นอยู่ในรายการแล้ว</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>บนจอ</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>ไม่มีในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>ประเด็นที่จะพูด: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>ตอนนี้ {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>ราคาเซล “{text}” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>เซล {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>เหลือ {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>เหลือ %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>ลำดับรายการใหม่</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>ยังไม่ได้บันทึก: บันทึกลำดับรายการจะเก็บคิวไว้</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>การบันทึก</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>การไลฟ์</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>หน้าตา</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>แหล่งภาพ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>ความกว้างภาพ</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>ความสูงภาพ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>อัตราเฟรม</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>เฟรมต่อวินาที</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>ราคาและวันที่ในภาพ</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>รูปแบบภูมิภาคของราคาและวันที่ที่แสดงในภาพ เช่น en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>อัตราขยายไมโครโฟน</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>โฟลเดอร์บันทึก</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>ที่เก็บไฟล์ซ้อม</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>พรีเซ็ตความเร็วการบันทึก</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>พรีเซ็ต x264 สำหรับไฟล์ซ้อม: ยิ่งเร็วยิ่งใช้โปรเซสเซอร์น้อย แต่ไฟล์ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>คุณภาพการบันทึก (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>ค่าคุณภาพคงที่ของ x264: ยิ่งต่ำยิ่งคุณภาพดีและไฟล์ยิ่งใหญ่</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>ปรับการอัปโหลดตามการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>ให้การเข้ารหัสไลฟ์ปรับตามการอัปโหลด (ลดบิตเรตก่อน แล้วลดเป็น 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>พอร์ตของเซิร์ฟเวอร์ในสตูดิโอ</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>พอร์ตของเซิร์ฟเวอร์ในตัว (หน้าดู, WHIP/WHEP) ใส่ 0 เพื่อให้ระบบเลือก</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>โฟลเดอร์ไฟล์คอมเมนต์</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>ไฟล์ intents.toml, answers.toml, rules.toml และ blocked-words.txt ของคุณเอง อ่านเมื่อมีโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>ภาษาของหน้าต่าง เว้นว่างไว้เพื่อใช้ตามระบบ</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>ดูการแนะนำครั้งแรกแล้ว</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>แสดงพื้นที่ปลอดภัย</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>ขอบปลอดภัยสำหรับข้อความและกรอบ 9:16 บนภาพตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>การตั้งค่าเก็บไว้ที่ {settings} ส่วนบันทึกการทำงานเก็บไว้ที่ {logs}</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>ระดับเสียงไมโครโฟนของเขา</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ปิดเสียง</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>ปิดเสียงโฮสต์ร่วมคนนี้ในรายการ (ยังอยู่บนจอ)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>นำโฮสต์ร่วมคนนี้ออกจากไลฟ์ ลิงก์ของเขาจะใช้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>ช่อง {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>กำลังเชื่อมต่อใหม่… (จองช่องไว้ 30 วินาที)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ปิดเสียงแล้ว</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ออกอากาศ</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>เปิดเสียง</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>การเชื่อมต่อ: ยังไม่มีภาพ</translation>
    </message>
    <message>
        <source>good</source>
        <translation>ดี</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>พอใช้</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>แย่</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>ไม่มีภาพ</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>การเชื่อมต่อ: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>ได้รับ %n เฟรม</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>ภาพ: กล้อง ฉากตัวอย่าง หรือไฟล์วิดีโอ</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (แนวตั้ง 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>ขนาดภาพ</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>อัตราเฟรม</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>ทั้งสองรูปแบบ</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>สร้างอีกรูปแบบไปพร้อมกัน (9:16 สำหรับมือถือ หรือ 16:9)</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>ติดตามใบหน้า</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>ให้ใบหน้าอยู่ในหนึ่งในสามส่วนบนของภาพขณะที่คุณเคลื่อนไหว</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>ซูมภาพจากกล้อง</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>เลื่อนภาพไปซ้ายหรือขวา (เมื่อไม่ได้ติดตามใบหน้า)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ซูม</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>อัตราขยายไมโครโฟนเป็น dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>อัตราขยายไมโครโฟน</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>เสียงแตก: ลดอัตราขยายไมโครโฟน</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>จัดเฟรม</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>อัตราขยายไมค์</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>ฉากตัวอย่าง</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ไฟล์วิดีโอ…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>กล้อง {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>ไมโครโฟนเริ่มต้น</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>เสียงตัวอย่าง</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>ไม่ใช้ไมโครโฟน</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>เลือกไฟล์วิดีโอ</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>วิดีโอ (*.mp4 *.mkv *.mov *.webm *.avi);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>กำลังเปิด…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>ภาพหายไป: ผู้ชมจะเห็น “เดี๋ยวกลับมา” จนกว่าภาพจะกลับมา</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>กำลังแสดง: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>ปุ่มควบคุมไลฟ์</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>คอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>เซิร์ฟเวอร์ WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>ออกอากาศจากคอมพิวเตอร์เครื่องนี้: ผู้ชมเปิดหน้าดูในเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>เผยแพร่ไปยังเซิร์ฟเวอร์ WHIP ใดก็ได้ (บริการที่รองรับ OBS, LiveKit, Cloudflare, MediaMTX…)</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>เฉพาะแพลตฟอร์ม</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>ส่งรายการไปยังปลายทาง RTMP ของคุณเท่านั้น (TikTok, Shopee, Lazada, YouTube, Facebook…)</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>ปลายทางที่ปุ่มเริ่มไลฟ์จะส่งรายการไป</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>ปลายทาง</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>ปลายทาง…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>แพลตฟอร์มที่ปุ่มเริ่มไลฟ์ส่งรายการไปด้วยผ่าน RTMP(S): TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>วัดการอัปโหลดไปยังปลายทางที่เลือก (ประมาณ 10 วินาที) และแนะนำคุณภาพที่เหมาะสม</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>เริ่มไลฟ์</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>เริ่มไลฟ์ (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>สถานะการเชื่อมต่อของไลฟ์</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>จำนวนคนที่กำลังดู</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>ซ้อม</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>บันทึกรายการเป็นไฟล์โดยไม่ออกไลฟ์ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>ปลายทาง:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>ยกเลิก ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>จบไลฟ์</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>จบไลฟ์ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>แพลตฟอร์ม {live}/{total} กำลังไลฟ์</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>ปลายทาง ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>กำลังทดสอบ…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>การเชื่อมต่อ: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>กำลังดู %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>หยุดบันทึก</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>กำลังเชื่อมต่อใหม่… {seconds:.0f} วิ</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>ไลฟ์ {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● บันทึก {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>เสียงพูด</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>ห้องเงียบ</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>ตลาดเสียงดัง</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>หูฟัง</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>แรง</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>แบบปกตินุ่มนวลและไม่ทำให้เสียงบาง แบบแรงตัดเสียงพัดลม รถ และเสียงหึ่งได้ แต่อาจทำให้เสียงคุณบางเมื่อมีคนพูดอยู่ข้าง ๆ</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>ตัดเสียงสะท้อนจากลำโพง</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>ฉันใส่หูฟัง</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>เมื่อใส่หูฟัง จะไม่มีเสียงย้อนกลับเข้าไมโครโฟน จึงปิดการตัดเสียงสะท้อนไว้</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>รักษาระดับเสียงของฉันให้คงที่</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>ปิดเสียงห้องระหว่างประโยค</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>ก่อนปรับเสียง</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>หลังปรับเสียง</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>ฟังเสียงตัวเองผ่านหูฟัง แบบที่ไมโครโฟนได้ยิน หรือแบบที่ผู้ชมจะได้ยิน</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>ระดับไมโครโฟนก่อนปรับเสียง</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>ระดับเสียงพูดหลังปรับเสียง</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>พรีเซ็ต</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ลดเสียงรบกวน</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>ฟัง</translation>
    </message>
    <message>
        <source>In</source>
        <translation>เข้า</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>ไมโครโฟนของคุณเสียงแตก: ลดระดับเสียงขาเข้าลง</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>ใกล้เสียงแตกแล้ว: ลดระดับเสียงขาเข้าของไมโครโฟนลงเล็กน้อย</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>กำลังตัดเสียงสะท้อนของโฮสต์ร่วม</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>ยังไม่มีภาพ</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>ขอเข้าร่วม</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>อนุมัติ</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>ให้ {name} ขึ้นเวทีในช่องว่างถัดไป</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>ปฏิเสธคำขอ ผู้ขอจะได้รับแจ้ง</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>เผยแพร่ไปยังเซิร์ฟเวอร์ WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer token หรือ stream key (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>จำโทเค็นไว้ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>ใส่ที่อยู่เซิร์ฟเวอร์ที่ขึ้นต้นด้วย https:// หรือ http://</translation>
    </message>
</context>
</TS>
