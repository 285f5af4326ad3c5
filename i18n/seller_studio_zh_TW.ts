<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>通話連結</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>買家姓名（選填）</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>買家姓名</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>訂單編號（選填）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>可通話次數</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1：連結只能通話一次；更多：長期有效的連結</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>建立連結</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>產生一個連結，買家在手機上開啟即可打視訊電話給你</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>將所選連結複製到剪貼簿</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>讓所選連結失效</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>對象：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>訂單：</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>次數：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有效期限：</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>目前沒有來電。買家透過通話連結打電話給你。</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>你的通話畫面</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>買家看到的畫面</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>無攝影機：僅語音</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>買家的攝影機</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>對方聽得到我的麥克風</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>對方聽得到我的連線來賓</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>關閉攝影機</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>主攝影機</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>第二畫面來源…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>通話畫面</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>切換到第二台攝影機或影片檔來展示細節</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>通話中的商品卡</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>在通話畫面上顯示商品卡（不會出現在直播中）</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>錄影…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>請買家同意錄影；買家同意後開始錄影</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>畫面：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>買家留言</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>訂單 {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>任何持有連結的人</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>還可通話 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>還剩 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>用於展示細節的第二畫面來源</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>影片 (*.mp4 *.mkv *.mov *.webm);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>與 {name} 通話</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>攝影機已關閉</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>買家：{state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>不顯示商品卡</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>正在等待買家同意錄影…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>買家已同意；正在開始錄影…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>買家不同意錄影。</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● 錄影中（買家已同意，並看得到 REC 標誌）</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止錄影</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>共同主持</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>邀請共同主持</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>產生只給一位共同主持使用的連結，30 分鐘內有效。對方會先在等候室等待，由你核准後上台。</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀請連結</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>邀請連結會顯示在這裡</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>把這個連結傳給你的共同主持。如果對方不在同一個網路，請透過通道分享工作室（見共同主持指南）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>把連結複製到剪貼簿</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>讓這個連結失效</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>場控台連結</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>為助理的手機或電腦產生一個連結：你介紹商品時，助理可以用它置頂商品、開搶購、改庫存、回覆留言。</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>助理場控台連結</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>助理場控台連結會顯示在這裡</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>拿到這個連結的人都能操作本場商品：只傳給你的助理。</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>讓場控台連結失效；已開啟的場控台會立即關閉</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>還沒有邀請任何人。用連結邀請共同主持：對方會在等候室等待，直到你讓他進來。</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>等候室</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>沒有人在等候。透過邀請連結送來的請求會顯示在這裡。</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>上台中</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>單人（僅主持人）</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>左右並排（PK）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>格狀</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>子母畫面</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>主持人和共同主持如何分享畫面</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>以共同主持身分加入…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>用對方傳給你的邀請連結，把你的畫面和聲音送到另一位主持人的直播</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>離開另一位主持人的直播</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>助理場控台</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>在別人的直播</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>新邀請</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>以共同主持身分加入</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>貼上主持人傳給你的邀請連結：</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>你的名稱（主持人和觀眾會看到）：</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>正在請主持人讓你進入…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>正在等候室等待主持人讓你進入…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>你已在另一位主持人的直播中。</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>正在重新連線到另一場直播…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>主持人拒絕了你的請求。</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>主持人已將你移出直播。</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>你已離開另一場直播。</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>選擇商品目錄的欄位</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>商品編號（SKU）</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名稱</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>折扣前價格</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>幣別欄</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>商品連結</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>規格（尺寸、顏色）</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>標題列</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>寫有欄位名稱的那一列；它上方的列會被忽略</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>工作表「{sheet}」，標題列在第 {line} 行</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>標題列在第 {line} 行</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>請指出 {file}（{where}）中每項資訊在哪一欄。Seller Studio 會記住你的選擇，之後欄位相同的檔案將直接匯入，不再詢問。</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— 檔案中沒有 —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>價格的幣別</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>幣別欄空白的列所用的幣別；檔案沒有幣別欄時，所有列都使用它（ISO 4217 代碼）</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>價格幣別</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>檔案的前幾列</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前幾列：</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>請選擇以下資訊所在的欄位：{fields}。</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>請選擇價格所用的幣別（ISO 4217 代碼，例如 USD 或 MYR）。</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>開播後，觀眾的留言會顯示在這裡。</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>捲動到最新留言</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>顯示在畫面上</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提問</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>搶購</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已過濾</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已顯示</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複內容</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重複發送</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>洗版</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>全大寫喊話</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>封鎖字詞</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已封鎖</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>被過濾的留言（觀眾看不到）：垃圾訊息、洗版、封鎖字詞、被禁言的觀眾</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ 選留言 · Enter 送出草稿回覆 · P 顯示在畫面上</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>送出回覆</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>把擬好的回覆傳給所有觀眾（Enter）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>把草稿放進回覆框，先改再送</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>把選取的留言顯示在畫面上（P）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消顯示</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>把留言從畫面上移除</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>顯示商品</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>顯示這則留言提到的商品</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>把選取的搶購確認為訂單</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>取消搶購</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>取消這筆搶購：數量退回庫存，候補的人依序遞補</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>觀眾</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>將這則留言的發送者禁言或封鎖</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>禁言 10 分鐘</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>本場封鎖</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>依問題類型自動送出擬好的回覆</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>出貨</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>尺寸顏色</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>搶購回覆</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>回覆所有人…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>回覆所有人</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>你的回覆會出現在每位觀眾的留言中，並標示為主持人回覆</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>傳送回覆（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n 則新留言</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>你的回覆，傳送於 {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>觀眾看不到（{reason}）；{name} 自己仍看得到</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>畫面中 — {name}：{text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>已顯示</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回覆</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>編輯直播平台</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>新增直播平台</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>例如：TikTok 商店</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>直播畫面格式</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>橫式 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>直式 9:16（手機）</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>未變更（保存在系統鑰匙圈中）</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>貼上串流金鑰</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>串流金鑰</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>畫面</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>幫這個平台取個名字，例如「TikTok 商店」。</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>伺服器網址以 rtmp:// 或 rtmps:// 開頭，請從平台的串流設定中複製。</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>貼上平台提供的串流金鑰。</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>串流金鑰中有空格，請從平台重新複製。</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>重新連線中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · 掉格 {n}</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>直播平台</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>開播時也會把直播送到每個已開啟的平台。串流金鑰保存在系統鑰匙圈中，不會顯示出來。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>送到 {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>暗光補強</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>白平衡</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>銳利化</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>柔膚</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>提亮昏暗的房間，又不會讓明亮的房間過曝</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>去除偏黃或偏藍，讓商品呈現真實顏色</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>減少攝影機在暗光下產生的雜訊</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>邊緣和商品文字更清晰</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>柔化膚質，同時保持眼睛、頭髮和商品清晰</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>自動（依房間調整）</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>依畫面自動選擇暗光補強、白平衡、降噪和銳利化；柔膚維持你的設定。</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>明亮房間</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美顏</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>顯示未經處理的攝影機畫面</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>自動 {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>美化每格耗時 {ms:.1f} 毫秒。</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>第 {index} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>略過導覽</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>連線品質</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>音量 {rms:.0f} dBFS，峰值 {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>破音</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}，最近 2 分鐘</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>掉包 {pct:.1f}%</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}：{level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>往返 {ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>掉包 {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>抖動 {ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>{kbps:.0f} kbit/s</source>
        <translation>{kbps:.0f} kbit/s</translation>
    </message>
    <message>
        <source>{fps:.0f} fps</source>
        <translation>{fps:.0f} 格/秒</translation>
    </message>
    <message>
        <source>frozen {ms:.0f} ms</source>
        <translation>凍結 {ms:.0f} 毫秒</translation>
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
        <translation>安全區</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>直式直播：讓疊加圖層避開這個 App 的按鈕和留言區</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>任何購物 App</translation>
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
        <translation>不顯示手機安全區</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>顯示另一種比例</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>預覽雙畫面直播的第二個畫面（16:9 或 9:16）</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>美化前 / 後</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>比較原始攝影機畫面（左）與美化後的畫面（右）</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>安全區</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>顯示字幕安全邊界，以及手機直式畫面看到的中間 9:16 區域</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>馬上回來</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>直播稍後繼續</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>正在開啟攝影機…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>匯入商品目錄…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>開啟節目單…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>儲存節目單</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>開啟錄影資料夾</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>直播(&amp;S)</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>開播 / 結束直播</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>彩排 / 停止錄影</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>模擬觀眾</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>彩排時，模擬觀眾會用五種語言留言</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>顯示商品 {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>下一個商品</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>上一個商品</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重設版面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>顯示導覽</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>關於 Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>已取消開播。</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>要結束直播嗎？</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>觀眾會看到直播結束。</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>結束直播</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>繼續直播</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>錄影已儲存到 {path}。</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>畫面：{label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>聲音：{label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} 格/秒 · {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>開播</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>準備好後，在這裡開始直播。開播前有 3-2-1 倒數；按 Ctrl+L 效果相同。</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>先練習一下：把節目錄成檔案而不開播，方便你回看自己的表現。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>匯入你的商品目錄，或先用示範商品試試，再把商品顯示在畫面上（Ctrl+1…9）。</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
為直播帶貨主持人打造的本機直播工作室。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>正在完成錄影…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>正在結束直播…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>找不到攝影機。</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>無法開啟攝影機 {name}：可能正被其他應用程式使用。</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>攝影機 {name} 已開啟，但沒有畫面。</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>找不到攝影機：正在顯示示範畫面。請接上攝影機，並在「來源」中選擇它。</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} 已改為顯示示範畫面。</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>找不到麥克風：正在錄製靜音。請接上麥克風，並在「來源」中選擇它。</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} 已改為錄製靜音。</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>影片檔 {name} 不存在。</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>無法解碼影片檔 {name}。</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>影片檔 {name} 已播放完畢。</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>聲音擷取已關閉：未安裝 PortAudio 程式庫（Debian/Ubuntu：apt-get install libportaudio2）。</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>聲音擷取已關閉：未安裝 sounddevice 套件。</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>聲音擷取已關閉。</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>找不到麥克風。</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>無法開啟麥克風「{name}」：可能正被其他應用程式使用。</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>麥克風「{name}」已停止：在恢復之前，觀眾聽到的是靜音。</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>麥克風「{name}」已恢復。</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} 已停止輸出畫面。</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>示範畫面</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>示範提示音</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} 已售完；請先設定庫存再開始限時搶購。</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>節目單中有商品目錄裡沒有的商品：{ids}。「下一個」和「上一個」會略過它們。</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>請先置頂或選擇一個商品，再開始限時搶購。</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>商品目錄中沒有商品 {id}。</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>請先為 {title} 設定搶購價。</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>搶購價 {price} 不是數字。</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>{title} 的搶購價必須低於目前價格（{price}）。</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>{title} 的限時搶購已售完。</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>{title} 的限時搶購已結束。</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>無法寫入錄影資料夾 {folder}：請在「設定」中另選一個。</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>磁碟已滿（剩餘 {free} MB）：請釋放空間，或在「設定」中另選錄影資料夾。</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>無法寫入錄影 {name}：請在「設定」中另選錄影資料夾。</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>錄影已停止：檔案無法繼續寫入。到目前為止錄下的內容已儲存在 {name}。</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>磁碟快滿了，錄影已停止；直播仍在繼續。到目前為止錄下的內容已儲存在 {name}：釋放一些空間後即可再次錄影。</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} 在畫面恢復之前，觀眾會看到「馬上回來」；也可以在「來源」中另選一個畫面。</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} 已恢復畫面。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>上一則訊息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>第 {index} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>觀眾看到的畫面</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>節目預覽</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>正在啟動畫面…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>美化前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>美化後</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>匯入商品目錄…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>從 CSV、Excel（.xlsx）或 JSON 檔案，或 TikTok Shop、蝦皮、Lazada 匯出檔載入商品</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>依名稱或編號搜尋</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜尋商品</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>只顯示名稱或編號包含這段文字的商品</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>畫面中</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>按兩下商品或按 Enter，將商品卡片顯示在畫面上</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>用示範商品試試</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>匯入七件示範商品，並把第一件顯示在畫面上</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>把選取商品的卡片顯示在畫面上（Ctrl+1…9 可顯示清單中前九件商品）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消顯示</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>把商品卡片從畫面上移除（Esc）</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>左上角</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>右上角</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>左下角</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>右下角</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>商品卡片在畫面中的位置</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>卡片位置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>限時搶購持續多久（{low}–{high} 秒）</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>搶購時長</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>開始限時搶購</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>在畫面上顯示限時搶購倒數</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>限時搶購：</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>匯入商品目錄</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>商品目錄 (*.csv *.xlsx *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>還沒有商品目錄。請匯入含 id、title、price 和 currency 欄位的 CSV、Excel 或 JSON 檔案（image、url、stock 和 original_price 可省略），或從 TikTok Shop、蝦皮、Lazada 匯出的商品檔。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>以 {layout} 檔案格式讀取欄位</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>依你為這類檔案選擇的欄位讀取</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售完</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>僅剩 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>庫存 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>編號：{id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>沒有圖片：卡片會顯示預留圖。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>略過了 %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 則附註</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>（游標停留可看詳情）</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>這個目錄沒有可用的商品。請修正下方列出的資料列，然後重新匯入。</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>沒有符合「{text}」的商品。</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>開播後，這裡會顯示你的上傳、每位共同主持和觀眾的連線狀況。</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>圖表為最近 2 分鐘：往返時間（藍色實線）、掉包（紅色虛線）、位元率（綠色點線）。</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>自適應編碼器目前傳送到 WHIP 伺服器的位元率</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重新連線次數</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>連線耗時</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>節目</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>略過的影格</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>編碼器</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} 格/秒</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>每格 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s，{height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>直播畫面和錄影使用的 H.264 編碼器。啟動時會嘗試硬體編碼器；都無法使用時由處理器執行 x264。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢測…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}（硬體）</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}（軟體）</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>此電腦上無法使用：{names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>測量中…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>極佳</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>不佳</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>很差</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已中斷</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>彩排報告</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>要為 {name} 製作彩排報告嗎？報告會依時間呈現燈光、聲音、商品和留言，並告訴你該改哪裡。</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>製作報告</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>正在分析 {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>無攝影機：僅語音</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>尚無畫面</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>訂單 {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接聽</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>接聽：通話在直播旁邊進行，絕不會進入直播</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>拒絕這通來電；買家可以留言給你</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>已等待 {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>節目單</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>開啟節目單…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>開啟節目單：商品目錄、順序、講解重點和搶購</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>儲存節目單</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>儲存順序、講解重點和搶購設定（Ctrl+S）</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>拖曳以調整順序；按兩下或按 Enter 將商品顯示在畫面上；按 Delete 將其移出節目單</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>把不在節目單裡的目錄商品加到末尾</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>還沒有商品。請匯入商品目錄或開啟節目單。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一個</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>顯示上一個商品（Ctrl+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一個 ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>顯示佇列中的下一個商品（Ctrl+→）</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>講解重點</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>這個商品要講什麼：只有你看得到。</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>你對這個商品的備註，以大字顯示。觀眾永遠看不到。</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限時搶購</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>搶購價</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>搶購期間的價格；商品卡會顯示劃掉的原價</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>搶購價數量</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>以搶購價出售的數量；全部被搶完時搶購結束</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>搶購時長</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>搶購持續多久（{low}–{high} 秒）</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>切換到下一個商品</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置頂</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>停留在此商品</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>搶購結束時</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>時間到或數量售完時怎麼做</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>開始搶購</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>以搶購價和倒數計時顯示此商品</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>停止搶購</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>立即結束搶購：恢復原價，商品保持顯示</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>搶購價：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>數量：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>時長：</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>結束時：</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>開啟節目單</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>節目單 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>儲存節目單</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>節目單 (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>顯示在畫面上</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>移出節目單</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>所有商品都已在節目單中</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>畫面中</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>不在商品目錄中</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>講解重點：{title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>現價 {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>搶購價「{text}」不是數字。</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>{title} 搶購中：{price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>剩餘 {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>剩餘 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>新節目單</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>尚未儲存：「儲存節目單」會保存順序</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>畫面</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>聲音</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄影</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>開播</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>畫面來源</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>畫面寬度</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>畫面高度</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>影格率</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>每秒影格數</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>畫面中的價格與日期格式</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>畫面中價格與日期使用的地區格式，例如 en_US、zh_CN、id_ID、pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>麥克風增益</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>錄影資料夾</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>彩排錄影儲存的位置</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>錄影速度預設</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>彩排錄影的 x264 預設：越快越省處理器，但檔案越大</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>錄影品質（CRF）</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>x264 恆定品質係數：數值越小畫質越好，檔案也越大</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>依網路自動調整上傳</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>讓直播編碼跟隨上傳頻寬（先降位元率，再依序降到 1080p、720p、540p、360p）</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>工作室內建伺服器的連接埠</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>內建伺服器（觀看頁面、WHIP/WHEP）的連接埠；填 0 由系統選擇</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>留言規則資料夾</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>你自己的 intents.toml、answers.toml、rules.toml 和 blocked-words.txt；資料夾存在時讀取</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>視窗使用的語言；留空則跟隨系統</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>已看過新手導覽</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>顯示安全區</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>在預覽上顯示字幕安全邊界和 9:16 裁切區域</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>設定儲存在 {settings}；記錄檔儲存在 {logs}。</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>對方的麥克風音量</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>在節目中將這位共同主持靜音（仍保留在畫面上）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>讓這位共同主持下台；對方的連結隨即失效</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>位置 {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>正在重新連線…（位置保留 30 秒）</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>上台中</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>連線：尚無畫面</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>不佳</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>沒有畫面</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>連線：{quality} · {fps:.0f} 格/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>已收到 %n 格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>畫面來源：攝影機、示範畫面或影片檔</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h}（直式 9:16）</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>畫面尺寸</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} 格/秒</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>影格率</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>橫直雙畫面</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>同時製作另一種比例的畫面（手機用的 9:16，或 16:9）</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>跟隨臉部</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>移動時讓臉保持在畫面上方三分之一處</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>放大攝影機畫面</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>左右移動畫面（不跟隨臉部時）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>麥克風增益（dB）</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>麥克風增益</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>聲音破音：請調低麥克風增益。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>畫面</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>取景</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>麥克風增益</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>示範畫面</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>影片檔…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>攝影機 {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>預設麥克風</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>示範提示音</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>不使用麥克風</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>選擇影片檔</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>影片 (*.mp4 *.mkv *.mov *.webm *.avi);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在開啟…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>畫面中斷：在恢復之前，觀眾會看到「馬上回來」。</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>正在顯示：{label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>直播控制</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>WHIP 伺服器…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>從這台電腦直接播出：觀眾在瀏覽器中開啟觀看頁面。</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>推流到任何 WHIP 伺服器（相容 OBS 的服務、LiveKit、Cloudflare、MediaMTX…）。</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>只送到平台</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>只把直播送到你的 RTMP 平台（TikTok、Shopee、Lazada、YouTube、Facebook…）。</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>開播後直播送到哪裡</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>直播平台…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>開播時也會透過 RTMP(S) 把直播送到這些平台：TikTok、Shopee、Lazada、YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>測量到所選目標的上傳速度（約 10 秒），並提供建議畫質</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>開播</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>開始直播（Ctrl+L）</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>直播連線狀況</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>正在觀看的人數</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>把節目錄成檔案而不開播（Ctrl+R）</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>輸出：</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>取消（{seconds}）</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>結束直播</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>結束直播（Ctrl+L）</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>平台 {live}/{total} 直播中</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>直播平台（{n}）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>連線：{level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n 人觀看中</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止錄影</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>重新連線中… {seconds:.0f} 秒</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>重新連線中…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>直播中 {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● 錄影中 {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>人聲</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>安靜房間</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>吵雜市場</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>耳機</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>一般降噪很溫和，不會讓聲音變薄；強力降噪能去除風扇、車聲和嗡嗡聲，但旁邊有人說話時可能讓你的聲音變薄</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>消除喇叭回音</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>我戴著耳機</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>戴耳機時聲音不會回到麥克風，所以回音消除保持關閉。</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>讓我的音量保持穩定</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>說話空檔讓環境聲靜音</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>處理前</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>處理後</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>用耳機聽自己：聽麥克風原音，或聽觀眾聽到的效果</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>處理前的麥克風音量</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>處理後的人聲音量</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設組</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>監聽</translation>
    </message>
    <message>
        <source>In</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>麥克風破音了：請調低它的輸入音量。</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>快要破音了：請把麥克風輸入音量稍微調低。</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>正在消除共同主持的回音。</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>尚無畫面</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>請求加入</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>讓 {name} 上台，進入下一個空位</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>拒絕這次請求；對方會收到通知</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>推流到 WHIP 伺服器</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer 權杖或串流金鑰（選填）</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>在系統鑰匙圈中記住權杖</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>伺服器網址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>權杖</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>請輸入伺服器網址，以 https:// 或 http:// 開頭。</translation>
    </message>
</context>
</TS>
