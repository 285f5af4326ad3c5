<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>روابط المكالمة</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>اسم المشتري (اختياري)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>اسم المشتري</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>رقم الطلب (اختياري)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>عدد المكالمات المسموح بها</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: الرابط لمكالمة واحدة؛ أكثر: رابط دائم</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>صالح لمدة</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>إنشاء رابط</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>أنشئ رابطًا يفتحه المشتري على هاتفه للاتصال بك</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>نسخ الرابط المحدد إلى الحافظة</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>إيقاف عمل الرابط المحدد</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>الطلب:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>المكالمات:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>صالح لمدة:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>المكالمات الواردة</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>لا أحد يتصل الآن. يتصل بك المشترون من رابط المكالمة.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>صورة مكالمتك</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>ما يراه المشتري</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>بلا كاميرا: صوت فقط</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>كاميرا المشتري</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>يسمعون الميكروفون الخاص بي</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>يسمعون المقدّمين المشاركين معي</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>الكاميرا الرئيسية</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>مصدر ثانٍ…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>صورة المكالمة</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>التبديل إلى كاميرا ثانية أو ملف فيديو للّقطات القريبة</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>بطاقة المنتج في المكالمة</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>عرض بطاقة منتج على صورة المكالمة فقط (لا تظهر في البث أبدًا)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>اطلب موافقة المشتري على التسجيل؛ يبدأ التسجيل عند موافقته</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>إنهاء المكالمة</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>رسائل المشترين</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>الطلب {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>أي شخص لديه الرابط</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>used</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>لا مكالمات متبقية</numerusform>
            <numerusform>متبقية مكالمة واحدة</numerusform>
            <numerusform>متبقيتان مكالمتان</numerusform>
            <numerusform>متبقية %n مكالمات</numerusform>
            <numerusform>متبقية %n مكالمة</numerusform>
            <numerusform>متبقية %n مكالمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>لم تتبق دقائق</numerusform>
            <numerusform>متبقية دقيقة واحدة</numerusform>
            <numerusform>متبقيتان دقيقتان</numerusform>
            <numerusform>متبقية %n دقائق</numerusform>
            <numerusform>متبقية %n دقيقة</numerusform>
            <numerusform>متبقية %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>مصدر ثانٍ للّقطات القريبة</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>فيديوهات (*.mp4 *.mkv *.mov *.webm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>مع {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>الكاميرا متوقفة</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>المشتري: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>بلا بطاقة منتج</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>بانتظار موافقة المشتري على التسجيل…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>وافق المشتري؛ جارٍ بدء التسجيل…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>لم يوافق المشتري على التسجيل.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● جارٍ التسجيل (وافق المشتري ويرى REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>المضيفون المشاركون</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>دعوة مضيف مشارك</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>أنشئ رابطًا لمضيف مشارك واحد، صالحًا لمدة 30 دقيقة. ينتظر في غرفة الانتظار حتى توافق عليه.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>رابط الدعوة</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>يظهر رابط الدعوة هنا</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>أرسل هذا الرابط إلى المضيف المشارك. خارج هذه الشبكة، شارك الاستوديو عبر نفق (راجع دليل المضيف المشارك).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>نسخ الرابط إلى الحافظة</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء الرابط</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>إيقاف عمل هذا الرابط</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>رابط لوحة التحكم</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>أنشئ رابطًا لهاتف مساعدك أو حاسوبه: يثبّت منه المنتجات ويدير التخفيضات الخاطفة ويصحّح المخزون ويرد على التعليقات بينما تتحدث.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>رابط لوحة تحكم المساعد</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>يظهر رابط لوحة تحكم المساعد هنا</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>كل من لديه هذا الرابط يستطيع إدارة منتجات البث: أرسله إلى مساعدك فقط.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>أوقف عمل رابط لوحة التحكم؛ تُغلق اللوحات المفتوحة فورًا</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>لم تدعُ أحدًا بعد. ادعُ مضيفًا مشاركًا برابط: سينتظر في غرفة الانتظار حتى تسمح له بالدخول.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>غرفة الانتظار</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>لا أحد ينتظر. تظهر هنا الطلبات القادمة من رابط الدعوة.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>على المسرح</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>منفرد (المضيف فقط)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>جنبًا إلى جنب (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>صورة داخل صورة</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>كيف يتقاسم المضيف والمضيفون المشاركون الصورة</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>الانضمام كمضيف مشارك…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>أرسل صورتك وصوتك إلى بث مضيف آخر باستخدام رابط الدعوة الذي أرسله إليك</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>مغادرة</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>مغادرة بث المضيف الآخر</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>لوحة تحكم المساعد</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>التخطيط:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>في بث مضيف آخر</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>دعوة جديدة</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>الانضمام كمضيف مشارك</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>الصق رابط الدعوة الذي أرسله إليك المضيف:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>اسمك كما سيراه المضيف والمشاهدون:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>جارٍ طلب الإذن بالدخول من المضيف…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>في غرفة الانتظار حتى يسمح لك المضيف بالدخول…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>أنت الآن في بث المضيف الآخر.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>جارٍ إعادة الاتصال بالبث الآخر…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>رفض المضيف طلبك.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>أخرجك المضيف من بثه.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>لقد غادرت البث الآخر.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>اختر أعمدة الكتالوج</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>معرّف المنتج (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>اسم المنتج</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>السعر قبل الخصم</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>عمود العملة</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>رابط المنتج</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>الخيار (المقاس، اللون)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>صف العناوين</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>الصف الذي يسمّي الأعمدة؛ تُتجاهل الصفوف التي فوقه</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>الورقة “{sheet}”، العناوين في السطر {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>العناوين في السطر {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>حدّد أي عمود في {file} ({where}) يحمل كل معلومة. يتذكّر Seller Studio اختيارك ويقرأ الملفات ذات الأعمدة نفسها دون أن يسأل مرة أخرى.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— غير موجود في هذا الملف —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>عملة الأسعار</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>عملة الصفوف التي يكون عمود العملة فيها فارغًا، أو كل الصفوف إن لم يكن في الملف عمود للعملة (رمز ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>الأسعار بعملة</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>الصفوف الأولى:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>اختر الأعمدة لـ: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>اختر عملة الأسعار (رمز ISO 4217 مثل USD أو MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>تظهر تعليقات المشاهدين هنا أثناء البث المباشر.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>الانتقال إلى أحدث تعليق</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>عرض على الشاشة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>المُصفّاة</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>متكرر</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>إغراق</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>أحرف كبيرة</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>كلمة محظورة</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>ما أخفاه الإشراف عن المشاهدين: الرسائل المزعجة والإغراق والكلمات المحظورة والمشاهدون المكتومون</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ اختر تعليقًا · Enter يرسل مسودته · P يعرضه على الشاشة</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>إرسال المسودة</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>أرسل الرد المُعدّ إلى كل المشاهدين (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>ضع المسودة في مربع الرد لتعديلها أولًا</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>اعرض التعليق المحدد في الصورة (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>إزالة التعليق من الشاشة</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>تثبيت المنتج</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>ثبّت المنتج الذي يذكره هذا التعليق</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>أكّد الحجز المحدد كطلب</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>ألغِ الحجز؛ تعود وحداته إلى المخزون وتتقدم قائمة الانتظار</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>المشاهد</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>اكتم كاتب التعليق المحدد أو احظره</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>كتم لمدة 10 دقائق</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>حظر طوال هذا البث</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>إرسال تلقائي</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>أرسل الردود المُعدّة تلقائيًا، حسب نوع السؤال</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>المقاس واللون</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>ردود الحجوزات</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>الرد على الجميع…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>الرد على الجميع</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>يظهر ردك في تعليقات كل مشاهد مع علامة تشير إلى أنه من المضيف</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>إرسال الرد (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ لا تعليقات جديدة</numerusform>
            <numerusform>↓ تعليق جديد واحد</numerusform>
            <numerusform>↓ تعليقان جديدان</numerusform>
            <numerusform>↓ %n تعليقات جديدة</numerusform>
            <numerusform>↓ %n تعليقًا جديدًا</numerusform>
            <numerusform>↓ %n تعليق جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>ردك، أُرسل في {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>مخفي عن المشاهدين ({reason})؛ لا يزال {name} يراه</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} في {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>على الشاشة — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>على الشاشة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>تعديل الوجهة</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>إضافة وجهة</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>مثلًا: متجر TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>تنسيق البث</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>أفقي 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>عمودي 9:16 (للهواتف)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>بلا تغيير (محفوظ في سلسلة المفاتيح)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>الصق مفتاح البث</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>مفتاح البث</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>أعطِ الوجهة اسمًا، مثلًا «متجر TikTok».</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>يبدأ عنوان الخادم بـ rtmp:// أو rtmps://‏ — انسخه من إعدادات البث في المنصة.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>الصق مفتاح البث من المنصة.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>في مفتاح البث مسافات؛ انسخه مرة أخرى من المنصة.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>على الهواء</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · {n} مفقودة</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>الوجهات</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>يرسل زر بدء البث البرنامج أيضًا إلى كل وجهة مفعّلة. تُحفظ مفاتيح البث في سلسلة مفاتيح النظام ولا تُعرض أبدًا.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>إرسال إلى {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>تحسين</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>إضاءة منخفضة</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>توازن اللون الأبيض</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>إزالة التشويش</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>زيادة الحدة</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>تنعيم البشرة</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>يضيء الغرف المظلمة دون أن يبهر الغرف المضيئة</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>يزيل الميل إلى الأصفر أو الأزرق لتظهر المنتجات بألوانها الحقيقية</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>يخفف الحبيبات التي تضيفها الكاميرات في الإضاءة الخافتة</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>حواف ونصوص أوضح على المنتجات</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>ينعّم البشرة مع إبقاء العينين والشعر والمنتجات واضحة</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>تلقائي (يتكيف مع الغرفة)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>يختار الإضاءة المنخفضة وتوازن الأبيض وإزالة التشويش والحدة من الصورة نفسها؛ ويبقى تنعيم البشرة كما ضبطته.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>غرفة مضيئة</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>جمال</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>عرض صورة الكاميرا كما هي</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>تلقائي {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>يستغرق التحسين {ms:.1f} ms لكل إطار.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} من {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>تخطي الجولة</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>جودة الاتصال</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>مستوى الميكروفون</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>المستوى {rms:.0f} dBFS، الذروة {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>تشبّع</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}، آخر دقيقتين</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>فقدان {pct:.1f}٪</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>ذهاب وإياب {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>فقدان {pct:.1f}٪</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>تذبذب {ms:.0f} ms</translation>
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
        <translation>تجمّد {ms:.0f} ms</translation>
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
        <translation>المناطق الآمنة</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>البث العمودي: أبعد الطبقات المتراكبة عن أزرار هذا التطبيق وتعليقاته</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>أي تطبيق تسوق</translation>
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
        <translation>بلا مناطق الهاتف</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>إظهار الشكل الآخر</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>معاينة الصورة الثانية (16:9 أو 9:16) لبث مزدوج</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>قبل / بعد</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>قارن صورة الكاميرا الأصلية (يسارًا) بالصورة المحسّنة (يمينًا)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>المناطق الآمنة</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>عرض هوامش النص الآمنة واقتطاع 9:16 في الوسط الذي تراه الهواتف</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>سنعود حالًا</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>يستمر البث بعد لحظات</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>جارٍ فتح الكاميرا…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>استيراد الكتالوج…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>فتح ترتيب العرض…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>حفظ ترتيب العرض</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>فتح مجلد التسجيلات</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;البث</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>بدء البث / إنهاء البث</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>تدريب / إيقاف التسجيل</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>جمهور للتدريب</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>مشاهدون افتراضيون يعلّقون بخمس لغات أثناء تدريبك</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>عرض المنتج {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>إزالة المنتج</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>المنتج التالي</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>المنتج السابق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>إعادة ضبط التخطيط</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>عرض الجولة</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>حول Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>أُلغي بدء البث.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>إنهاء البث؟</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>سيرى المشاهدون أن البث انتهى.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>إنهاء البث</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>متابعة البث</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>حُفظ التسجيل في {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>الصورة: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>الصوت: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>بدء البث</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>عندما تكون جاهزًا، ابدأ البث من هنا. يمنحك العد التنازلي 3-2-1 لحظة للاستعداد؛ ويؤدي Ctrl+L الأمر نفسه.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>تدرّب أولًا: يسجّل البرنامج في ملف دون بث مباشر، لتشاهد نفسك لاحقًا.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>استورد الكتالوج، أو جرّب المنتجات التجريبية، ثم اعرض منتجًا لتظهر بطاقته على الشاشة (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
استوديو محلي لمقدّمي البيع المباشر.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>جارٍ إنهاء التسجيل…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>جارٍ إنهاء البث…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>لم يُعثر على كاميرا.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>تعذّر فتح الكاميرا {name}: ربما يستخدمها تطبيق آخر.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>فُتحت الكاميرا {name} لكنها لا تعطي صورة.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>لم يُعثر على كاميرا: يُعرض المشهد التجريبي. وصّل كاميرا واخترها من المصادر.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} يُعرض المشهد التجريبي بدلًا منها.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>لم يُعثر على ميكروفون: يُسجَّل صمت. وصّل ميكروفونًا واختره من المصادر.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} يُسجَّل صمت بدلًا منه.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>ملف الفيديو {name} غير موجود.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>تعذّر فك ترميز ملف الفيديو {name}.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>انتهى ملف الفيديو {name}.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>التقاط الصوت متوقف: مكتبة PortAudio غير مثبتة (على Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>التقاط الصوت متوقف: حزمة sounddevice غير مثبتة.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>التقاط الصوت متوقف.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>لم يُعثر على ميكروفون.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>تعذّر فتح الميكروفون «{name}»: ربما يستخدمه تطبيق آخر.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>توقف الميكروفون “{name}”: يسمع المشاهدون صمتًا حتى يعود.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>عاد الميكروفون “{name}”.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>توقف {name} عن إرسال الصورة.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>صمت</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>المشهد التجريبي</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>نغمة تجريبية</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>نفد {title}؛ حدّد مخزونه قبل بدء التخفيض السريع.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>يذكر ترتيب العرض منتجات غير موجودة في الكتالوج: {ids}. التالي والسابق يتخطيانها.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>ثبّت منتجًا أو اختر واحدًا لبدء تخفيض سريع.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>لا يوجد منتج {id} في الكتالوج.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>حدّد سعر التخفيض لـ {title} أولًا.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>سعر التخفيض {price} ليس رقمًا.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>يجب أن يكون سعر التخفيض لـ {title} أقل من سعره الحالي ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>نفد التخفيض السريع على {title}.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>انتهى التخفيض السريع على {title}.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>لا يمكن الكتابة في مجلد التسجيلات {folder}: اختر مجلدًا آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>القرص ممتلئ (المتبقي {free} ميغابايت): أفرغ بعض المساحة أو اختر مجلد تسجيلات آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>لا يمكن كتابة التسجيل {name}: اختر مجلد تسجيلات آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>توقف التسجيل: لم يعد بالإمكان الكتابة في الملف. ما سُجّل حتى الآن محفوظ في {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>القرص ممتلئ تقريبًا، لذا توقف التسجيل؛ والبث مستمر. ما سُجّل حتى الآن محفوظ في {name}: أفرغ بعض المساحة لتسجّل من جديد.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} يرى المشاهدون “سنعود حالًا” حتى تعود الصورة، أو اختر صورة أخرى من المصادر.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>عاد {name} إلى الصورة.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>الرسالة السابقة</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} من {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>ما يراه مشاهدوك</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>معاينة البرنامج</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>جارٍ تشغيل الصورة…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>استيراد الكتالوج…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>حمّل المنتجات من ملف CSV أو Excel ‏(.xlsx) أو JSON، أو من ملف مُصدَّر من TikTok Shop أو Shopee أو Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>البحث بالاسم أو المعرّف</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>البحث في المنتجات</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>عرض المنتجات التي يحتوي اسمها أو معرّفها على هذا النص فقط</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>على الشاشة</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>انقر نقرًا مزدوجًا على منتج، أو اضغط Enter، لعرض بطاقته على الشاشة</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>جرّب بالمنتجات التجريبية</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>تحميل سبعة منتجات نموذجية وعرض أولها على الشاشة</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>عرض بطاقة المنتج المحدد على الشاشة (Ctrl+1…9 يعرض أول تسعة منتجات في القائمة)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>إزالة بطاقة المنتج من الشاشة (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>زاوية الصورة التي توضع فيها بطاقة المنتج</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>زاوية البطاقة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>مدة التخفيضات الخاطفة ({low}–{high} ثانية)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>مدة التخفيضات الخاطفة</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>بدء التخفيضات الخاطفة</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>عرض عدّ تنازلي للتخفيضات الخاطفة على الشاشة</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>تخفيضات خاطفة:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>استيراد كتالوج المنتجات</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>الكتالوجات (*.csv *.xlsx *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>لا يوجد كتالوج بعد. استورد ملف CSV أو Excel أو JSON فيه الأعمدة id وtitle وprice وcurrency (الأعمدة image وurl وstock وoriginal_price اختيارية)، أو ملف منتجات مُصدَّرًا من TikTok Shop أو Shopee أو Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>لا توجد منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>قُرئت الأعمدة كملف {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>الأعمدة كما اخترتها للملفات المشابهة</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>نفدت الكمية</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>لم يتبقَّ شيء</numerusform>
            <numerusform>تبقّت قطعة واحدة فقط</numerusform>
            <numerusform>تبقّت قطعتان فقط</numerusform>
            <numerusform>تبقّت %n قطع فقط</numerusform>
            <numerusform>تبقّت %n قطعة فقط</numerusform>
            <numerusform>تبقّت %n قطعة فقط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>غير متوفر في المخزون</numerusform>
            <numerusform>قطعة واحدة في المخزون</numerusform>
            <numerusform>قطعتان في المخزون</numerusform>
            <numerusform>%n قطع في المخزون</numerusform>
            <numerusform>%n قطعة في المخزون</numerusform>
            <numerusform>%n قطعة في المخزون</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>المعرّف: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>لا توجد صورة: تعرض البطاقة صورة بديلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي صف</numerusform>
            <numerusform>تُخطّي صف واحد</numerusform>
            <numerusform>تُخطّي صفان</numerusform>
            <numerusform>تُخطّيت %n صفوف</numerusform>
            <numerusform>تُخطّي %n صفًا</numerusform>
            <numerusform>تُخطّي %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(مرّر المؤشر للتفاصيل)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>لا يحتوي هذا الكتالوج على منتجات صالحة. صحّح الصفوف المذكورة أدناه واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>لا يوجد منتج يطابق «{text}».</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>تظهر هنا مقاييس الاتصال للرفع ولكل مضيف مشارك ولمشاهديك عند بدء البث.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>رسوم آخر دقيقتين: الذهاب والإياب (أزرق، خط متصل)، الفقدان (أحمر، متقطع)، معدل البت (أخضر، منقّط).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>ما يرسله المرمّز التكيفي إلى خادم WHIP الآن</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>مرات إعادة الاتصال</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>مدة الاتصال</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>إطارات متخطاة</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>المرمِّز</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms لكل إطار</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s بدقة {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>مرمِّز H.264 للصورة المباشرة وللتسجيل. تُجرَّب مرمِّزات العتاد عند البدء؛ وإن لم يعمل أيٌّ منها يعمل x264 على المعالج.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}، عتادي</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}، برمجي</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>غير صالحة على هذا الحاسوب: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>جارٍ القياس…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <source>down</source>
        <translation>منقطع</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>تقرير التدريب</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>هل تريد إعداد تقرير التدريب لـ {name}؟ يعرض الإضاءة والصوت والمنتجات والتعليقات عبر الوقت، مع ما ينبغي تغييره.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>إعداد التقرير</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>جارٍ تحليل {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>بلا كاميرا: صوت فقط</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>لا صورة بعد</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>الطلب {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>الرد: تجري المكالمة بجانب البث، ولا تدخل فيه أبدًا</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>رفض المكالمة؛ يمكن للمشتري أن يترك لك رسالة</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>ينتظر منذ {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>ترتيب العرض</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>فتح ترتيب العرض…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>افتح ترتيب عرض: الكتالوج والترتيب ونقاط الحديث والتخفيضات</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>حفظ ترتيب العرض</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>احفظ الترتيب ونقاط الحديث والتخفيضات مع العرض (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>اسحب لتغيير الترتيب؛ انقر مرتين أو اضغط Enter لعرض المنتج على الشاشة؛ Delete يزيله من ترتيب العرض</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>أضف منتجًا من الكتالوج غير موجود في العرض إلى نهايته</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>لا توجد منتجات بعد. استورد كتالوجًا أو افتح ترتيب عرض.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ السابق</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>اعرض المنتج السابق على الشاشة (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>اعرض المنتج التالي في الترتيب على الشاشة (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>نقاط الحديث</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>ما ستقوله عن هذا المنتج: لا يراه أحد غيرك.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>ملاحظاتك عن هذا المنتج بخط كبير. لا يراها المشاهدون أبدًا.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>تخفيض سريع</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>سعر التخفيض</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>السعر أثناء التخفيض؛ تعرض البطاقة السعر القديم مشطوبًا</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>القطع بسعر التخفيض</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>عدد القطع التي تُباع بسعر التخفيض؛ ينتهي التخفيض عند حجزها كلها</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>مدة التخفيض</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>مدة التخفيض ({low}–{high} ثانية)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>الانتقال إلى المنتج التالي</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>البقاء على هذا المنتج</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>عند انتهاء التخفيض</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>ما يحدث عند انتهاء الوقت أو بيع القطع</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>بدء التخفيض</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>اعرض هذا المنتج بسعر التخفيض مع عدّ تنازلي</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>إيقاف التخفيض</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>أنهِ التخفيض الآن: يعود السعر ويبقى المنتج</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>سعر التخفيض:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>القطع:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>عند الانتهاء:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>فتح ترتيب عرض</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>ترتيبات العرض (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>حفظ ترتيب العرض</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>ترتيبات العرض (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>اعرضه على الشاشة</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>إزالة من ترتيب العرض</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>كل المنتجات موجودة في العرض</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>على الشاشة</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>غير موجود في الكتالوج</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>نقاط الحديث: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>الآن {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>سعر التخفيض «{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>تخفيض على {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>متبقٍّ {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>لم تتبقَّ أي قطعة (%n)</numerusform>
            <numerusform>تبقّت قطعة واحدة (%n)</numerusform>
            <numerusform>تبقّت قطعتان (%n)</numerusform>
            <numerusform>تبقّت %n قطع</numerusform>
            <numerusform>تبقّت %n قطعة</numerusform>
            <numerusform>تبقّت %n قطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>ترتيب عرض جديد</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>لم يُحفظ بعد: حفظ ترتيب العرض يحتفظ بالترتيب</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>البث المباشر</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>مصدر الصورة</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>عرض الصورة</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>ارتفاع الصورة</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>معدل الإطارات</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>إطارات في الثانية</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>الأسعار والتواريخ في الصورة</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>الإعدادات المحلية للأسعار والتواريخ المرسومة في الصورة، مثل en_US وzh_CN وid_ID وpt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>كسب الميكروفون</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>مجلد التسجيلات</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>مكان حفظ التدريبات</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>إعداد سرعة التسجيل</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>إعداد x264 لتسجيلات التدريب: الإعدادات الأسرع تستهلك معالجًا أقل لكن الملفات أكبر</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>جودة التسجيل (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>معامل الجودة الثابتة في x264: كلما قلّ كانت الجودة أفضل والملف أكبر</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>ملاءمة الرفع مع الاتصال</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>اجعل ترميز البث يتبع سرعة الرفع (معدل البت أولًا، ثم 1080p و720p و540p و360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>منفذ خادم الاستوديو الخاص</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>منفذ الخادم المدمج (صفحة المشاهدة، WHIP/WHEP)؛ 0 يترك الاختيار للنظام</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>مجلد ملفات التعليقات</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>ملفاتك الخاصة intents.toml وanswers.toml وrules.toml وblocked-words.txt؛ تُقرأ عند وجود المجلد</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>لغة النافذة؛ اتركها فارغة لاتباع النظام</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>تمت مشاهدة جولة البداية</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>عرض المناطق الآمنة</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>هوامش النص الآمنة واقتطاع 9:16 فوق المعاينة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>تُحفظ الإعدادات في {settings}، والسجلات في {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>مستوى ميكروفونه</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>كتم صوت هذا المضيف المشارك في البرنامج (يبقى على الشاشة)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>إخراج هذا المضيف المشارك من البث؛ يتوقف رابطه عن العمل</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>الخانة {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>فارغة</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>جارٍ إعادة الاتصال… (الخانة محجوزة 30 ثانية)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>على الهواء</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء الكتم</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>الاتصال: لا صورة بعد</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>الاتصال: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>لم يصل أي إطار</numerusform>
            <numerusform>وصل إطار واحد</numerusform>
            <numerusform>وصل إطاران</numerusform>
            <numerusform>وصلت %n إطارات</numerusform>
            <numerusform>وصل %n إطارًا</numerusform>
            <numerusform>وصل %n إطار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>الصورة: كاميرا أو المشهد التجريبي أو ملف فيديو</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (عمودي 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>حجم الصورة</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>معدل الإطارات</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>كلا الشكلين</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>أنشئ الشكل الآخر أيضًا (9:16 للهواتف، أو 16:9) في الوقت نفسه</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>تتبّع وجهي</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>أبقِ وجهك في الثلث العلوي من الصورة أثناء حركتك</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>تكبير صورة الكاميرا</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>حرّك الصورة يمينًا أو يسارًا (عند عدم تتبّع وجهك)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>تحريك</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>كسب الميكروفون بالديسيبل</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>كسب الميكروفون</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>تشبّع الصوت: اخفض كسب الميكروفون.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>التأطير</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>كسب الميكروفون</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>المشهد التجريبي</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ملف فيديو…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>الكاميرا {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>الميكروفون الافتراضي</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>نغمة تجريبية</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>بدون ميكروفون</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>اختيار ملف فيديو</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>الفيديوهات (*.mp4 *.mkv *.mov *.webm *.avi);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>انقطعت الصورة: يرى المشاهدون “سنعود حالًا” حتى تعود.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>المعروض: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>عناصر التحكم في البث</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>خادم WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>البث من هذا الحاسوب: يفتح المشاهدون صفحة المشاهدة في المتصفح.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>النشر إلى أي خادم WHIP (الخدمات المتوافقة مع OBS وLiveKit وCloudflare وMediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>المنصات فقط</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>أرسل البث إلى وجهات RTMP الخاصة بك فقط (TikTok وShopee وLazada وYouTube وFacebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>إلى أين يرسل زر بدء البث برنامجك</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>الوجهات…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>المنصات التي يرسل إليها زر بدء البث البرنامج أيضًا عبر RTMP(S)‏: TikTok وShopee وLazada وYouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>قياس الرفع إلى الوجهة المختارة (نحو 10 ثوانٍ) والحصول على جودة مقترحة</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>بدء البث</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>بدء البث (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>حالة اتصال البث</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>عدد من يشاهدون الآن</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>تسجيل البرنامج في ملف دون بث مباشر (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>الإخراج:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>إلغاء ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>إنهاء البث</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>إنهاء البث (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>المنصات {live}/{total} على الهواء</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>الوجهات ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>الاتصال: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>لا أحد يشاهد</numerusform>
            <numerusform>مشاهد واحد</numerusform>
            <numerusform>مشاهدان</numerusform>
            <numerusform>%n مشاهدين</numerusform>
            <numerusform>%n مشاهدًا</numerusform>
            <numerusform>%n مشاهد</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>إيقاف التسجيل</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>إعادة الاتصال… {seconds:.0f} ث</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>إعادة الاتصال…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>مباشر {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● تسجيل {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>غرفة هادئة</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>سوق صاخب</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>سماعات الرأس</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>العادي لطيف ولا يُضعف صوتك أبدًا؛ والقوي يزيل صوت المراوح وحركة المرور والطنين، لكنه قد يُضعف صوتك عندما يتحدث أحد بجانبك مباشرة</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>إلغاء الصدى من مكبرات الصوت</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>أستخدم سماعات الرأس</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>مع سماعات الرأس لا يعود أي صوت إلى الميكروفون، لذا يبقى إلغاء الصدى متوقفًا.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>أبقِ صوتي عند مستوى ثابت</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>كتم صوت الغرفة بين الجمل</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>قبل التنقية</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>بعد التنقية</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>استمع إلى نفسك عبر سماعات الرأس، كما يسمعك الميكروفون أو كما سيسمعك مشاهدوك</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>مستوى الميكروفون قبل التنقية</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>مستوى الصوت بعد التنقية</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>إعداد مسبق</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>الضوضاء</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>In</source>
        <translation>الداخل</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>الخارج</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>صوت الميكروفون يتشوّه من الارتفاع: اخفض مستوى إدخاله.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>قريب من التشوّه: اخفض مستوى إدخال الميكروفون قليلًا.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>جارٍ إلغاء صدى المضيفين المشاركين.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>لا صورة بعد</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>يطلب الانضمام</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>ضع {name} على المسرح في الخانة الفارغة التالية</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>رفض الطلب؛ سيتم إبلاغه</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>النشر إلى خادم WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>رمز Bearer أو مفتاح البث (اختياري)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>تذكّر الرمز في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>عنوان URL للخادم</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>أدخل عنوان الخادم بحيث يبدأ بـ https:// أو http://.</translation>
    </message>
</context>
</TS>
