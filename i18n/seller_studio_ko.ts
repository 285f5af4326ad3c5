<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>통화 링크</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>구매자 이름(선택)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>구매자 이름</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>주문 번호(선택)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>주문 번호</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>허용 통화 수</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: 한 번만 통화할 수 있는 링크, 그 이상: 상시 링크</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>링크 만들기</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>구매자가 휴대폰에서 열어 나에게 영상 통화를 걸 수 있는 링크를 만듭니다</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>선택한 링크를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>선택한 링크를 더 이상 쓸 수 없게 합니다</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>주문:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>통화 수:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>유효 기간:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>수신 통화</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>걸려 온 통화가 없습니다. 구매자는 통화 링크로 전화를 겁니다.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>통화 중</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>내 통화 화면</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>구매자가 보는 화면</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>카메라 없음: 음성만</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>구매자의 카메라</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>상대가 내 마이크를 듣습니다</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>상대가 공동 진행자를 듣습니다</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>카메라 끄기</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>메인 카메라</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>두 번째 소스…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>통화 화면</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>세부를 보여 주기 위해 두 번째 카메라나 동영상 파일로 바꿉니다</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>통화 중 상품 카드</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>통화 화면에만 상품 카드를 표시합니다(방송에는 나오지 않음)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>녹화…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>구매자에게 녹화 동의를 요청합니다. 동의하면 녹화가 시작됩니다</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>끊기</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>화면:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>상품:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>구매자 메시지</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>주문 {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>링크가 있는 누구나</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>통화 %n회 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n분 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>세부를 보여 줄 두 번째 소스</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>동영상 (*.mp4 *.mkv *.mov *.webm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>{name} 님과 통화 중</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>음소거됨</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>카메라 꺼짐</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>구매자: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>상품 카드 없음</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>구매자의 녹화 동의를 기다리는 중…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>구매자가 동의했습니다. 녹화를 시작하는 중…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>구매자가 녹화에 동의하지 않았습니다.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● 녹화 중(구매자가 동의했고 REC 표시를 봅니다)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>녹화 중지</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>공동 진행자</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>공동 진행자 초대</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>공동 진행자 한 명을 위한 링크를 만듭니다(30분 동안 유효). 승인할 때까지 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>초대 링크</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>초대 링크가 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>이 링크를 공동 진행자에게 보내세요. 이 네트워크 밖에서는 터널로 스튜디오를 공유하세요(공동 진행자 가이드 참고).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>링크를 클립보드에 복사</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>이 링크를 더 이상 쓸 수 없게 합니다</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>덱 링크</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>어시스턴트의 휴대폰이나 컴퓨터용 링크를 만듭니다. 당신이 말하는 동안 상품 고정, 타임 세일, 재고 수정, 댓글 답장을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>어시스턴트 덱 링크</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>어시스턴트 덱 링크가 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>이 링크를 가진 사람은 누구나 방송 상품을 다룰 수 있습니다. 어시스턴트에게만 보내세요.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>덱 링크를 더 이상 작동하지 않게 합니다. 열려 있는 덱은 즉시 닫힙니다</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>아직 초대한 사람이 없습니다. 링크로 공동 진행자를 초대하면 입장을 허락할 때까지 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>대기실</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>기다리는 사람이 없습니다. 초대 링크로 온 요청이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>출연 중</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>단독(진행자만)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>나란히(PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>화면 속 화면</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>진행자와 공동 진행자가 화면을 나누는 방식</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>공동 진행자로 참여…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>받은 초대 링크로 내 영상과 소리를 다른 진행자의 방송에 보냅니다</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>다른 진행자의 방송에서 나가기</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>어시스턴트 덱</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>레이아웃:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>다른 진행자의 방송</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>새 초대</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>공동 진행자로 참여</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>진행자가 보낸 초대 링크를 붙여 넣으세요:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>진행자와 시청자에게 보일 이름:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>진행자에게 입장을 요청하는 중…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>대기실에서 진행자의 입장 허락을 기다리는 중…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>다른 진행자의 방송에 출연 중입니다.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>다른 방송에 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>진행자가 요청을 거절했습니다.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>진행자가 나를 방송에서 내보냈습니다.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>다른 방송에서 나왔습니다.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>카탈로그 열 선택</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>상품 ID(SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>상품명</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>할인 전 가격</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>통화 열</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>상품 링크</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>옵션(사이즈, 색상)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>열 이름이 적힌 행. 그 위의 행은 무시됩니다</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>시트 “{sheet}”, 머리글은 {line}번째 줄</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>머리글은 {line}번째 줄</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>{file}({where})의 어느 열에 각 정보가 있는지 선택하세요. Seller Studio가 선택을 기억하고 같은 열을 가진 파일은 다시 묻지 않고 읽습니다.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— 이 파일에 없음 —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>가격의 통화</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>통화 열이 비어 있는 행, 또는 파일에 통화 열이 없으면 모든 행에 쓰는 통화(ISO 4217 코드)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>가격 통화</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>파일의 첫 행들</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>첫 행:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>다음 열을 선택하세요: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>가격의 통화를 선택하세요(USD, MYR 같은 ISO 4217 코드).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>방송 중에는 시청자 댓글이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>최신 댓글로 이동</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>화면에 표시</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>구매 신청</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>필터됨</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>대기 명단</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>도배</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>대문자 도배</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>금지어</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>채팅 금지됨</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>관리 기능이 시청자에게서 숨긴 것: 스팸, 도배, 금지어, 채팅 금지된 시청자</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ 댓글 선택 · Enter 초안 보내기 · P 화면에 표시</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>초안 보내기</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>작성된 답변을 모든 시청자에게 보냅니다 (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>먼저 고칠 수 있도록 초안을 답장 칸에 넣습니다</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>선택한 댓글을 화면에 표시합니다 (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>표시 해제</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>댓글을 화면에서 내립니다</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>상품 고정</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>이 댓글이 말하는 상품을 고정합니다</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>선택한 구매 신청을 주문으로 확정합니다</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>구매 신청 취소</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>구매 신청을 취소합니다. 수량은 재고로 돌아가고 대기 명단이 앞당겨집니다</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>시청자</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>선택한 댓글 작성자를 채팅 금지하거나 차단합니다</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>10분 채팅 금지</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>이번 방송 동안 차단</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>자동 보내기</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>질문 종류별로 작성된 답변을 자동으로 보냅니다</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>사이즈와 색상</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>구매 신청 답변</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>모두에게 답글…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>모두에게 답글</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>답글은 모든 시청자의 댓글 창에 진행자 답글로 표시됩니다</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>답글 보내기(Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ 새 댓글 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>내 답글, {time}에 보냄</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>시청자에게 숨김({reason}). {name} 님에게는 계속 보입니다</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}, {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>화면에 표시 중 — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>진행자</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>화면 표시 중</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변함</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>송출 대상 편집</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>송출 대상 추가</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>예: TikTok 숍</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>방송 형식</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>가로 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>세로 9:16(휴대폰)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>변경 안 함(키체인에 보관됨)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>스트림 키 붙여넣기</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>스트림 키</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>서버 URL</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>송출 대상의 이름을 정하세요. 예: “TikTok 숍”.</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>서버 URL은 rtmp:// 또는 rtmps://로 시작합니다. 플랫폼의 스트리밍 설정에서 복사하세요.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>플랫폼의 스트림 키를 붙여넣으세요.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>스트림 키에 공백이 있습니다. 플랫폼에서 다시 복사하세요.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>방송 중</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>다시 연결 중…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · {n}개 누락</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>송출 대상</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>라이브 시작 시 켜져 있는 모든 송출 대상에도 방송을 보냅니다. 스트림 키는 시스템 키체인에 보관되며 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>{name}(으)로 보내기</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>저조도 보정</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>화이트 밸런스</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>노이즈 제거</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>선명하게</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>피부 보정</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>밝은 방은 하얗게 날리지 않으면서 어두운 방을 밝게 합니다</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>노랗거나 푸른 색감을 없애 상품을 실제 색으로 보여 줍니다</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>어두운 곳에서 카메라에 생기는 노이즈를 줄입니다</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>윤곽과 상품 글씨를 더 선명하게</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>눈, 머리카락, 상품은 선명하게 두고 피부만 부드럽게</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>자동(방에 맞게 조정)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>영상에 맞춰 저조도 보정, 화이트 밸런스, 노이즈 제거, 선명하게를 자동으로 고릅니다. 피부 보정은 설정한 대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>자연스럽게</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>밝은 방</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>뷰티</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>카메라 영상을 그대로 표시</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>자동 {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>보정에 프레임당 {ms:.1f}ms가 걸립니다.</translation>
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
        <translation>완료</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>둘러보기 건너뛰기</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>폴더 선택</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>연결 품질</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>마이크 음량</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>음량 {rms:.0f} dBFS, 피크 {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>클리핑</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, 최근 2분</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>손실 {pct:.1f}%</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>왕복 {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>패킷 손실 {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>지터 {ms:.0f} ms</translation>
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
        <translation>멈춤 {ms:.0f} ms</translation>
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
        <translation>안전 영역</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>세로 방송: 오버레이가 이 앱의 버튼과 댓글을 가리지 않게 합니다</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>모든 쇼핑 앱</translation>
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
        <translation>휴대폰 영역 없음</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>다른 비율 보기</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>듀얼 방송의 두 번째 화면(16:9 또는 9:16)을 미리 봅니다</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>보정 전 / 후</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>원본 카메라 영상(왼쪽)과 보정된 영상(오른쪽) 비교</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>안전 영역</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>제목 안전 여백과 휴대폰에서 보이는 가운데 9:16 영역 표시</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>곧 돌아옵니다</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>방송이 곧 이어집니다</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>카메라를 여는 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>카탈로그 가져오기…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>진행표 열기…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>진행표 저장</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>녹화 폴더 열기</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>방송(&amp;S)</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>라이브 시작 / 라이브 종료</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>리허설 / 녹화 중지</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>연습용 시청자</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>리허설하는 동안 가상 시청자가 다섯 가지 언어로 댓글을 답니다</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>상품 {n} 표시</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>상품 표시 해제</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>다음 상품</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>이전 상품</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>레이아웃 초기화</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>둘러보기 보기</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Seller Studio 정보</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>라이브 시작을 취소했습니다.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>방송을 끝낼까요?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>시청자에게 방송 종료가 표시됩니다.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>라이브 종료</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>계속하기</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>녹화를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>영상: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>소리: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>라이브 시작</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>준비가 되면 여기서 방송을 시작하세요. 3-2-1 카운트다운이 있고, Ctrl+L도 같은 기능입니다.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>리허설</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>먼저 연습해 보세요: 라이브 없이 방송을 파일로 녹화하니 나중에 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>카탈로그를 가져오거나 데모 상품으로 시작한 뒤, 상품을 표시해 화면에 상품 카드를 띄우세요(Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
라이브 커머스 진행자를 위한 로컬 스튜디오.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>녹화를 마무리하는 중…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>방송을 끝내는 중…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>카메라를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>카메라 {name}을(를) 열 수 없습니다: 다른 앱이 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>카메라 {name}이(가) 열렸지만 영상이 나오지 않습니다.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>카메라를 찾을 수 없습니다: 데모 화면을 보여 주는 중입니다. 카메라를 연결하고 &apos;소스&apos;에서 선택하세요.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} 대신 데모 화면을 보여 줍니다.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>마이크를 찾을 수 없습니다: 무음을 녹음하는 중입니다. 마이크를 연결하고 &apos;소스&apos;에서 선택하세요.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} 대신 무음을 녹음합니다.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>동영상 파일 {name}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>동영상 파일 {name}을(를) 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>동영상 파일 {name}의 재생이 끝났습니다.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>소리 입력이 꺼져 있습니다: PortAudio 라이브러리가 설치되지 않았습니다(Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>소리 입력이 꺼져 있습니다: sounddevice 패키지가 설치되지 않았습니다.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>소리 입력이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>마이크를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>마이크 &apos;{name}&apos;을(를) 열 수 없습니다: 다른 앱이 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>마이크 “{name}”이(가) 멈췄습니다. 다시 연결될 때까지 시청자에게는 무음이 전달됩니다.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>마이크 “{name}”이(가) 다시 연결되었습니다.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name}에서 화면이 더 이상 들어오지 않습니다.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>무음</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>데모 화면</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>데모 신호음</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} 품절입니다. 타임 세일을 시작하기 전에 재고를 설정하세요.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>진행표에 카탈로그에 없는 상품이 있습니다: {ids}. 다음과 이전에서 건너뜁니다.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>타임 세일을 시작하려면 상품을 고정하거나 선택하세요.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>카탈로그에 상품 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>먼저 {title}의 세일 가격을 정하세요.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>세일 가격 {price}은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>{title}의 세일 가격은 현재 가격({price})보다 낮아야 합니다.</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>{title} 타임 세일이 매진되었습니다.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>{title} 타임 세일이 끝났습니다.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>녹화 폴더 {folder}에 쓸 수 없습니다. 설정에서 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>디스크가 가득 찼습니다(남은 공간 {free} MB). 공간을 확보하거나 설정에서 다른 녹화 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>녹화 파일 {name}을(를) 쓸 수 없습니다. 설정에서 다른 녹화 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>녹화가 멈췄습니다. 파일에 더 이상 쓸 수 없습니다. 지금까지 녹화된 내용은 {name}에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>디스크 공간이 거의 없어 녹화를 멈췄습니다. 방송은 계속됩니다. 지금까지 녹화된 내용은 {name}에 저장되어 있습니다. 공간을 확보하면 다시 녹화할 수 있습니다.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} 화면이 돌아올 때까지 시청자에게는 “곧 돌아옵니다”가 보입니다. 소스에서 다른 화면을 선택할 수도 있습니다.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} 화면이 다시 나옵니다.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>이전 메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
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
        <translation>시청자에게 보이는 화면</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>방송 미리보기</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>화면을 시작하는 중…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>보정 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>보정 후</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>카탈로그 가져오기…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>CSV, Excel(.xlsx), JSON 파일 또는 TikTok Shop, Shopee, Lazada 내보내기 파일에서 상품 불러오기</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>이름 또는 ID로 검색</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>이름이나 ID에 이 글자가 들어간 상품만 표시</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>화면에 표시 중</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>상품을 더블클릭하거나 Enter 키를 누르면 상품 카드가 화면에 표시됩니다</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>데모 상품으로 해 보기</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>샘플 상품 7개를 불러오고 첫 상품을 화면에 표시합니다</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>선택한 상품의 카드를 화면에 표시(Ctrl+1…9는 목록의 처음 9개 상품 표시)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>표시 해제</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>상품 카드를 화면에서 내림(Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>왼쪽 위</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>오른쪽 위</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>왼쪽 아래</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>오른쪽 아래</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>상품 카드가 놓일 화면 모서리</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>카드 위치</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>타임 세일 진행 시간({low}–{high}초)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>타임 세일 시간</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>타임 세일 시작</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>화면에 타임 세일 카운트다운 표시</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>카드:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>타임 세일:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>상품 카탈로그 가져오기</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>카탈로그 (*.csv *.xlsx *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>아직 카탈로그가 없습니다. id, title, price, currency 열이 있는 CSV, Excel, JSON 파일(image, url, stock, original_price는 선택) 또는 TikTok Shop, Shopee, Lazada에서 내보낸 상품 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>상품 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>{layout} 파일로 열을 읽었습니다</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>이런 파일에 대해 선택한 대로 열을 읽었습니다</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>품절</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>%n개 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>재고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>사진 없음: 카드에 대체 이미지가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n행 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(마우스를 올리면 자세히)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>이 카탈로그에는 쓸 수 있는 상품이 없습니다. 아래 행을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>&quot;{text}&quot;와(과) 일치하는 상품이 없습니다.</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>라이브를 시작하면 업로드, 각 공동 진행자, 시청자의 연결 상태가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>그래프는 최근 2분: 왕복 시간(파란 실선), 손실(빨간 파선), 비트레이트(초록 점선).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>적응형 인코더가 지금 WHIP 서버로 보내는 양</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>업로드</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>재연결</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>연결 시간</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>방송</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>건너뛴 프레임</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>프레임당 {ms:.1f}ms</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s, {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>라이브 화면과 녹화에 쓰는 H.264 인코더입니다. 시작할 때 하드웨어 인코더를 시도하고, 모두 작동하지 않으면 프로세서에서 x264를 사용합니다.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}, 하드웨어</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}, 소프트웨어</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>이 컴퓨터에서 사용할 수 없음: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>매우 좋음</translation>
    </message>
    <message>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>매우 나쁨</translation>
    </message>
    <message>
        <source>down</source>
        <translation>끊김</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>리허설 보고서</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>{name}의 리허설 보고서를 만들까요? 조명, 소리, 상품, 댓글의 흐름과 바꿔야 할 점을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>보고서 만들기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>{name} 분석 중…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>카메라 없음: 음성만</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>아직 화면이 없습니다</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>주문 {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>받기</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>받기: 통화는 방송 옆에서 진행되며 방송에는 절대 들어가지 않습니다</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>통화를 거절합니다. 구매자는 메시지를 남길 수 있습니다</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>{time} 대기 중</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>진행표</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>진행표 열기…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>진행표 열기: 카탈로그, 순서, 멘트, 세일</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>진행표 저장</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>순서, 멘트, 세일을 방송과 함께 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>드래그하여 순서 변경, 두 번 클릭하거나 Enter로 상품을 화면에 표시, Delete로 진행표에서 제거</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>상품 추가</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>진행표에 없는 카탈로그 상품을 끝에 추가</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>아직 상품이 없습니다. 카탈로그를 가져오거나 진행표를 여세요.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>이전 상품을 화면에 표시 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>순서상 다음 상품을 화면에 표시 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>멘트 메모</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>이 상품에 대해 할 말: 나만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>이 상품에 대한 메모를 큰 글씨로 보여 줍니다. 시청자에게는 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>타임 세일</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>세일 가격</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>세일 중 가격. 카드에 이전 가격이 취소선으로 표시됩니다</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>세일 가격 수량</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>세일 가격으로 판매할 수량. 모두 주문되면 세일이 끝납니다</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>세일 시간</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>세일 지속 시간 ({low}–{high}초)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>다음 상품으로</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>이 상품 유지</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>세일이 끝나면</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>시간이 끝나거나 수량이 다 팔리면 할 일</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>세일 시작</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>이 상품을 세일 가격과 카운트다운으로 화면에 표시</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>세일 중지</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>지금 세일 종료: 가격은 원래대로, 상품은 그대로</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>세일 가격:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>수량:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>시간:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>끝나면:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>진행표 열기</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>진행표 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>진행표 저장</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>진행표 (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>화면에 표시</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>진행표에서 제거</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>모든 상품이 진행표에 있습니다</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>화면에 표시 중</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>카탈로그에 없음</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>멘트 메모: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>현재 {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>세일 가격 “{text}”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>{title} 세일 중: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>{clock} 남음</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>%n개 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>새 진행표</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>아직 저장 안 됨: 진행표 저장으로 순서를 저장합니다</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>영상</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹화</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>라이브</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>영상 소스</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>영상 너비</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>영상 높이</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 레이트</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>초당 프레임 수</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>영상 속 가격과 날짜</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>영상에 그리는 가격과 날짜의 로캘(예: en_US, zh_CN, id_ID, pt_BR)</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>마이크 게인</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>녹화 폴더</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>리허설 녹화가 저장되는 곳</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>녹화 속도 프리셋</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>리허설 녹화용 x264 프리셋: 빠를수록 프로세서를 덜 쓰고 파일은 커집니다</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>녹화 화질(CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>x264 고정 품질 계수: 낮을수록 화질이 좋고 파일이 커집니다</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>연결에 맞춰 업로드 조정</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>라이브 인코딩이 업로드 속도를 따라가게 함(먼저 비트레이트, 그다음 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>스튜디오 내장 서버 포트</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>내장 서버(시청 페이지, WHIP/WHEP) 포트. 0이면 시스템이 선택합니다</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>댓글 파일 폴더</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>직접 만든 intents.toml, answers.toml, rules.toml, blocked-words.txt. 폴더가 있으면 읽습니다</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>창의 언어. 비워 두면 시스템을 따릅니다</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>첫 실행 둘러보기 완료</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>안전 영역 표시</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>미리보기에 제목 안전 여백과 9:16 영역 표시</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>설정은 {settings}에, 로그는 {logs}에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>상대의 마이크 음량</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>이 공동 진행자를 방송에서 음소거(화면에는 남음)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>이 공동 진행자를 방송에서 내보냅니다. 링크도 더 이상 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>자리 {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>다시 연결하는 중…(자리 30초 유지)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>음소거됨</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>출연 중</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>음소거 해제</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>연결: 아직 영상 없음</translation>
    </message>
    <message>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>나쁨</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>영상 없음</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>연결: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>프레임 %n개 받음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>영상: 카메라, 데모 화면 또는 동영상 파일</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h}(세로 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>영상 크기</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 레이트</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>두 비율 모두</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>다른 비율(휴대폰용 9:16 또는 16:9)도 동시에 만듭니다</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>내 얼굴 따라가기</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>움직여도 얼굴이 화면 위쪽 3분의 1에 오도록 합니다</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>카메라 화면 확대</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>화면을 왼쪽이나 오른쪽으로 옮깁니다(얼굴을 따라가지 않을 때)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>마이크 게인(dB)</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>마이크 게인</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>소리가 찢어집니다: 마이크 게인을 낮추세요.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>영상</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>프레이밍</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>마이크 게인</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>데모 화면</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>동영상 파일…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>카메라 {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>기본 마이크</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>데모 신호음</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>마이크 없음</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>동영상 파일 선택</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>동영상 (*.mp4 *.mkv *.mov *.webm *.avi);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>화면이 끊겼습니다. 돌아올 때까지 시청자에게는 “곧 돌아옵니다”가 보입니다.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>표시 중: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>방송 제어</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>WHIP 서버…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>이 컴퓨터에서 방송합니다. 시청자는 브라우저로 시청 페이지를 엽니다.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>아무 WHIP 서버로나 송출(OBS 호환 서비스, LiveKit, Cloudflare, MediaMTX 등).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>플랫폼만</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>방송을 RTMP 송출 대상(TikTok, Shopee, Lazada, YouTube, Facebook…)으로만 보냅니다.</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>라이브 시작 시 방송을 보낼 곳</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>송출 대상…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>라이브 시작 시 RTMP(S)로도 방송을 보내는 플랫폼: TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>선택한 대상까지 업로드를 측정하고(약 10초) 추천 화질을 알려 줍니다</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>라이브 시작</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>방송 시작(Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>방송 연결 상태</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>지금 시청 중인 사람</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>리허설</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>라이브 없이 방송을 파일로 녹화(Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>출력:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>취소({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>라이브 종료</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>방송 종료(Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>플랫폼 {live}/{total} 방송 중</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>송출 대상({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>연결: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n명 시청 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>녹화 중지</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>다시 연결 중… {seconds:.0f}초</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>다시 연결 중…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>라이브 {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● 녹화 {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>조용한 방</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>시끄러운 시장</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>헤드폰</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>강하게</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>보통은 부드러워서 목소리가 얇아지지 않습니다. 강하게는 선풍기, 차 소리, 웅웅거림을 없애지만 바로 옆에서 누가 말하면 목소리가 얇아질 수 있습니다</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>스피커 에코 제거</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>헤드폰을 쓰고 있음</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>헤드폰을 쓰면 마이크로 되돌아오는 소리가 없으므로 에코 제거는 꺼진 채로 둡니다.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>목소리 크기를 일정하게 유지</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>말하지 않는 동안 주변 소리 음소거</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>정리 전</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>정리 후</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>헤드폰으로 내 목소리 듣기: 마이크에 들리는 그대로 또는 시청자가 듣게 될 소리로</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>정리 전 마이크 레벨</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>정리 후 음성 레벨</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>소음</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>모니터</translation>
    </message>
    <message>
        <source>In</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>마이크 소리가 찢어지고 있습니다. 입력 볼륨을 낮추세요.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>소리가 찢어지기 직전입니다. 마이크 입력 볼륨을 조금 낮추세요.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>공동 진행자의 에코를 제거하는 중입니다.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>아직 영상 없음</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>참여 요청</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>{name} 님을 다음 빈자리에 출연시키기</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>요청을 거절합니다. 상대에게 알림이 갑니다</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>WHIP 서버로 송출</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer 토큰 또는 스트림 키(선택)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>토큰을 시스템 키체인에 기억</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>서버 URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>https:// 또는 http://로 시작하는 서버 주소를 입력하세요.</translation>
    </message>
</context>
</TS>
