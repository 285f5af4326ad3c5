<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>Pautan panggilan</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>Nama pembeli (pilihan)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nama pembeli</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>Nombor pesanan (pilihan)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nombor pesanan</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>Bilangan panggilan</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: pautan untuk satu panggilan; lebih: pautan tetap</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minit</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 hari</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Sah selama</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Cipta pautan</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>Cipta pautan yang dibuka pembeli pada telefon mereka untuk menghubungi anda</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>Salin pautan yang dipilih ke papan keratan</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>Hentikan pautan yang dipilih</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Pesanan:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Panggilan:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Sah selama:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Panggilan masuk</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>Tiada panggilan. Pembeli menghubungi anda melalui pautan panggilan.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Dalam panggilan</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>Gambar panggilan anda</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>Apa yang dilihat pembeli</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>Tiada kamera: audio sahaja</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>Kamera pembeli</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>Mereka mendengar mikrofon saya</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>Mereka mendengar hos bersama saya</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera dimatikan</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>Kamera utama</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>Sumber kedua…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>Gambar panggilan</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>Tukar ke kamera kedua atau fail video untuk gambar dekat</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>Kad produk dalam panggilan</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>Tunjukkan kad produk pada gambar panggilan (tidak sekali-kali dalam siaran)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Rakam…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>Minta persetujuan pembeli untuk merakam; rakaman bermula apabila mereka setuju</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Letak</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Gambar:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produk:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>Mesej daripada pembeli</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Sesiapa yang ada pautan</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>used</source>
        <translation>sudah digunakan</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>tamat tempoh</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>baki %n panggilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>baki %n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>Sumber kedua untuk gambar dekat</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm);;Semua fail (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Bersama {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>disenyapkan</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>kamera dimatikan</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>Pembeli: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>Tiada kad produk</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>Menunggu pembeli bersetuju dengan rakaman…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>Pembeli bersetuju; memulakan rakaman…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>Pembeli tidak bersetuju dirakam.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● Merakam (pembeli bersetuju dan melihat REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Hentikan rakaman</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>Hos bersama</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>Jemput hos bersama</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>Buat pautan untuk seorang hos bersama, sah selama 30 minit. Mereka menunggu di bilik menunggu sehingga anda luluskan.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Pautan jemputan</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>Pautan jemputan dipaparkan di sini</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>Hantar pautan ini kepada hos bersama anda. Di luar rangkaian ini, kongsi studio melalui terowong (lihat panduan hos bersama).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Salin pautan ke papan keratan</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>Jadikan pautan ini tidak sah lagi</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>Pautan panel</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>Buat pautan untuk telefon atau komputer pembantu anda: daripadanya mereka menyemat produk, menjalankan jualan kilat, membetulkan stok dan membalas komen semasa anda bercakap.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>Pautan panel pembantu</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>Pautan panel pembantu dipaparkan di sini</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>Sesiapa yang ada pautan ini boleh mengurus produk siaran: hantar hanya kepada pembantu anda.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>Hentikan pautan panel; panel yang terbuka ditutup serta-merta</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>Belum ada sesiapa dijemput. Jemput hos bersama dengan pautan: mereka menunggu di bilik menunggu sehingga anda benarkan masuk.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>Bilik menunggu</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>Tiada sesiapa menunggu. Permintaan daripada pautan jemputan anda dipaparkan di sini.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>Di pentas</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>Solo (hos sahaja)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>Sebelah-menyebelah (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>Gambar dalam gambar</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>Cara hos dan hos bersama berkongsi gambar</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Susun atur</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>Sertai sebagai hos bersama…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>Hantar gambar dan suara anda ke siaran hos lain, menggunakan pautan jemputan yang mereka hantar</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>Keluar daripada siaran hos lain</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>Panel pembantu</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Susun atur:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>Dalam siaran hos lain</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Jemputan baharu</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>Sertai sebagai hos bersama</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>Tampal pautan jemputan yang dihantar oleh hos:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>Nama anda, seperti yang akan dilihat oleh hos dan penonton:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>Meminta hos membenarkan anda masuk…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>Menunggu di bilik menunggu untuk hos membenarkan anda masuk…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>Anda berada dalam siaran hos lain.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>Menyambung semula ke siaran lain…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>Hos menolak permintaan anda.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>Hos telah mengeluarkan anda daripada siarannya.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>Anda telah keluar daripada siaran lain.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>Pilih lajur katalog</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>ID produk (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>Harga sebelum diskaun</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>Lajur mata wang</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Pautan produk</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>Variasi (saiz, warna)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Helaian</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Baris tajuk</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>Baris yang menamakan lajur; baris di atasnya diabaikan</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>helaian “{sheet}”, tajuk di baris {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>tajuk di baris {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>Nyatakan lajur mana dalam {file} ({where}) yang memegang setiap butiran. Seller Studio mengingati pilihan anda dan membaca fail dengan lajur yang sama tanpa bertanya lagi.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— tiada dalam fail ini —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Mata wang harga</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>Mata wang bagi baris yang lajur mata wangnya kosong, atau bagi semua baris jika fail tiada lajur mata wang (kod ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>Harga dalam</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Baris pertama fail</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Baris pertama:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>Pilih lajur untuk: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>Pilih mata wang harga (kod ISO 4217 seperti USD atau MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Komen</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>Komen penonton dipaparkan di sini semasa anda bersiaran.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>Tatal ke komen terbaharu</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>Papar di skrin</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Soalan</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Tempahan</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Ditapis</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Dipinkan</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Ditempah</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Senarai menunggu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Pendua</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Banjir komen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Pautan</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Huruf besar semua</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Perkataan disekat</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Disekat</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>Apa yang disembunyikan oleh moderasi daripada penonton: spam, banjir komen, perkataan disekat, penonton yang dibisukan</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ pilih komen · Enter hantar draf jawapan · P papar di skrin</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Hantar draf</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>Hantar draf jawapan kepada semua penonton (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>Letakkan draf dalam kotak balasan untuk diubah dahulu</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>Papar komen yang dipilih dalam gambar (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Alih keluar</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>Alih keluar komen daripada skrin</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>Pinkan produk</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>Pinkan produk yang disebut dalam komen ini</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Sahkan</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>Sahkan tempahan yang dipilih sebagai pesanan</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Batalkan tempahan</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>Batalkan tempahan ini; unitnya kembali ke stok dan senarai menunggu bergerak ke atas</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>Bisukan atau sekat penulis komen yang dipilih</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Bisukan 10 minit</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>Sekat untuk siaran ini</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>Hantar automatik</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>Hantar draf jawapan secara automatik, mengikut jenis soalan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>Saiz dan warna</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskaun</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>Balasan tempahan</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>Balas kepada semua…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Balas kepada semua</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>Balasan anda dipaparkan dalam komen setiap penonton, ditanda sebagai balasan hos</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Hantar balasan (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n komen baharu</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>Balasan anda, dihantar pada {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>Disembunyikan daripada penonton ({reason}); {name} masih nampak</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} pada {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>Di skrin — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hos</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di skrin</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>Edit destinasi</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Tambah destinasi</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>cth. Kedai TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>Format siaran</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Landskap 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>Potret 9:16 (telefon)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Tidak diubah (disimpan dalam keychain)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>Tampal kunci strim</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Kunci strim</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tunjuk</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL pelayan</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>Beri nama kepada destinasi, cth. “Kedai TikTok”.</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>URL pelayan bermula dengan rtmp:// atau rtmps:// — salin daripada tetapan penstriman platform.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>Tampal kunci strim daripada platform.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>Kunci strim mengandungi ruang kosong; salin semula daripada platform.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Sedia</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Bersiaran</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menyambung semula…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · {n} tercicir</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinasi</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>Mula Siaran juga menghantar siaran ke setiap destinasi yang dihidupkan. Kunci strim disimpan dalam keychain sistem dan tidak pernah dipaparkan.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Hidup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Pelayan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Hantar ke {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>Tingkatkan</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>Cahaya malap</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>Imbangan putih</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Kurangkan hingar</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Tajamkan</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Licinkan kulit</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>Cerahkan bilik gelap tanpa menjadikan bilik terang terlalu silau</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>Buang warna kekuningan atau kebiruan supaya produk menunjukkan warna sebenar</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>Kurangkan bintik yang ditambah kamera dalam cahaya malap</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>Tepi dan tulisan produk lebih tajam</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>Licinkan kulit sambil mengekalkan mata, rambut dan produk tajam</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>Automatik (menyesuaikan dengan bilik)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>Memilih cahaya malap, imbangan putih, kurangkan hingar dan tajamkan daripada gambar itu sendiri; licinkan kulit kekal seperti yang anda tetapkan.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Semula jadi</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>Bilik terang</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Kecantikan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>Papar gambar kamera tanpa sebarang ubahan</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>auto {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>Peningkatan mengambil {ms:.1f} ms setiap bingkai.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} daripada {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Langkau lawatan</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>Kualiti sambungan</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>Aras mikrofon</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>Aras {rms:.0f} dBFS, puncak {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>KLIP</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, 2 minit terakhir</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>{pct:.1f}% hilang</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>pergi-balik {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>kehilangan {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>ketaran {ms:.0f} ms</translation>
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
        <translation>beku {ms:.0f} ms</translation>
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
        <translation>Zon selamat</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>Siaran potret: jauhkan overlay daripada butang dan komen aplikasi ini</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>Mana-mana aplikasi beli-belah</translation>
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
        <translation>Tiada zon telefon</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>Tunjuk bentuk yang satu lagi</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>Pratonton gambar kedua (16:9 atau 9:16) bagi siaran dwi</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Sebelum / selepas</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>Bandingkan kamera asal (kiri) dengan gambar yang dipertingkat (kanan)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>Kawasan selamat</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>Papar margin selamat tajuk dan potongan tengah 9:16 yang dilihat telefon</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Kembali sebentar lagi</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>Siaran bersambung sebentar lagi</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Membuka kamera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Import katalog…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Buka susunan rancangan…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Simpan susunan rancangan</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Buka folder rakaman</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Siaran</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>Mula Siaran / Tamatkan Siaran</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>Latihan / Henti rakaman</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>Penonton latihan</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>Penonton simulasi mengomen dalam lima bahasa semasa anda berlatih</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>Papar produk {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>Alih keluar produk</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Produk seterusnya</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Produk sebelumnya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Set semula susun atur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>Tunjukkan lawatan</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Perihal Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>Mula siaran dibatalkan.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Tamatkan siaran?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>Penonton anda akan melihat siaran tamat.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Tamatkan Siaran</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Rakaman disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>Gambar: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>Bunyi: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mula Siaran</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>Apabila bersedia, mulakan siaran di sini. Kiraan detik 3-2-1 memberi anda sedikit masa; Ctrl+L juga boleh.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>Berlatih dahulu: program dirakam ke fail tanpa bersiaran, supaya anda boleh menonton semula diri anda.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>Import katalog anda, atau cuba produk demo, dan papar produk untuk menunjukkan kadnya di skrin (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
Studio tempatan untuk hos jualan langsung.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Menyelesaikan rakaman…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>Menamatkan siaran…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>Kamera tidak ditemui.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>Kamera {name} tidak dapat dibuka: mungkin sedang digunakan oleh aplikasi lain.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>Kamera {name} dibuka tetapi tiada gambar.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>Kamera tidak ditemui: memaparkan adegan demo. Pasangkan kamera dan pilih di Sumber.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} Memaparkan adegan demo sebagai ganti.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>Mikrofon tidak ditemui: merakam senyap. Pasangkan mikrofon dan pilih di Sumber.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} Merakam senyap sebagai ganti.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>Fail video {name} tidak wujud.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>Fail video {name} tidak dapat dinyahkod.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>Fail video {name} telah tamat.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>Tangkapan bunyi dimatikan: pustaka PortAudio tidak dipasang (di Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>Tangkapan bunyi dimatikan: pakej sounddevice tidak dipasang.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>Tangkapan bunyi dimatikan.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Mikrofon tidak ditemui.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>Mikrofon “{name}” tidak dapat dibuka: mungkin sedang digunakan oleh aplikasi lain.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>Mikrofon “{name}” berhenti: penonton mendengar senyap sehingga ia kembali.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>Mikrofon “{name}” sudah kembali.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} berhenti menghantar gambar.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Senyap</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Adegan demo</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Nada demo</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} sudah habis dijual; tetapkan stoknya dahulu sebelum memulakan jualan kilat.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>Susunan rancangan menamakan produk yang tiada dalam katalog: {ids}. Seterusnya dan sebelumnya akan melangkauinya.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>Semat atau pilih produk untuk memulakan jualan kilat.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>Tiada produk {id} dalam katalog.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>Berikan harga jualan untuk {title} dahulu.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>Harga jualan {price} bukan nombor.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>Harga jualan {title} mesti lebih rendah daripada harganya sekarang ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>Jualan kilat {title} sudah habis dijual.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>Jualan kilat {title} telah tamat.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>Folder rakaman {folder} tidak boleh ditulis: pilih folder lain dalam Tetapan.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>Cakera penuh ({free} MB kosong): kosongkan sedikit ruang atau pilih folder rakaman lain dalam Tetapan.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>Rakaman {name} tidak boleh ditulis: pilih folder rakaman lain dalam Tetapan.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>Rakaman berhenti: fail tidak boleh ditulis lagi. Apa yang dirakam setakat ini disimpan dalam {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>Cakera hampir penuh, jadi rakaman dihentikan; siaran diteruskan. Apa yang dirakam setakat ini disimpan dalam {name}: kosongkan sedikit ruang untuk merakam semula.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} Penonton melihat “Kembali sebentar lagi” sehingga gambar kembali, atau pilih gambar lain di bawah Sumber.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} kembali dalam gambar.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>Mesej sebelumnya</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Maklumat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} daripada {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>Apa yang dilihat penonton anda</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>Pratonton program</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>Memulakan gambar…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Selepas</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Import katalog…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>Muatkan produk daripada fail CSV, Excel (.xlsx) atau JSON, atau eksport TikTok Shop, Shopee atau Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Cari mengikut nama atau id</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>Papar hanya produk yang nama atau id-nya mengandungi teks ini</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di skrin</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>Klik dua kali pada produk, atau tekan Enter, untuk memaparkan kadnya di skrin</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>Cuba dengan produk demo</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>Muatkan tujuh produk contoh dan papar yang pertama di skrin</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Papar</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>Papar kad produk yang dipilih di skrin (Ctrl+1…9 memaparkan sembilan produk pertama dalam senarai)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Alih keluar</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>Alih keluar kad produk daripada skrin (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Atas kiri</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Atas kanan</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Bawah kiri</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Bawah kanan</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>Penjuru gambar tempat kad produk diletakkan</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>Penjuru kad</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>Berapa lama jualan kilat berlangsung ({low}–{high} saat)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>Tempoh jualan kilat</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Mula jualan kilat</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>Papar kiraan detik jualan kilat di skrin</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kad:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>Jualan kilat:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Import katalog produk</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Katalog (*.csv *.xlsx *.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>Belum ada katalog. Import fail CSV, Excel atau JSON dengan lajur id, title, price dan currency (image, url, stock dan original_price adalah pilihan), atau eksport produk daripada TikTok Shop, Shopee atau Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimport…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>Lajur dibaca sebagai fail {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>Lajur mengikut pilihan anda untuk fail seperti ini</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Habis dijual</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Tinggal %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n dalam stok</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>Id: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>Tiada gambar: kad memaparkan gambar ganti.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n baris dilangkau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(tuding untuk butiran)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>Katalog ini tiada produk yang boleh digunakan. Betulkan baris yang disenaraikan di bawah dan import semula.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>Tiada produk sepadan dengan “{text}”.</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>Kualiti</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>Meter sambungan untuk muat naik anda, setiap hos bersama dan penonton anda dipaparkan di sini apabila anda bersiaran.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>Graf 2 minit terakhir: pergi-balik (biru, garis padu), kehilangan (merah, putus-putus), kadar bit (hijau, titik-titik).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>Apa yang dihantar pengekod adaptif ke pelayan WHIP sekarang</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Muat naik</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Sambung semula</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>Disambungkan dalam</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Pemprosesan</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>Bingkai dilangkau</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Pengekod</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms setiap bingkai</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s pada {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>Pengekod H.264 untuk gambar siaran langsung dan rakaman. Pengekod perkakasan dicuba semasa mula; x264 berjalan pada pemproses jika tiada yang berfungsi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}, perkakasan</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}, perisian</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>Tidak boleh digunakan pada komputer ini: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>sedang mengukur…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>cemerlang</translation>
    </message>
    <message>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>lemah</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>teruk</translation>
    </message>
    <message>
        <source>down</source>
        <translation>terputus</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Laporan latihan</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>Buat laporan latihan untuk {name}? Ia menunjukkan cahaya, bunyi, produk dan komen mengikut masa, bersama apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Bukan sekarang</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Menganalisis {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyi</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>Tiada kamera: audio sahaja</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Belum ada gambar</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Jawab</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>Jawab: panggilan berjalan di sebelah siaran, tidak sekali-kali di dalamnya</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>Tolak panggilan; pembeli boleh meninggalkan mesej</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Menunggu {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>Susunan rancangan</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Buka susunan rancangan…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>Buka susunan rancangan: katalog, giliran, isi percakapan dan jualannya</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Simpan susunan rancangan</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>Simpan giliran, isi percakapan dan jualan bersama rancangan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>Seret untuk menukar susunan; klik dua kali atau tekan Enter untuk memaparkan produk; Delete mengeluarkannya daripada rancangan</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Tambah produk</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>Letakkan produk katalog yang belum ada dalam rancangan di hujungnya</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>Belum ada produk. Import katalog atau buka susunan rancangan.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>Paparkan produk sebelum ini (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seterusnya ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>Paparkan produk seterusnya dalam giliran (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Isi percakapan</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>Apa yang hendak dikatakan tentang produk ini: hanya anda yang melihatnya.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>Nota anda untuk produk ini, dalam huruf besar. Penonton tidak pernah melihatnya.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Jualan kilat</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Harga jualan</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>Harga semasa jualan; kad menunjukkan harga lama dipangkah</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tiada had</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>Unit pada harga jualan</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>Berapa unit dijual pada harga jualan; jualan tamat apabila semuanya dituntut</translation>
    </message>
    <message>
        <source> s</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>Tempoh jualan</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>Berapa lama jualan berlangsung ({low}–{high} saat)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>Pergi ke produk seterusnya</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nyahsemat</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>Kekal pada produk ini</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>Apabila jualan tamat</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>Apa berlaku apabila masa tamat atau unit habis dijual</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Mulakan jualan</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>Paparkan produk ini pada harga jualan dengan kiraan detik</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>Hentikan jualan</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>Tamatkan jualan sekarang: harga kembali, produk kekal dipaparkan</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Harga jualan:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Tempoh:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>Apabila tamat:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Buka susunan rancangan</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>Susunan rancangan (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>Simpan susunan rancangan</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>Susunan rancangan (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>Paparkan di skrin</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>Keluarkan daripada rancangan</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>Semua produk sudah ada dalam rancangan</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di skrin</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>tiada dalam katalog</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>Isi percakapan: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>Sekarang {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>Harga jualan “{text}” bukan nombor.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>Jualan {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>baki {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>baki %n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Susunan rancangan baharu</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>Belum disimpan: Simpan susunan rancangan menyimpan gilirannya</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Bunyi</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rakaman</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>Bersiaran</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Antara muka</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Sumber gambar</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Lebar gambar</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Tinggi gambar</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kadar bingkai</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>bingkai sesaat</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>Harga dan tarikh dalam gambar</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>lokaliti untuk harga dan tarikh yang dilukis dalam gambar, cth. en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Gandaan mikrofon</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Folder rakaman</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>tempat rakaman latihan disimpan</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>Pratetap kelajuan rakaman</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>pratetap x264 untuk rakaman latihan: pratetap lebih laju guna kurang pemproses tetapi fail lebih besar</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>Kualiti rakaman (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>faktor kadar malar x264: lebih rendah bermakna kualiti lebih baik dan fail lebih besar</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>Sesuaikan muat naik dengan sambungan</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>biarkan pengekodan langsung mengikut kelajuan muat naik (kadar bit dahulu, kemudian 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>Port pelayan studio sendiri</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>port pelayan terbina dalam (halaman tontonan, WHIP/WHEP); 0 membiarkan sistem memilih</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>Folder fail komen</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>intents.toml, answers.toml, rules.toml dan blocked-words.txt anda sendiri; dibaca jika folder itu wujud</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>bahasa tetingkap; kosong bermakna mengikut sistem</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>Lawatan pertama telah dilihat</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>Papar kawasan selamat</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>margin selamat tajuk dan potongan 9:16 di atas pratonton</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>Tetapan disimpan dalam {settings}; log disimpan dalam {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>Aras mikrofon mereka</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Senyap</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>Senyapkan hos bersama ini dalam program (mereka kekal di skrin)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>Keluarkan hos bersama ini daripada siaran; pautan mereka tidak sah lagi</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>Slot {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>Menyambung semula… (slot dikekalkan 30 s)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Disenyapkan</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Bersiaran</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Nyahsenyap</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>Sambungan: belum ada gambar</translation>
    </message>
    <message>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>sederhana</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>lemah</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>tiada gambar</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>Sambungan: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n bingkai diterima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>Gambar: kamera, adegan demo atau fail video</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (potret 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Saiz gambar</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kadar bingkai</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>Kedua-dua bentuk</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>Buat juga bentuk yang satu lagi (9:16 untuk telefon, atau 16:9) pada masa yang sama</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>Ikut wajah saya</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>Kekalkan wajah anda di satu pertiga atas gambar semasa anda bergerak</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>Zum masuk pada gambar kamera</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>Gerakkan gambar ke kiri atau kanan (apabila tidak mengikut wajah)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zum</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Anjak</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>Gandaan mikrofon dalam dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Gandaan mikrofon</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>Bunyi pecah: rendahkan gandaan mikrofon.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Pembingkaian</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>Gandaan mik</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Aras</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Adegan demo</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fail video…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>Kamera {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Mikrofon lalai</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Nada demo</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Tiada mikrofon</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Pilih fail video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm *.avi);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>Gambar hilang: penonton melihat “Kembali sebentar lagi” sehingga ia kembali.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>Memaparkan: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>Kawalan siaran</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>Pelayan WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>Siarkan dari komputer ini: penonton membuka halaman tontonan dalam pelayar.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>Terbitkan ke mana-mana pelayan WHIP (perkhidmatan serasi OBS, LiveKit, Cloudflare, MediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>Platform sahaja</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>Hantar siaran hanya ke destinasi RTMP anda (TikTok, Shopee, Lazada, YouTube, Facebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>Ke mana Mula Siaran menghantar siaran anda</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinasi…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>Platform yang turut menerima siaran melalui RTMP(S) apabila Mula Siaran: TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>Ukur muat naik ke sasaran yang dipilih (kira-kira 10 s) dan dapatkan cadangan kualiti</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mula Siaran</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>Mulakan siaran (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>Keadaan sambungan siaran anda</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>Orang yang sedang menonton</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>Rakam program ke fail tanpa bersiaran (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>Batal ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Tamatkan Siaran</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>Tamatkan siaran (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>Platform {live}/{total} bersiaran</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>Destinasi ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>Sambungan: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n menonton</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Henti rakaman</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>MENYAMBUNG…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>MENYAMBUNG SEMULA… {seconds:.0f} s</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>MENYAMBUNG SEMULA…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>LANGSUNG {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● RAKAM {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>Suara</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Bilik senyap</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>Pasar bising</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Fon kepala</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>Biasa adalah lembut dan tidak menipiskan suara anda; kuat membuang bunyi kipas, trafik dan dengung, tetapi boleh menipiskan suara anda apabila ada orang bercakap betul-betul di sebelah</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>Batalkan gema daripada pembesar suara</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>Saya memakai fon kepala</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>Dengan fon kepala tiada bunyi kembali ke mikrofon, jadi pembatalan gema kekal mati.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>Kekalkan suara saya pada tahap yang stabil</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>Bisukan bunyi bilik antara ayat</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>Sebelum dibersihkan</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>Selepas dibersihkan</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>Dengar diri anda melalui fon kepala, seperti yang didengar mikrofon atau seperti yang akan didengar penonton</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>Tahap mikrofon sebelum dibersihkan</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>Tahap suara selepas dibersihkan</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Pratetap</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Hingar</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Dengar</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>Mikrofon anda pecah (clipping): perlahankan kelantangan inputnya.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>Hampir pecah: perlahankan sedikit kelantangan input mikrofon.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>Membatalkan gema hos bersama anda.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>Belum ada gambar</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>minta untuk sertai</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Luluskan</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>Letakkan {name} di pentas dalam slot kosong seterusnya</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>Tolak permintaan; mereka akan dimaklumkan</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>Terbitkan ke pelayan WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Token bearer atau kunci strim (pilihan)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Ingat token dalam rantai kunci sistem</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL pelayan</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>Masukkan alamat pelayan, bermula dengan https:// atau http://.</translation>
    </message>
</context>
</TS>
