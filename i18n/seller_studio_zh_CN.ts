<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>通话链接</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>买家姓名（可选）</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>订单号（可选）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>可通话次数</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1：链接只能通话一次；更多：长期有效的链接</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
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
        <translation>有效期</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>创建链接</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>生成一个链接，买家在手机上打开即可给你打视频电话</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>将所选链接复制到剪贴板</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>让所选链接失效</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>目前没有来电。买家通过通话链接给你打电话。</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>你的通话画面</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>买家看到的画面</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>无摄像头：仅语音</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>买家的摄像头</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>对方能听到我的麦克风</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>对方能听到我的连麦嘉宾</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>主摄像头</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>第二画面源…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>通话画面</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>切换到第二个摄像头或视频文件来展示细节</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>通话中的商品卡片</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>在通话画面上显示商品卡片（不会出现在直播中）</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>录制…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>请买家同意录制；买家同意后开始录制</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画面：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>任何持有链接的人</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>还可通话 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>用于展示细节的第二画面源</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.mov *.webm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>与 {name} 通话</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>摄像头已关闭</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>买家：{state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>不显示商品卡片</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>正在等待买家同意录制…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>买家已同意；正在开始录制…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>买家不同意录制。</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● 正在录制（买家已同意，并能看到 REC 标志）</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>连麦嘉宾</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>邀请嘉宾</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>生成一个只给一位嘉宾用的链接，30 分钟内有效。嘉宾会先在候场室等待，由你批准后上麦。</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>邀请链接会显示在这里</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>把这个链接发给你的嘉宾。如果嘉宾不在同一个网络里，请通过隧道分享工作室（见连麦指南）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>把链接复制到剪贴板</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>让这个链接失效</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>场控台链接</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>为助理的手机或电脑生成一个链接：你讲解时，助理可以用它置顶商品、开秒杀、改库存、回复评论。</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>助理场控台链接</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>助理场控台链接会显示在这里</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>拿到这个链接的人都能操作本场商品：只发给你的助理。</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>让场控台链接失效；已打开的场控台会立即关闭</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>还没有邀请任何人。用链接邀请一位嘉宾：对方会在候场室等待，直到你让他进来。</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>候场室</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>没有人在等待。通过邀请链接发来的申请会显示在这里。</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>正在连麦</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>单人（仅主播）</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>左右分屏（PK）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>宫格</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>画中画</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>主播和嘉宾如何分享画面</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>以嘉宾身份加入…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>用对方发给你的邀请链接，把你的画面和声音送到另一位主播的直播间</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>离开另一位主播的直播间</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>助理场控台</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>在别人的直播间</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>新邀请</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>以嘉宾身份加入</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>粘贴主播发给你的邀请链接：</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>你的名字（主播和观众会看到）：</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>正在请求主播让你进入…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>正在候场室等待主播让你进入…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>你已在另一位主播的直播间里。</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>正在重新连接到另一场直播…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>主播拒绝了你的请求。</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>主播已将你移出直播间。</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>你已离开另一场直播。</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>选择商品目录的列</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>商品编号（SKU）</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>折扣前价格</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>币种列</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>商品链接</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>规格（尺码、颜色）</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>写有列名的那一行；它上面的行会被忽略</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>工作表“{sheet}”，表头在第 {line} 行</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>表头在第 {line} 行</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>请指出 {file}（{where}）中每项信息在哪一列。Seller Studio 会记住你的选择，以后列相同的文件将直接导入，不再询问。</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>价格的币种</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>币种列为空的行所用的币种；文件没有币种列时，所有行都用它（ISO 4217 代码）</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>价格币种</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>请选择以下信息所在的列：{fields}。</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>请选择价格所用的币种（ISO 4217 代码，例如 USD 或 MYR）。</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>开播后，观众的评论会显示在这里。</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>滚动到最新评论</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>上屏显示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>抢购</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>已上屏</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复内容</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>反复发送</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>刷屏</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>全大写喊话</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已禁言</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>被过滤的评论（观众看不到）：垃圾信息、刷屏、屏蔽词、被禁言的观众</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ 选评论 · Enter 发送草稿回复 · P 上屏</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>把拟好的回复发给所有观众（Enter）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>把草稿放进回复框，先改再发</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>把选中的评论上屏（P）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消显示</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>把评论从画面上撤下</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>商品上屏</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>把这条评论提到的商品上屏</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>把选中的抢购确认为订单</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>取消抢购</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>取消这单抢购：件数退回库存，候补的人依次补上</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>禁言或拉黑这条评论的发送者</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>禁言 10 分钟</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>本场拉黑</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>按问题类型自动发送拟好的回复</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>尺码颜色</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>抢购回复</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>回复所有人…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>回复所有人</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>你的回复会出现在每位观众的评论区，并标注为主播回复</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>发送回复（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n 条新评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>你的回复，发送于 {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>观众看不到（{reason}）；{name} 自己仍能看到</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>画面中 — {name}：{text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>已上屏</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>编辑推流平台</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>添加推流平台</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>例如：TikTok 小店</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>直播画面格式</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>竖屏 9:16（手机）</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>未更改（保存在系统钥匙串里）</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>粘贴推流密钥</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>给这个平台起个名字，例如“TikTok 小店”。</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>服务器地址以 rtmp:// 或 rtmps:// 开头，从平台的推流设置里复制。</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>粘贴平台给你的推流密钥。</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>推流密钥里有空格，请从平台重新复制。</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>重新连接中…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · 丢帧 {n}</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>推流平台</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>开播时也会推流到每个已开启的平台。推流密钥保存在系统钥匙串里，不会显示出来。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>推流到 {name}</translation>
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
        <translation>暗光增强</translation>
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
        <translation>锐化</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>磨皮</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>提亮昏暗的房间，又不会让明亮的房间过曝</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>去除偏黄或偏蓝，让商品显示真实颜色</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>减少摄像头在暗光下产生的噪点</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>边缘和商品文字更清晰</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>柔化皮肤，同时保持眼睛、头发和商品清晰</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>自动（根据房间调整）</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>根据画面自动选择暗光增强、白平衡、降噪和锐化；磨皮保持你的设置。</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>明亮房间</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美颜</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>显示未经处理的摄像头画面</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>自动 {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>美化每帧耗时 {ms:.1f} 毫秒。</translation>
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
        <translation>跳过引导</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>连接质量</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
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
        <translation>削波</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}，最近 2 分钟</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>丢包 {pct:.1f}%</translation>
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
        <translation>丢包 {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>抖动 {ms:.0f} 毫秒</translation>
    </message>
    <message>
        <source>{kbps:.0f} kbit/s</source>
        <translation>{kbps:.0f} kbit/s</translation>
    </message>
    <message>
        <source>{fps:.0f} fps</source>
        <translation>{fps:.0f} 帧/秒</translation>
    </message>
    <message>
        <source>frozen {ms:.0f} ms</source>
        <translation>卡顿 {ms:.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Seller Studio</source>
        <translation>Seller Studio 直播工作室</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>安全区</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>竖屏直播：让贴片避开这个 App 的按钮和评论区</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>任意购物 App</translation>
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
        <translation>不显示手机安全区</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>显示另一种比例</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>预览双画面直播的第二个画面（16:9 或 9:16）</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>美化前 / 后</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>对比原始摄像头画面（左）与美化后的画面（右）</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>安全区</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>显示字幕安全边距，以及手机竖屏看到的中间 9:16 区域</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>马上回来</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>直播稍后继续</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>正在打开摄像头…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>导入商品目录…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>打开节目单…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>保存节目单</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>打开录像文件夹</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>直播(&amp;S)</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>开播 / 结束直播</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>彩排 / 停止录制</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>模拟观众</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>彩排时，模拟观众会用五种语言发评论</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>上屏商品 {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>撤下商品</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>下一个商品</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>上一个商品</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>查看新手引导</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>关于 Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>已取消开播。</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>结束直播？</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>观众会看到直播结束。</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>继续直播</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>录像已保存到 {path}。</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>画面：{label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>声音：{label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} 帧/秒 · {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>准备好后，在这里开始直播。开播前有 3-2-1 倒计时；按 Ctrl+L 效果相同。</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>先练一练：把节目录制成文件，不会开播，方便你回看自己的表现。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>导入你的商品目录，或先用示例商品试试，把商品上屏即可在画面中显示商品卡片（Ctrl+1…9）。</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
为直播带货主播打造的本地直播工作室。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>正在完成录制…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>正在结束直播…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>无法打开摄像头 {name}：可能正被其他应用占用。</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>摄像头 {name} 已打开，但没有画面。</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>未找到摄像头：正在显示示例画面。请插上摄像头，并在“来源”中选择它。</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} 已改为显示示例画面。</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>未找到麦克风：正在录制静音。请插上麦克风，并在“来源”中选择它。</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} 已改为录制静音。</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>视频文件 {name} 不存在。</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>无法解码视频文件 {name}。</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>视频文件 {name} 已播放完毕。</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>声音采集已关闭：未安装 PortAudio 库（Debian/Ubuntu 上执行：apt-get install libportaudio2）。</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>声音采集已关闭：未安装 sounddevice 软件包。</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>声音采集已关闭。</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>未找到麦克风。</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>无法打开麦克风“{name}”：可能正被其他应用占用。</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>麦克风“{name}”已停止：在它恢复之前，观众听到的是静音。</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>麦克风“{name}”已恢复。</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} 已停止输出画面。</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>示例画面</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>示例提示音</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} 已售罄；请先设置库存再开始限时抢购。</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>节目单中有商品目录里没有的商品：{ids}。“下一个”和“上一个”会跳过它们。</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>请先置顶或选择一个商品，再开始限时抢购。</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>商品目录中没有商品 {id}。</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>请先为 {title} 设置抢购价。</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>抢购价 {price} 不是数字。</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>{title} 的抢购价必须低于当前价格（{price}）。</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>{title} 的限时抢购已售罄。</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>{title} 的限时抢购已结束。</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>无法写入录像文件夹 {folder}：请在“设置”中另选一个。</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>磁盘已满（剩余 {free} MB）：请释放空间，或在“设置”中另选录像文件夹。</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>无法写入录像 {name}：请在“设置”中另选录像文件夹。</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>录像已停止：文件无法继续写入。到目前为止录下的内容已保存在 {name}。</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>磁盘快满了，录像已停止；直播仍在继续。到目前为止录下的内容已保存在 {name}：释放一些空间后即可再次录像。</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} 在画面恢复之前，观众会看到“马上回来”；也可以在“来源”中另选一个画面。</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} 已恢复画面。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>上一条消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>观众看到的画面</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>节目预览</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>正在启动画面…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>美化前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>美化后</translation>
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
        <translation>导入商品目录…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>从 CSV、Excel（.xlsx）或 JSON 文件，或 TikTok Shop、Shopee、Lazada 导出文件载入商品</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>按名称或编号搜索</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索商品</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>只显示名称或编号包含这段文字的商品</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>画面中</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>双击商品或按 Enter，把商品卡片显示在画面上</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>用示例商品试试</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>导入七件示例商品，并把第一件显示在画面上</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>上屏</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>把选中商品的卡片显示在画面上（Ctrl+1…9 可上屏列表中前九件商品）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消显示</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>把商品卡片从画面上撤下（Esc）</translation>
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
        <translation>商品卡片在画面中的位置</translation>
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
        <translation>限时抢购持续多久（{low}–{high} 秒）</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>抢购时长</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>开始限时抢购</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>在画面上显示限时抢购倒计时</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>卡片：</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>限时抢购：</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>导入商品目录</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>商品目录 (*.csv *.xlsx *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>还没有商品目录。请导入包含 id、title、price 和 currency 列的 CSV、Excel 或 JSON 文件（image、url、stock 和 original_price 可选），或从 TikTok Shop、Shopee、Lazada 导出的商品文件。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>按 {layout} 文件读取各列</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>按你为此类文件选择的列读取</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>仅剩 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>库存 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>编号：{id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>没有图片：卡片会显示占位图。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>跳过了 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>（悬停查看详情）</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>这个目录里没有可用的商品。请修正下面列出的行，然后重新导入。</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>没有商品匹配“{text}”。</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>开播后，这里会显示你的上传、每位嘉宾和观众的连接状况。</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>图表为最近 2 分钟：往返时间（蓝色实线）、丢包（红色虚线）、码率（绿色点线）。</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>自适应编码器当前发送到 WHIP 服务器的码率</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>连接用时</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>节目</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>跳过的帧</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} 帧/秒</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>每帧 {ms:.1f} 毫秒</translation>
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
        <translation>直播画面和录制使用的 H.264 编码器。启动时会尝试硬件编码器；都不可用时由处理器运行 x264。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}（硬件）</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}（软件）</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>此电脑上不可用：{names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>很差</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>彩排报告</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>要为 {name} 生成彩排报告吗？报告按时间展示灯光、声音、商品和评论，并告诉你哪里该改。</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>正在分析 {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>无摄像头：仅语音</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>尚无画面</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接听</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>接听：通话在直播旁边进行，绝不会进入直播</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>拒绝这通来电；买家可以给你留言</translation>
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
        <translation>节目单</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>打开节目单…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>打开节目单：商品目录、顺序、讲解要点和抢购</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>保存节目单</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>保存顺序、讲解要点和抢购设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>拖动以调整顺序；双击或按 Enter 将商品显示在画面上；按 Delete 将其移出节目单</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>把不在节目单里的目录商品加到末尾</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>还没有商品。请导入商品目录或打开节目单。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>显示上一个商品（Ctrl+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>显示队列中的下一个商品（Ctrl+→）</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>讲解要点</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>这个商品要讲什么：只有你能看到。</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>你对这个商品的备注，以大字显示。观众永远看不到。</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>限时抢购</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>抢购价</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>抢购期间的价格；商品卡会显示划掉的原价</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>抢购价数量</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>以抢购价出售的数量；全部被抢完时抢购结束</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>抢购时长</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>抢购持续多久（{low}–{high} 秒）</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>切换到下一个商品</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>停留在此商品</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>抢购结束时</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>时间到或数量售罄时怎么做</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>开始抢购</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>以抢购价和倒计时显示此商品</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>停止抢购</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>立即结束抢购：恢复原价，商品保持显示</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>抢购价：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>结束时：</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>打开节目单</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>节目单 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>保存节目单</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>节目单 (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>显示在画面上</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>移出节目单</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>所有商品都已在节目单中</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>画面中</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>不在商品目录中</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>讲解要点：{title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>现价 {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>抢购价“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>{title} 抢购中：{price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>剩余 {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>剩余 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>新节目单</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>尚未保存：“保存节目单”会保存顺序</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>画面来源</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>画面宽度</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>画面高度</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>画面中的价格和日期格式</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>画面中价格和日期使用的区域格式，例如 en_US、zh_CN、id_ID、pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>麦克风增益</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>录像文件夹</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>彩排录像保存的位置</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>录制速度预设</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>彩排录像的 x264 预设：越快越省处理器，但文件越大</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>录制质量（CRF）</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>x264 恒定质量系数：数值越小画质越好，文件也越大</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>根据网络自动调整上传</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>让直播编码跟随上行网络（先降码率，再依次降到 1080p、720p、540p、360p）</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>工作室内置服务器的端口</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>内置服务器（观看页面、WHIP/WHEP）的端口；填 0 由系统选择</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>评论规则文件夹</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>你自己的 intents.toml、answers.toml、rules.toml 和 blocked-words.txt；文件夹存在时读取</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>窗口使用的语言；留空则跟随系统</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>已看过新手引导</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>显示安全区</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>在预览上显示字幕安全边距和 9:16 裁切区域</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>设置保存在 {settings}；日志保存在 {logs}。</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>嘉宾的麦克风音量</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>在节目中把这位嘉宾静音（仍保留在画面上）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>让这位嘉宾下麦；他的链接随即失效</translation>
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
        <translation>正在重新连接…（位置保留 30 秒）</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>连麦中</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>连接：还没有画面</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>没有画面</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>连接：{quality} · {fps:.0f} 帧/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>已收到 %n 帧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>画面来源：摄像头、示例画面或视频文件</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h}（竖屏 9:16）</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>画面尺寸</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} 帧/秒</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>横竖屏同时出</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>同时生成另一种比例的画面（手机用的 9:16，或 16:9）</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>跟随人脸</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>你走动时，让脸保持在画面上三分之一处</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>放大摄像头画面</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>左右移动画面（不跟随人脸时）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>麦克风增益（dB）</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>麦克风增益</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>声音爆音：请调低麦克风增益。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
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
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>麦克风增益</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>示例画面</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>摄像头 {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>默认麦克风</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>示例提示音</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>不使用麦克风</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>选择视频文件</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.mov *.webm *.avi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>画面中断：在恢复之前，观众会看到“马上回来”。</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>正在显示：{label}</translation>
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
        <translation>本机</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>WHIP 服务器…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>从这台电脑直接播出：观众在浏览器中打开观看页面。</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>推流到任意 WHIP 服务器（兼容 OBS 的服务、LiveKit、Cloudflare、MediaMTX…）。</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>只推流到平台</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>只把直播推流到你的 RTMP 平台（TikTok、Shopee、Lazada、YouTube、Facebook…）。</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>开播后直播发送到哪里</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>推流平台…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>开播时还会通过 RTMP(S) 推流到这些平台：TikTok、Shopee、Lazada、YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>测量到所选目标的上传速度（约 10 秒），并给出推荐画质</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>开播</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>开始直播（Ctrl+L）</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>直播连接状况</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>正在观看的人数</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>把节目录制成文件，不开播（Ctrl+R）</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>取消（{seconds}）</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>结束直播</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>结束直播（Ctrl+L）</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>平台 {live}/{total} 直播中</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>推流平台（{n}）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>连接：{level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n 人在看</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>停止录制</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>正在重连… {seconds:.0f} 秒</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>直播中 {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● 录制中 {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>人声</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>安静房间</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>嘈杂市场</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>耳机</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>普通降噪很温和，不会让声音变薄；强降噪能去掉风扇、车流和电流声，但旁边有人说话时可能让你的声音变薄</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>消除音箱回声</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>我戴着耳机</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>戴耳机时声音不会回到麦克风里，所以回声消除保持关闭。</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>让我的音量保持平稳</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>说话间隙把环境声静音</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>处理前</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>处理后</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>用耳机听自己：听麦克风原声，或听观众听到的效果</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>处理前的麦克风音量</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>处理后的人声音量</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>In</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>麦克风爆音了：把它的输入音量调低。</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>快要爆音了：把麦克风输入音量稍微调低一点。</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>正在消除连麦嘉宾的回声。</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>还没有画面</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>申请连麦</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>让 {name} 上麦，进入下一个空位</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>拒绝这次申请；对方会收到通知</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>推流到 WHIP 服务器</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer 令牌或推流密钥（可选）</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>在系统钥匙串中记住令牌</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>请输入服务器地址，以 https:// 或 http:// 开头。</translation>
    </message>
</context>
</TS>
