<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>Liên kết gọi</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>Tên người mua (tùy chọn)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Tên người mua</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>Mã đơn hàng (tùy chọn)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Mã đơn hàng</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>Số cuộc gọi cho phép</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: liên kết dùng cho một cuộc gọi; nhiều hơn: liên kết dùng lâu dài</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 phút</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Hiệu lực trong</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Tạo liên kết</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>Tạo liên kết để người mua mở trên điện thoại và gọi cho bạn</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>Sao chép liên kết đã chọn vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>Vô hiệu hóa liên kết đã chọn</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Cho:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Đơn hàng:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Số cuộc gọi:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Hiệu lực:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>Chưa có ai gọi. Người mua gọi cho bạn từ liên kết gọi.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>Hình ảnh cuộc gọi của bạn</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>Những gì người mua thấy</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>Không có camera: chỉ âm thanh</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>Camera của người mua</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>Họ nghe micro của tôi</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>Họ nghe người đồng dẫn của tôi</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Tắt camera</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>Camera chính</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>Nguồn thứ hai…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>Hình ảnh cuộc gọi</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>Chuyển sang camera thứ hai hoặc tệp video để quay cận cảnh</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>Thẻ sản phẩm trong cuộc gọi</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>Hiện thẻ sản phẩm trên hình ảnh cuộc gọi (không bao giờ trên buổi live)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Ghi hình…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>Xin người mua đồng ý ghi hình; ghi hình bắt đầu khi họ đồng ý</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Gác máy</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Hình ảnh:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>Tin nhắn từ người mua</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Bất kỳ ai có liên kết</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>còn %n cuộc gọi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>còn %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>Nguồn thứ hai để quay cận cảnh</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Với {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>đã tắt tiếng</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>đã tắt camera</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>Người mua: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>Không có thẻ sản phẩm</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>Đang chờ người mua đồng ý ghi hình…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>Người mua đã đồng ý; đang bắt đầu ghi hình…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>Người mua không đồng ý ghi hình.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● Đang ghi hình (người mua đã đồng ý và thấy REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Dừng ghi hình</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>Người đồng dẫn</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>Mời người đồng dẫn</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>Tạo một liên kết cho một người đồng dẫn, có hiệu lực 30 phút. Họ chờ trong phòng chờ cho đến khi bạn duyệt.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Liên kết mời</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>Liên kết mời sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>Gửi liên kết này cho người đồng dẫn. Ngoài mạng này, hãy chia sẻ studio qua một đường hầm (xem hướng dẫn đồng dẫn).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Sao chép liên kết vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>Làm liên kết này hết hiệu lực</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>Liên kết bảng điều khiển</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>Tạo liên kết cho điện thoại hoặc máy tính của trợ lý: trong lúc bạn nói, trợ lý dùng nó để ghim sản phẩm, chạy flash sale, sửa tồn kho và trả lời bình luận.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>Liên kết bảng điều khiển của trợ lý</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>Liên kết bảng điều khiển của trợ lý hiện ở đây</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>Ai có liên kết này đều điều khiển được sản phẩm của buổi live: chỉ gửi cho trợ lý của bạn.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>Vô hiệu hóa liên kết bảng điều khiển; các bảng đang mở sẽ đóng ngay</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>Chưa mời ai. Mời người đồng dẫn bằng liên kết: họ chờ trong phòng chờ cho đến khi bạn cho vào.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>Phòng chờ</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>Chưa có ai chờ. Yêu cầu từ liên kết mời của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>Đang lên sóng</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>Một mình (chỉ người dẫn)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>Cạnh nhau (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Lưới</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>Hình trong hình</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>Cách người dẫn và người đồng dẫn chia khung hình</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>Tham gia làm người đồng dẫn…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>Gửi hình và tiếng của bạn tới buổi live của người dẫn khác, bằng liên kết mời họ gửi</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời đi</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>Rời buổi live của người dẫn khác</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>Bảng điều khiển của trợ lý</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>Trong buổi live của người khác</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Lời mời mới</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>Tham gia làm người đồng dẫn</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>Dán liên kết mời mà người dẫn gửi cho bạn:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>Tên của bạn, như người dẫn và người xem sẽ thấy:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>Đang xin người dẫn cho bạn vào…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>Đang chờ trong phòng chờ để người dẫn cho vào…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>Bạn đang ở trong buổi live của người dẫn khác.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>Đang kết nối lại với buổi live kia…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>Người dẫn đã từ chối yêu cầu của bạn.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>Người dẫn đã đưa bạn ra khỏi buổi live.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>Bạn đã rời buổi live kia.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>Chọn cột của danh mục</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>Mã sản phẩm (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Tên sản phẩm</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>Giá trước giảm</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>Cột tiền tệ</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Liên kết sản phẩm</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>Phân loại (kích cỡ, màu)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>Dòng ghi tên các cột; các dòng phía trên bị bỏ qua</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>trang tính “{sheet}”, tiêu đề ở dòng {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>tiêu đề ở dòng {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>Cho biết cột nào trong {file} ({where}) chứa từng thông tin. Seller Studio ghi nhớ lựa chọn của bạn và đọc các tệp có cùng cột mà không hỏi lại.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— không có trong tệp này —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Tiền tệ của giá</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>Tiền tệ cho các dòng có cột tiền tệ trống, hoặc cho mọi dòng khi tệp không có cột tiền tệ (mã ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>Giá tính bằng</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Các dòng đầu của tệp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Các dòng đầu:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>Chọn cột cho: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>Chọn tiền tệ của giá (mã ISO 4217 như USD hoặc MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>Bình luận của người xem sẽ hiện ở đây khi bạn phát trực tiếp.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>Cuộn tới bình luận mới nhất</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>Hiện lên màn hình</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Chốt đơn</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Đã lọc</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Đã giữ hàng</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Spam dồn dập</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Viết hoa toàn bộ</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Từ bị chặn</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Đã chặn</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>Những gì bộ lọc đã ẩn khỏi người xem: spam, bình luận dồn dập, từ bị chặn, người xem bị tắt tiếng</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ chọn bình luận · Enter gửi câu trả lời nháp · P hiện lên màn hình</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Gửi bản nháp</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>Gửi câu trả lời nháp tới mọi người xem (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>Đưa bản nháp vào ô trả lời để sửa trước</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>Hiện bình luận đã chọn lên hình (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Gỡ xuống</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>Gỡ bình luận khỏi màn hình</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>Ghim sản phẩm</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>Ghim sản phẩm mà bình luận này nhắc tới</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>Xác nhận lượt chốt đã chọn thành đơn hàng</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Hủy chốt đơn</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>Hủy lượt chốt này; số lượng trả về kho và danh sách chờ được lên</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>Tắt tiếng hoặc chặn người viết bình luận đã chọn</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Tắt tiếng 10 phút</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>Chặn trong buổi live này</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>Tự động gửi</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>Tự động gửi câu trả lời nháp, theo từng loại câu hỏi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>Size và màu</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>Trả lời chốt đơn</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>Trả lời mọi người…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Trả lời mọi người</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>Câu trả lời của bạn hiện trong bình luận của mọi người xem, được đánh dấu là của người dẫn</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Gửi câu trả lời (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n bình luận mới</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>Câu trả lời của bạn, gửi lúc {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>Đã ẩn khỏi người xem ({reason}); {name} vẫn thấy</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} lúc {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>Trên màn hình — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Chủ live</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Trên màn hình</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>Sửa điểm phát</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Thêm điểm phát</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>vd. Shop TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>Định dạng buổi live</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Ngang 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>Dọc 9:16 (điện thoại)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Không đổi (lưu trong keychain)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>Dán stream key</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Stream key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Khung hình</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>Đặt tên cho điểm phát, vd. “Shop TikTok”.</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>URL máy chủ bắt đầu bằng rtmp:// hoặc rtmps:// — sao chép từ phần cài đặt phát trực tiếp của nền tảng.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>Dán stream key từ nền tảng.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>Stream key có dấu cách; hãy sao chép lại từ nền tảng.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Đang live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · rớt {n}</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Điểm phát</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>Nút Phát trực tiếp cũng gửi buổi live tới mọi điểm phát đang bật. Stream key được lưu trong keychain của hệ thống và không bao giờ hiện ra.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Gửi tới {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>Làm đẹp</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>Thiếu sáng</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>Cân bằng trắng</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Giảm nhiễu</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Làm nét</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Làm mịn da</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>Làm sáng phòng tối mà không làm cháy sáng phòng sáng</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>Loại bỏ ám vàng hoặc ám xanh để sản phẩm hiện đúng màu</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>Giảm hạt nhiễu mà camera tạo ra khi thiếu sáng</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>Viền và chữ trên sản phẩm sắc nét hơn</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>Làm mịn da mà vẫn giữ mắt, tóc và sản phẩm sắc nét</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>Tự động (theo căn phòng)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>Tự chọn thiếu sáng, cân bằng trắng, giảm nhiễu và làm nét dựa trên chính hình ảnh; làm mịn da giữ nguyên mức bạn đặt.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Tự nhiên</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>Phòng sáng</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Làm đẹp da</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>Hiện hình camera nguyên bản</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>tự động {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>Làm đẹp tốn {ms:.1f} ms mỗi khung hình.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Bỏ qua hướng dẫn</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>Chất lượng kết nối</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>Mức micro</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>Mức {rms:.0f} dBFS, đỉnh {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>QUÁ MỨC</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, 2 phút gần nhất</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>mất {pct:.1f}%</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>khứ hồi {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>mất gói {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>dao động {ms:.0f} ms</translation>
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
        <translation>đứng hình {ms:.0f} ms</translation>
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
        <translation>Vùng an toàn</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>Live dọc: giữ lớp phủ tránh nút bấm và bình luận của ứng dụng này</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>Ứng dụng mua sắm bất kỳ</translation>
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
        <translation>Không có vùng điện thoại</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>Hiện khung hình còn lại</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>Xem trước hình thứ hai (16:9 hoặc 9:16) của buổi live hai khung hình</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Trước / sau</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>So sánh hình camera gốc (trái) với hình đã làm đẹp (phải)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>Vùng an toàn</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>Hiện lề an toàn cho chữ và khung cắt 9:16 ở giữa mà điện thoại nhìn thấy</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Quay lại ngay</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>Buổi live sẽ tiếp tục trong giây lát</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Đang mở camera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Nhập danh mục…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Mở kịch bản…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Mở thư mục bản ghi</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Buổi live</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>Phát trực tiếp / Kết thúc</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>Tập dượt / Dừng ghi</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>Khán giả tập dượt</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>Người xem giả lập bình luận bằng năm ngôn ngữ khi bạn tập dượt</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>Hiện sản phẩm {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>Gỡ sản phẩm</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Sản phẩm tiếp theo</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Sản phẩm trước</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Đặt lại bố cục</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>Xem hướng dẫn</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Giới thiệu Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>Đã hủy phát trực tiếp.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Kết thúc buổi live?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>Người xem sẽ thấy buổi live kết thúc.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Đã lưu bản ghi vào {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>Hình: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>Tiếng: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Phát trực tiếp</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>Khi sẵn sàng, bắt đầu buổi live ở đây. Có đếm ngược 3-2-1 để bạn chuẩn bị; Ctrl+L cũng vậy.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Tập dượt</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>Tập trước đã: ghi chương trình ra tệp mà không phát trực tiếp, để bạn xem lại chính mình.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>Nhập danh mục của bạn, hoặc thử sản phẩm mẫu, rồi hiện một sản phẩm để thẻ của nó xuất hiện trên màn hình (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
Studio chạy trên máy cho người bán hàng livestream.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Đang hoàn tất bản ghi…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>Đang kết thúc buổi live…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>Không tìm thấy camera.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>Không mở được camera {name}: có thể ứng dụng khác đang dùng.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>Camera {name} đã mở nhưng không có hình.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>Không tìm thấy camera: đang hiện cảnh mẫu. Hãy cắm camera rồi chọn trong Nguồn.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} Đang hiện cảnh mẫu thay thế.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>Không tìm thấy micro: đang ghi im lặng. Hãy cắm micro rồi chọn trong Nguồn.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} Đang ghi im lặng thay thế.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>Tệp video {name} không tồn tại.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>Không giải mã được tệp video {name}.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>Tệp video {name} đã phát hết.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>Thu âm đang tắt: chưa cài thư viện PortAudio (trên Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>Thu âm đang tắt: chưa cài gói sounddevice.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>Thu âm đang tắt.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Không tìm thấy micro.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>Không mở được micro “{name}”: có thể ứng dụng khác đang dùng.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>Micro “{name}” đã ngừng: người xem nghe im lặng cho đến khi micro trở lại.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>Micro “{name}” đã trở lại.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} đã ngừng gửi hình.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Im lặng</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Cảnh mẫu</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Âm báo mẫu</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} đã hết hàng; hãy đặt tồn kho trước khi bắt đầu flash sale.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>Kịch bản có sản phẩm không có trong danh mục: {ids}. Nút tiếp theo và trước sẽ bỏ qua chúng.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>Hãy ghim hoặc chọn một sản phẩm để bắt đầu flash sale.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>Không có sản phẩm {id} trong danh mục.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>Hãy đặt giá khuyến mãi cho {title} trước.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>Giá khuyến mãi {price} không phải là số.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>Giá khuyến mãi của {title} phải thấp hơn giá hiện tại ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>Flash sale của {title} đã bán hết.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>Flash sale của {title} đã kết thúc.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>Không ghi được vào thư mục bản ghi {folder}: hãy chọn thư mục khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>Ổ đĩa đã đầy (còn {free} MB): hãy giải phóng dung lượng hoặc chọn thư mục bản ghi khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>Không ghi được bản ghi {name}: hãy chọn thư mục bản ghi khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>Bản ghi đã dừng: không ghi tiếp được vào tệp. Phần đã ghi đến giờ được lưu trong {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>Ổ đĩa sắp đầy nên bản ghi đã dừng; buổi live vẫn tiếp tục. Phần đã ghi đến giờ được lưu trong {name}: hãy giải phóng dung lượng để ghi tiếp.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} Người xem thấy “Quay lại ngay” cho đến khi hình trở lại, hoặc chọn hình khác trong Nguồn.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} đã trở lại trên hình.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>Tin nhắn trước</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index}/{count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>Những gì người xem thấy</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>Xem trước chương trình</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>Đang khởi động hình…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Nhập danh mục…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>Tải sản phẩm từ tệp CSV, Excel (.xlsx) hoặc JSON, hoặc tệp xuất từ TikTok Shop, Shopee hay Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Tìm sản phẩm</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>Chỉ hiện sản phẩm có tên hoặc mã chứa đoạn chữ này</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Trên màn hình</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>Nhấp đúp vào sản phẩm, hoặc nhấn Enter, để hiện thẻ của nó lên màn hình</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>Thử với sản phẩm mẫu</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>Tải bảy sản phẩm mẫu và hiện sản phẩm đầu tiên lên màn hình</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>Hiện thẻ của sản phẩm đã chọn lên màn hình (Ctrl+1…9 hiện chín sản phẩm đầu danh sách)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Gỡ xuống</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>Gỡ thẻ sản phẩm khỏi màn hình (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Trên trái</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Trên phải</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Dưới trái</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Dưới phải</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>Góc của khung hình nơi đặt thẻ sản phẩm</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>Góc thẻ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>Flash sale kéo dài bao lâu ({low}–{high} giây)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>Thời lượng flash sale</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Bắt đầu flash sale</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>Hiện đồng hồ đếm ngược flash sale trên màn hình</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>Flash sale:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Nhập danh mục sản phẩm</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Danh mục (*.csv *.xlsx *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>Chưa có danh mục. Hãy nhập tệp CSV, Excel hoặc JSON có các cột id, title, price và currency (image, url, stock và original_price không bắt buộc), hoặc tệp sản phẩm xuất từ TikTok Shop, Shopee hay Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n sản phẩm</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>Đọc cột theo tệp {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>Đọc cột theo lựa chọn của bạn cho các tệp như thế này</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Hết hàng</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Chỉ còn %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>Còn %n trong kho</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>Mã: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>Không có ảnh: thẻ hiện ảnh thay thế.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>Bỏ qua %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(rê chuột để xem chi tiết)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>Danh mục này không có sản phẩm dùng được. Hãy sửa các dòng liệt kê bên dưới rồi nhập lại.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>Không có sản phẩm nào khớp “{text}”.</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>Đồng hồ kết nối cho phần tải lên của bạn, từng người đồng dẫn và người xem sẽ hiện ở đây khi bạn phát trực tiếp.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>Biểu đồ 2 phút gần nhất: khứ hồi (xanh dương, nét liền), mất gói (đỏ, nét đứt), bitrate (xanh lá, chấm chấm).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>Lượng bộ mã hóa thích ứng đang gửi tới máy chủ WHIP</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Tải lên</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Kết nối lại</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>Kết nối sau</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>Khung bị bỏ qua</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Bộ mã hóa</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms mỗi khung hình</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s ở {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>Bộ mã hóa H.264 cho hình ảnh phát trực tiếp và bản ghi. Bộ mã hóa phần cứng được thử khi khởi động; nếu không cái nào hoạt động, x264 chạy trên bộ xử lý.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}, phần cứng</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}, phần mềm</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>Không dùng được trên máy này: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>đang đo…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>rất tốt</translation>
    </message>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>kém</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>rất kém</translation>
    </message>
    <message>
        <source>down</source>
        <translation>mất kết nối</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Báo cáo tập dượt</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>Tạo báo cáo tập dượt cho {name}? Báo cáo cho thấy ánh sáng, âm thanh, sản phẩm và bình luận theo thời gian, kèm những gì cần sửa.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Tạo báo cáo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Đang phân tích {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>Không có camera: chỉ âm thanh</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Chưa có hình</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Nghe máy</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>Nghe máy: cuộc gọi diễn ra bên cạnh buổi live, không bao giờ ở trong đó</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>Từ chối cuộc gọi; người mua có thể để lại tin nhắn</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Đã chờ {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Mở kịch bản…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>Mở kịch bản: danh mục, thứ tự, ý chính và khuyến mãi</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>Lưu thứ tự, ý chính và khuyến mãi cùng buổi live (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>Kéo để đổi thứ tự; nhấp đúp hoặc nhấn Enter để đưa sản phẩm lên màn hình; Delete để bỏ khỏi kịch bản</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Thêm sản phẩm</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>Thêm sản phẩm trong danh mục chưa có trong kịch bản vào cuối</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>Chưa có sản phẩm. Hãy nhập danh mục hoặc mở kịch bản.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>Đưa sản phẩm trước đó lên màn hình (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>Đưa sản phẩm tiếp theo trong danh sách lên màn hình (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Ý chính</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>Những điều cần nói về sản phẩm này: chỉ bạn thấy.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>Ghi chú của bạn cho sản phẩm này, chữ lớn. Người xem không bao giờ thấy.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Giá khuyến mãi</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>Giá trong thời gian khuyến mãi; thẻ hiển thị giá cũ bị gạch</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>Số lượng giá khuyến mãi</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>Bao nhiêu sản phẩm bán với giá khuyến mãi; khuyến mãi kết thúc khi được chốt hết</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>Thời lượng khuyến mãi</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>Khuyến mãi kéo dài bao lâu ({low}–{high} giây)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>Chuyển sang sản phẩm tiếp theo</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>Giữ sản phẩm này</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>Khi khuyến mãi kết thúc</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>Điều gì xảy ra khi hết giờ hoặc bán hết</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Bắt đầu khuyến mãi</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>Đưa sản phẩm này lên màn hình với giá khuyến mãi và đếm ngược</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>Dừng khuyến mãi</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>Kết thúc khuyến mãi ngay: giá trở lại, sản phẩm vẫn hiển thị</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Giá khuyến mãi:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Số lượng:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Thời lượng:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>Khi kết thúc:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Mở kịch bản</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>Kịch bản (*.json);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>Kịch bản (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>Đưa lên màn hình</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>Bỏ khỏi kịch bản</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>Mọi sản phẩm đã có trong kịch bản</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Trên màn hình</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>không có trong danh mục</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>Ý chính: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>Hiện tại {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>Giá khuyến mãi “{text}” không phải là số.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>Khuyến mãi {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>còn {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>còn %n sản phẩm</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Kịch bản mới</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>Chưa lưu: Lưu kịch bản sẽ giữ thứ tự</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>Hình</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Tiếng</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Ghi hình</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>Phát trực tiếp</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Nguồn hình</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Chiều rộng hình</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Chiều cao hình</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>khung hình mỗi giây</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>Giá và ngày trong hình</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>định dạng vùng cho giá và ngày vẽ trong hình, ví dụ en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Độ khuếch đại micro</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Thư mục bản ghi</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>nơi lưu các buổi tập dượt</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>Mức tốc độ ghi</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>preset x264 cho bản ghi tập dượt: preset nhanh hơn tốn ít CPU hơn nhưng tệp lớn hơn</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>Chất lượng ghi (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>hệ số chất lượng cố định của x264: càng thấp chất lượng càng tốt và tệp càng lớn</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>Tự điều chỉnh tải lên theo kết nối</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>để bộ mã hóa live theo kịp đường tải lên (giảm bitrate trước, rồi 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>Cổng máy chủ riêng của studio</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>cổng của máy chủ tích hợp (trang xem, WHIP/WHEP); 0 để hệ thống tự chọn</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>Thư mục tệp bình luận</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>intents.toml, answers.toml, rules.toml và blocked-words.txt của bạn; được đọc khi thư mục tồn tại</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>ngôn ngữ của cửa sổ; để trống thì theo hệ thống</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>Đã xem hướng dẫn lần đầu</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>Hiện vùng an toàn</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>lề an toàn cho chữ và khung cắt 9:16 trên bản xem trước</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>Cài đặt được lưu ở {settings}; nhật ký được lưu ở {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>Mức micro của họ</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>Tắt tiếng người đồng dẫn này trong chương trình (họ vẫn ở trên màn hình)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Mời ra</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>Đưa người đồng dẫn này ra khỏi buổi live; liên kết của họ hết hiệu lực</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>Vị trí {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Trống</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>Đang kết nối lại… (giữ chỗ 30 giây)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Đã tắt tiếng</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Đang lên sóng</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Bật tiếng</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>Kết nối: chưa có hình</translation>
    </message>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>tạm được</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>kém</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>không có hình</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>Kết nối: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>Đã nhận %n khung hình</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>Hình: camera, cảnh mẫu hoặc tệp video</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (dọc 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Kích thước hình</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Tốc độ khung hình</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>Cả hai khung hình</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>Đồng thời tạo khung hình còn lại (9:16 cho điện thoại, hoặc 16:9)</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>Theo khuôn mặt tôi</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>Giữ khuôn mặt bạn ở một phần ba phía trên khung hình khi bạn di chuyển</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>Phóng to hình từ camera</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>Dịch hình sang trái hoặc phải (khi không theo khuôn mặt)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Dịch</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>Độ khuếch đại micro tính bằng dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Độ khuếch đại micro</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>Tiếng bị rè: hãy giảm độ khuếch đại micro.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Hình</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Bố cục khung hình</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>Khuếch đại mic</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Cảnh mẫu</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Tệp video…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>Camera {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Micro mặc định</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Âm báo mẫu</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Không dùng micro</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Chọn tệp video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>Video (*.mp4 *.mkv *.mov *.webm *.avi);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>Mất hình: người xem thấy “Quay lại ngay” cho đến khi hình trở lại.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>Đang hiện: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>Điều khiển buổi live</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>Máy chủ WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>Phát từ máy tính này: người xem mở trang xem trong trình duyệt.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>Phát tới bất kỳ máy chủ WHIP nào (dịch vụ tương thích OBS, LiveKit, Cloudflare, MediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>Chỉ nền tảng</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>Chỉ gửi buổi live tới các điểm phát RTMP của bạn (TikTok, Shopee, Lazada, YouTube, Facebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>Nơi nút Phát trực tiếp gửi buổi live của bạn tới</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Điểm phát…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>Các nền tảng mà nút Phát trực tiếp cũng gửi buổi live tới qua RTMP(S): TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>Đo tốc độ tải lên tới đích đã chọn (khoảng 10 giây) và gợi ý chất lượng</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Phát trực tiếp</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>Bắt đầu buổi live (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>Tình trạng kết nối của buổi live</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>Số người đang xem</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Tập dượt</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>Ghi chương trình ra tệp mà không phát trực tiếp (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Đầu ra:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>Hủy ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>Kết thúc buổi live (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>Nền tảng {live}/{total} đang live</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>Điểm phát ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>Kết nối: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n người đang xem</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Dừng ghi</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>ĐANG KẾT NỐI…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>ĐANG KẾT NỐI LẠI… {seconds:.0f} giây</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>ĐANG KẾT NỐI LẠI…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>TRỰC TIẾP {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● GHI {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>Giọng nói</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Phòng yên tĩnh</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>Chợ ồn ào</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Tai nghe</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Mạnh</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>Mức thường nhẹ nhàng và không làm giọng bạn mỏng đi; mức mạnh loại bỏ tiếng quạt, xe cộ và tiếng ù, nhưng có thể làm giọng mỏng đi khi có người nói ngay bên cạnh</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>Khử tiếng vọng từ loa</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>Tôi đeo tai nghe</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>Khi đeo tai nghe, không có âm thanh nào lọt ngược vào micro, nên khử tiếng vọng vẫn tắt.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>Giữ giọng tôi ở mức ổn định</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>Tắt tiếng phòng giữa các câu nói</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>Trước khi lọc</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>Sau khi lọc</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>Nghe chính mình qua tai nghe, như micro nghe thấy hoặc như người xem sẽ nghe</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>Mức micro trước khi lọc</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>Mức giọng sau khi lọc</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Cài sẵn</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Khử ồn</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>Micro của bạn đang bị vỡ tiếng: hãy giảm âm lượng đầu vào.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>Sắp vỡ tiếng: hãy giảm âm lượng đầu vào của micro một chút.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>Đang khử tiếng vọng của người đồng dẫn.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>Chưa có hình</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>xin tham gia</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>Đưa {name} lên sóng ở vị trí trống tiếp theo</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>Từ chối yêu cầu; họ sẽ được báo</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>Phát tới máy chủ WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer token hoặc stream key (tùy chọn)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Ghi nhớ token trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>Nhập địa chỉ máy chủ, bắt đầu bằng https:// hoặc http://.</translation>
    </message>
</context>
</TS>
