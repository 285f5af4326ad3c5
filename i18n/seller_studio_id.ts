<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>Tautan panggilan</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>Nama pembeli (opsional)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nama pembeli</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>Nomor pesanan (opsional)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>Jumlah panggilan</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: tautan untuk satu panggilan; lebih: tautan tetap</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 menit</translation>
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
        <translation>Berlaku selama</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Buat tautan</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>Buat tautan yang dibuka pembeli di ponselnya untuk menelepon Anda</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>Salin tautan yang dipilih ke papan klip</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>Hentikan tautan yang dipilih</translation>
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
        <translation>Berlaku:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Panggilan masuk</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>Tidak ada yang menelepon. Pembeli menelepon Anda dari tautan panggilan.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Dalam panggilan</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>Gambar panggilan Anda</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>Yang dilihat pembeli</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>Tanpa kamera: hanya suara</translation>
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
        <translation>Mereka mendengar co-host saya</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera mati</translation>
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
        <translation>Beralih ke kamera kedua atau file video untuk close-up</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>Kartu produk dalam panggilan</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>Tampilkan kartu produk di gambar panggilan (tidak pernah di siaran)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Rekam…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>Minta persetujuan pembeli untuk merekam; rekaman dimulai saat mereka setuju</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Tutup telepon</translation>
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
        <translation>Pesan dari pembeli</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Siapa pun yang punya tautan</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>used</source>
        <translation>terpakai</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>sisa %n panggilan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>sisa %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>Sumber kedua untuk close-up</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm);;Semua file (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Dengan {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>dibisukan</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>kamera mati</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>Pembeli: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>Tanpa kartu produk</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>Menunggu pembeli menyetujui rekaman…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>Pembeli setuju; memulai rekaman…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>Pembeli tidak setuju direkam.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● Merekam (pembeli setuju dan melihat REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Hentikan rekaman</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>Co-host</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>Undang co-host</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>Buat tautan untuk satu co-host, berlaku 30 menit. Mereka menunggu di ruang tunggu sampai kamu setujui.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Tautan undangan</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>Tautan undangan muncul di sini</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>Kirim tautan ini ke co-host kamu. Di luar jaringan ini, bagikan studio lewat tunnel (lihat panduan co-host).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Salin tautan ke clipboard</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>Buat tautan ini tidak berlaku lagi</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>Tautan panel</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>Buat tautan untuk ponsel atau komputer asisten Anda: dari sana mereka menyematkan produk, menjalankan flash sale, membetulkan stok, dan membalas komentar selagi Anda berbicara.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>Tautan panel asisten</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>Tautan panel asisten muncul di sini</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>Siapa pun yang punya tautan ini bisa mengatur produk siaran: kirim hanya ke asisten Anda.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>Matikan tautan panel; panel yang terbuka langsung ditutup</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>Belum ada yang diundang. Undang co-host dengan tautan: mereka menunggu di ruang tunggu sampai kamu izinkan masuk.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>Ruang tunggu</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>Belum ada yang menunggu. Permintaan dari tautan undanganmu muncul di sini.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>Sedang tampil</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>Solo (host saja)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>Berdampingan (PK)</translation>
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
        <translation>Cara host dan co-host berbagi layar</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>Gabung sebagai co-host…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>Kirim gambar dan suaramu ke siaran host lain, pakai tautan undangan yang mereka kirim</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>Keluar dari siaran host lain</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>Panel asisten</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Tata letak:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>Di siaran host lain</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Undangan baru</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>Gabung sebagai co-host</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>Tempel tautan undangan dari host:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>Nama kamu, seperti yang akan dilihat host dan penonton:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>Meminta host untuk mengizinkan kamu masuk…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>Menunggu di ruang tunggu sampai host mengizinkan kamu masuk…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>Kamu sedang tampil di siaran host lain.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>Menyambung ulang ke siaran lain…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>Host menolak permintaanmu.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>Host mengeluarkan kamu dari siarannya.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>Kamu sudah keluar dari siaran lain.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>Pilih kolom katalog</translation>
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
        <translation>Harga sebelum diskon</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>Kolom mata uang</translation>
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
        <translation>Tautan produk</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>Variasi (ukuran, warna)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Baris judul kolom</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>Baris yang berisi nama kolom; baris di atasnya diabaikan</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>sheet “{sheet}”, judul kolom di baris {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>judul kolom di baris {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>Tentukan kolom mana di {file} ({where}) yang berisi setiap detail. Seller Studio mengingat pilihan Anda dan membaca file dengan kolom yang sama tanpa bertanya lagi.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— tidak ada di file ini —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Mata uang harga</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>Mata uang untuk baris yang kolom mata uangnya kosong, atau untuk semua baris jika file tidak punya kolom mata uang (kode ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>Harga dalam</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Baris pertama file</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Baris pertama:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>Pilih kolom untuk: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>Pilih mata uang harga (kode ISO 4217 seperti USD atau MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>Komentar penonton muncul di sini saat kamu live.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>Gulir ke komentar terbaru</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>Tampilkan di layar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Tersaring</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Disematkan</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Spam beruntun</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Huruf kapital semua</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Kata terlarang</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Diblokir</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>Yang disembunyikan moderasi dari penonton: spam, komentar beruntun, kata terlarang, penonton yang dibisukan</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ pilih komentar · Enter kirim draf balasan · P sematkan di layar</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Kirim draf</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>Kirim draf balasan ke semua penonton (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>Masukkan draf ke kotak balasan untuk diubah dulu</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>Tampilkan komentar yang dipilih di layar (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>Hapus komentar dari layar</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>Sematkan produk</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>Sematkan produk yang disebut di komentar ini</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>Konfirmasi klaim yang dipilih jadi pesanan</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Batalkan klaim</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>Batalkan klaim ini; stoknya kembali dan antrean maju</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Penonton</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>Bisukan atau blokir penulis komentar ini</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Bisukan 10 menit</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>Blokir selama live ini</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>Kirim otomatis</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>Kirim draf balasan otomatis, per jenis pertanyaan</translation>
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
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>Ukuran dan warna</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>Balasan klaim</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>Balas ke semua…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Balas ke semua</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>Balasanmu muncul di komentar setiap penonton, ditandai sebagai balasan host</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Kirim balasan (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n komentar baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>Balasanmu, dikirim pukul {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>Disembunyikan dari penonton ({reason}); {name} tetap melihatnya</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} pukul {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>Di layar — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di layar</translation>
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
        <translation>Ubah tujuan</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Tambah tujuan</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>mis. Toko TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>Format siaran</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Landscape 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>Portrait 9:16 (HP)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Tidak diubah (tersimpan di keychain)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>Tempel stream key</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
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
        <translation>URL server</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>Kasih nama untuk tujuan ini, mis. “Toko TikTok”.</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>URL server diawali rtmp:// atau rtmps:// — salin dari pengaturan streaming di platform.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>Tempel stream key dari platform.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>Stream key-nya ada spasi; salin lagi dari platform.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menghubungkan ulang…</translation>
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
        <translation> · {n} terbuang</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Tujuan siaran</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>Mulai Live juga mengirim siaranmu ke setiap tujuan yang aktif. Stream key disimpan di keychain sistem dan tidak pernah ditampilkan.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Kirim ke {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>Percantik</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>Cahaya redup</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>White balance</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Kurangi noise</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Pertajam</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Haluskan kulit</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>Terangkan ruangan gelap tanpa membuat ruangan terang jadi silau</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>Hilangkan warna kekuningan atau kebiruan agar produk tampil dengan warna aslinya</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>Redam bintik yang muncul dari kamera saat cahaya redup</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>Tepi dan tulisan produk lebih tajam</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>Haluskan kulit sambil menjaga mata, rambut, dan produk tetap tajam</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>Otomatis (menyesuaikan ruangan)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>Memilih cahaya redup, white balance, kurangi noise, dan pertajam dari gambarnya sendiri; haluskan kulit tetap sesuai pengaturanmu.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Alami</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>Ruangan terang</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Cantik</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>Tampilkan gambar kamera apa adanya</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>otomatis {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>Percantik memakan {ms:.1f} ms per frame.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} dari {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Lewati tur</translation>
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
        <translation>Kualitas koneksi</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>Level mikrofon</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>Level {rms:.0f} dBFS, puncak {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, 2 menit terakhir</translation>
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
        <translation>waktu bolak-balik {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>paket hilang {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>jitter {ms:.0f} ms</translation>
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
        <translation>macet {ms:.0f} ms</translation>
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
        <translation>Zona aman</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>Live portrait: jauhkan overlay dari tombol dan komentar aplikasi ini</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>Aplikasi belanja apa saja</translation>
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
        <translation>Tanpa zona HP</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>Tampilkan bentuk lainnya</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>Pratinjau tampilan kedua (16:9 atau 9:16) dari live ganda</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Sebelum / sesudah</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>Bandingkan kamera asli (kiri) dengan gambar yang sudah dipercantik (kanan)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>Tampilkan batas aman judul dan potongan 9:16 di tengah yang dilihat di ponsel</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Segera kembali</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>Siaran berlanjut sebentar lagi</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Membuka kamera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Impor katalog…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Buka rundown…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Simpan rundown</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Buka folder rekaman</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
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
        <translation>Mulai Live / Akhiri Live</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>Latihan / Hentikan rekaman</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>Penonton latihan</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>Penonton simulasi berkomentar dalam lima bahasa selama kamu latihan</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>Sematkan produk {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>Lepas produk</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Produk berikutnya</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Produk sebelumnya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Atur ulang tata letak</translation>
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
        <translation>Tampilkan tur</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Tentang Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>Batal mulai live.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Akhiri siaran?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>Penonton akan melihat siaran berakhir.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Akhiri Live</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Rekaman disimpan di {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>Gambar: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>Suara: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mulai Live</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>Kalau sudah siap, mulai siaran di sini. Ada hitung mundur 3-2-1 dulu; Ctrl+L juga bisa.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>Latihan dulu: siaran direkam ke file tanpa live, jadi kamu bisa menonton ulang penampilanmu.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>Impor katalogmu, atau coba produk demo, lalu sematkan produk untuk menampilkan kartunya di layar (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
Studio lokal untuk host live shopping.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Menyelesaikan rekaman…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>Mengakhiri siaran…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>Kamera tidak ditemukan.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>Kamera {name} tidak bisa dibuka: mungkin sedang dipakai aplikasi lain.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>Kamera {name} terbuka tetapi tidak ada gambar.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>Kamera tidak ditemukan: menampilkan adegan demo. Colokkan kamera lalu pilih di Sumber.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} Menampilkan adegan demo sebagai gantinya.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>Mikrofon tidak ditemukan: merekam hening. Colokkan mikrofon lalu pilih di Sumber.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} Merekam hening sebagai gantinya.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>File video {name} tidak ada.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>File video {name} tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>File video {name} sudah selesai.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>Perekaman suara mati: pustaka PortAudio belum terpasang (di Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>Perekaman suara mati: paket sounddevice belum terpasang.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>Perekaman suara mati.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Mikrofon tidak ditemukan.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>Mikrofon “{name}” tidak bisa dibuka: mungkin sedang dipakai aplikasi lain.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>Mikrofon “{name}” berhenti: penonton mendengar hening sampai mikrofon kembali.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>Mikrofon “{name}” sudah kembali.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} berhenti mengirim gambar.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Hening</translation>
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
        <translation>{title} sudah habis; atur stoknya dulu sebelum memulai flash sale.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>Rundown menyebut produk yang tidak ada di katalog: {ids}. Berikutnya dan sebelumnya akan melewatinya.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>Sematkan atau pilih produk untuk memulai flash sale.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>Tidak ada produk {id} di katalog.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>Beri {title} harga promo terlebih dahulu.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>Harga promo {price} bukan angka.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>Harga promo {title} harus di bawah harganya sekarang ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>Flash sale {title} sudah habis terjual.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>Flash sale {title} telah berakhir.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>Folder rekaman {folder} tidak bisa ditulisi: pilih folder lain di Pengaturan.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>Disk penuh (sisa {free} MB): kosongkan sebagian ruang atau pilih folder rekaman lain di Pengaturan.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>Rekaman {name} tidak bisa ditulis: pilih folder rekaman lain di Pengaturan.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>Rekaman berhenti: file tidak bisa ditulisi lagi. Yang sudah terekam sampai sekarang tersimpan di {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>Disk hampir penuh, jadi rekaman dihentikan; siaran tetap berjalan. Yang sudah terekam sampai sekarang tersimpan di {name}: kosongkan sebagian ruang untuk merekam lagi.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} Penonton melihat “Segera kembali” sampai gambar kembali, atau pilih gambar lain di Sumber.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} kembali tampil di gambar.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>Pesan sebelumnya</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} dari {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>Yang dilihat penontonmu</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>Pratinjau siaran</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>Menyiapkan gambar…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
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
        <translation>Impor katalog…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>Muat produk dari file CSV, Excel (.xlsx) atau JSON, atau hasil ekspor TikTok Shop, Shopee atau Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Cari nama atau ID</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>Tampilkan hanya produk yang nama atau ID-nya mengandung teks ini</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di layar</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>Klik dua kali produk, atau tekan Enter, untuk menampilkan kartunya di layar</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>Coba dengan produk demo</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>Muat tujuh produk contoh dan sematkan yang pertama di layar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>Tampilkan kartu produk yang dipilih di layar (Ctrl+1…9 menyematkan sembilan produk pertama di daftar)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lepas</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>Hapus kartu produk dari layar (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Kiri atas</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Kanan atas</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Kiri bawah</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Kanan bawah</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>Sudut gambar tempat kartu produk muncul</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>Posisi kartu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>Berapa lama flash sale berlangsung ({low}–{high} detik)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>Durasi flash sale</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Mulai flash sale</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>Tampilkan hitung mundur flash sale di layar</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kartu:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>Flash sale:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Impor katalog produk</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Katalog (*.csv *.xlsx *.json);;Semua file (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>Belum ada katalog. Impor file CSV, Excel atau JSON dengan kolom id, title, price dan currency (image, url, stock dan original_price opsional), atau ekspor produk dari TikTok Shop, Shopee atau Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>Kolom dibaca sebagai file {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>Kolom sesuai pilihan Anda untuk file seperti ini</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Habis</translation>
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
            <numerusform>Stok %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>Tanpa gambar: kartu menampilkan gambar pengganti.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n baris dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(arahkan kursor untuk detail)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>Katalog ini tidak punya produk yang bisa dipakai. Perbaiki baris yang tercantum di bawah lalu impor lagi.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>Tidak ada produk yang cocok dengan “{text}”.</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>Meter koneksi untuk unggahanmu, setiap co-host, dan penontonmu muncul di sini saat kamu live.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>Grafik 2 menit terakhir: waktu bolak-balik (biru, garis penuh), paket hilang (merah, putus-putus), bitrate (hijau, titik-titik).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>Yang dikirim encoder adaptif ke server WHIP saat ini</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Sambung ulang</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>Tersambung dalam</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Siaran</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Pemrosesan</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>Frame terlewat</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms per frame</translation>
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
        <translation>Encoder H.264 untuk gambar siaran langsung dan rekaman. Encoder perangkat keras dicoba saat mulai; x264 berjalan di prosesor jika tidak ada yang berfungsi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}, perangkat keras</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}, perangkat lunak</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>Tidak dapat dipakai di komputer ini: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>mengukur…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>sangat bagus</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bagus</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>buruk</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>sangat buruk</translation>
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
        <translation>Buat laporan latihan untuk {name}? Isinya cahaya, suara, produk, dan komentar dari waktu ke waktu, plus apa yang perlu diubah.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Menganalisis {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>Tanpa kamera: hanya suara</translation>
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
        <translation>Terima</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>Angkat: panggilan berjalan di samping siaran, tidak pernah di dalamnya</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>Tolak panggilan; pembeli dapat meninggalkan pesan</translation>
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
        <translation>Rundown</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Buka rundown…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>Buka rundown: katalog, urutan, poin bicara, dan promonya</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Simpan rundown</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>Simpan urutan, poin bicara, dan promo bersama acara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>Seret untuk mengubah urutan; klik dua kali atau tekan Enter untuk menampilkan produk; Delete mengeluarkannya dari rundown</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Tambah produk</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>Tambahkan produk katalog yang belum ada di rundown ke bagian akhir</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>Belum ada produk. Impor katalog atau buka rundown.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>Tampilkan produk sebelum ini (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>Tampilkan produk berikutnya dalam urutan (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Poin bicara</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>Apa yang ingin dikatakan tentang produk ini: hanya Anda yang melihatnya.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>Catatan Anda untuk produk ini, dengan huruf besar. Penonton tidak pernah melihatnya.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Harga promo</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>Harga selama promo; kartu menampilkan harga lama dicoret</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>Unit dengan harga promo</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>Berapa unit dijual dengan harga promo; promo berakhir saat semuanya diklaim</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>Durasi promo</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>Berapa lama promo berlangsung ({low}–{high} detik)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>Lanjut ke produk berikutnya</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lepas sematan</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>Tetap di produk ini</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>Saat promo berakhir</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>Apa yang terjadi saat waktu habis atau unit terjual</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Mulai promo</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>Tampilkan produk ini dengan harga promo dan hitung mundur</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>Hentikan promo</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>Akhiri promo sekarang: harga kembali, produk tetap tampil</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Harga promo:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Durasi:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>Saat berakhir:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Buka rundown</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>Rundown (*.json);;Semua file (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>Simpan rundown</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>Rundown (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>Tampilkan di layar</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>Keluarkan dari rundown</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>Semua produk sudah ada di rundown</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Di layar</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>tidak ada di katalog</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>Poin bicara: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>Sekarang {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>Harga promo “{text}” bukan angka.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>Promo {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>sisa {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>sisa %n unit</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Rundown baru</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>Belum disimpan: Simpan rundown menyimpan urutannya</translation>
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
        <translation>Suara</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Tampilan</translation>
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
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>frame per detik</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>Harga dan tanggal di gambar</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>format wilayah untuk harga dan tanggal di gambar, mis. en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Penguatan mikrofon</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Folder rekaman</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>tempat rekaman latihan disimpan</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>Preset kecepatan rekaman</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>preset x264 untuk rekaman latihan: preset lebih cepat memakai lebih sedikit prosesor, tapi file lebih besar</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>Kualitas rekaman (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>constant rate factor x264: makin kecil, kualitas makin bagus dan file makin besar</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>Sesuaikan unggahan dengan koneksi</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>biarkan encode live mengikuti kecepatan unggah (bitrate dulu, lalu 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>Port server bawaan studio</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>port server bawaan (halaman tonton, WHIP/WHEP); 0 berarti dipilih sistem</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>Folder file komentar</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>intents.toml, answers.toml, rules.toml dan blocked-words.txt milikmu; dibaca kalau foldernya ada</translation>
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
        <translation>bahasa jendela; kosong berarti mengikuti sistem</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>Tur pertama sudah dilihat</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>Tampilkan area aman</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>batas aman judul dan potongan 9:16 di atas pratinjau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>Pengaturan disimpan di {settings}; log disimpan di {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>Level mikrofon mereka</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Bisukan</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>Bisukan co-host ini di siaran (mereka tetap di layar)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>Keluarkan co-host ini dari siaran; tautan mereka tidak berlaku lagi</translation>
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
        <translation>Menyambung ulang… (slot ditahan 30 dtk)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Dibisukan</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Nyalakan suara</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>Koneksi: belum ada gambar</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bagus</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>cukup</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>buruk</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>tidak ada gambar</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>Koneksi: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n frame diterima</numerusform>
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
        <translation>Gambar: kamera, adegan demo, atau file video</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (portrait 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Ukuran gambar</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>Dua bentuk</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>Sekalian buat bentuk lainnya (9:16 untuk HP, atau 16:9)</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>Ikuti wajahku</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>Jaga wajahmu di sepertiga atas layar saat kamu bergerak</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>Perbesar gambar kamera</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>Geser gambar ke kiri atau kanan (saat tidak mengikuti wajah)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Geser</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>Penguatan mikrofon dalam dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Penguatan mikrofon</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>Suara pecah: turunkan penguatan mikrofon.</translation>
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
        <translation>Framing</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>Gain mik</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Adegan demo</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>File video…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>Kamera {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Mikrofon bawaan</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Nada demo</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Tanpa mikrofon</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Pilih file video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm *.avi);;Semua file (*)</translation>
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
        <translation>Gambar hilang: penonton melihat “Segera kembali” sampai gambar kembali.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>Menampilkan: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>Kontrol siaran</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>Server WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>Siarkan dari komputer ini: penonton membuka halaman tonton di browser.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>Siarkan ke server WHIP mana pun (layanan yang kompatibel dengan OBS, LiveKit, Cloudflare, MediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>Platform saja</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>Kirim siaran hanya ke tujuan RTMP-mu (TikTok, Shopee, Lazada, YouTube, Facebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>Ke mana Mulai Live mengirim siaranmu</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Tujuan siaran…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>Platform yang juga dikirimi siaran lewat RTMP(S) saat Mulai Live: TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>Ukur kecepatan unggah ke tujuan yang dipilih (sekitar 10 dtk) dan dapatkan rekomendasi kualitas</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Mulai Live</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>Mulai siaran (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>Kondisi koneksi siaranmu</translation>
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
        <translation>Rekam siaran ke file tanpa live (Ctrl+R)</translation>
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
        <translation>Akhiri Live</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>Akhiri siaran (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>Platform {live}/{total} live</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>Tujuan ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Mengetes…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>Koneksi: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n menonton</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Hentikan rekaman</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>MENYAMBUNG…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>MENYAMBUNG ULANG… {seconds:.0f} dtk</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>MENYAMBUNG ULANG…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>LIVE {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● REC {elapsed}</translation>
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
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Ruangan sepi</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>Pasar ramai</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Headphone</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>Normal itu lembut dan tidak membuat suaramu tipis; kuat menghapus suara kipas, lalu lintas, dan dengung, tapi bisa membuat suaramu tipis kalau ada orang bicara tepat di sebelahmu</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>Hilangkan gema dari speaker</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>Aku pakai headphone</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>Dengan headphone tidak ada suara yang masuk balik ke mikrofon, jadi peredam gema tetap mati.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>Jaga volume suaraku tetap stabil</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>Bisukan suara ruangan di sela kalimat</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>Sebelum dibersihkan</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>Sesudah dibersihkan</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>Dengar suaramu di headphone, seperti yang ditangkap mikrofon atau seperti yang didengar penonton</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>Level mikrofon sebelum dibersihkan</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>Level suara sesudah dibersihkan</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Peredam bising</translation>
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
        <translation>Mikrofonmu pecah (clipping): kecilkan volume input-nya.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>Hampir pecah: kecilkan sedikit volume input mikrofon.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>Menghilangkan gema dari co-host.</translation>
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
        <translation>minta bergabung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>Tampilkan {name} di slot kosong berikutnya</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>Tolak permintaan ini; mereka akan diberi tahu</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>Siarkan ke server WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Token bearer atau stream key (opsional)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Ingat token di keychain sistem</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>Masukkan alamat server, diawali https:// atau http://.</translation>
    </message>
</context>
</TS>
