<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>通話リンク</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>購入者の名前（任意）</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>購入者の名前</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>注文番号（任意）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>通話できる回数</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1：1 回だけ通話できるリンク、それ以上：常設リンク</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>リンクを作成</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>購入者がスマートフォンで開いてあなたに電話できるリンクを作ります</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>選んだリンクをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>選んだリンクを使えなくします</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>相手：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>注文：</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>回数：</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>有効期間：</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>着信はありません。購入者は通話リンクから電話をかけてきます。</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>あなたの通話映像</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>購入者に見えている映像</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>カメラなし：音声のみ</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>購入者のカメラ</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>自分のマイクを相手に聞かせる</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>共演者の声を相手に聞かせる</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>カメラをオフ</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>メインカメラ</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>2 つ目のソース…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>通話の映像</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>細部を見せるために 2 台目のカメラや動画ファイルに切り替えます</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>通話中の商品カード</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>通話の映像だけに商品カードを表示します（配信には出ません）</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>録画…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>購入者に録画の同意を求めます。同意されると録画が始まります</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>通話を終了</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>映像：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>購入者からのメッセージ</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>注文 {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>リンクを持っている人</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>残り %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>細部を見せるための 2 つ目のソース</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>動画 (*.mp4 *.mkv *.mov *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>{name} さんと通話中</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>カメラオフ</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>購入者：{state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>商品カードなし</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>購入者の録画への同意を待っています…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>購入者が同意しました。録画を開始しています…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>購入者は録画に同意しませんでした。</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● 録画中（購入者は同意し、REC 表示を見ています）</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>録画を停止</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>共同ホスト</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>共同ホストを招待</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>共同ホスト 1 人用のリンクを作成します（30 分間有効）。承認するまで控え室で待ってもらいます。</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>招待リンク</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>招待リンクがここに表示されます</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>このリンクを共同ホストに送ってください。このネットワークの外からはトンネル経由でスタジオを共有します（共同ホストガイドを参照）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>リンクをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>このリンクを無効にする</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>デッキのリンク</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>アシスタントのスマホやパソコン用のリンクを作ります。あなたが話している間に、商品の固定、タイムセール、在庫の修正、コメントへの返信ができます。</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>アシスタント用デッキのリンク</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>アシスタント用デッキのリンクがここに表示されます</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>このリンクを持つ人は誰でも配信の商品を操作できます。アシスタントにだけ送ってください。</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>デッキのリンクを無効にします。開いているデッキはすぐに閉じます</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>まだ誰も招待していません。リンクで共同ホストを招待すると、入室を許可するまで控え室で待ちます。</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>控え室</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>待っている人はいません。招待リンクからのリクエストがここに表示されます。</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>出演中</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>ソロ（ホストのみ）</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>横並び（PK）</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>ピクチャー・イン・ピクチャー</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>ホストと共同ホストで画面をどう分けるか</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>共同ホストとして参加…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>受け取った招待リンクを使って、あなたの映像と音声を別のホストの配信に送ります</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>別のホストの配信から退出</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>アシスタント用デッキ</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>レイアウト:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>別のホストの配信</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>新しい招待</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>共同ホストとして参加</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>ホストから届いた招待リンクを貼り付けてください:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>ホストと視聴者に表示されるあなたの名前:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>ホストに入室をお願いしています…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>控え室でホストの許可を待っています…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>別のホストの配信に出演中です。</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>別の配信に再接続しています…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>ホストがリクエストを断りました。</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>ホストにより配信から外されました。</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>別の配信から退出しました。</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>カタログの列を選ぶ</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>商品ID（SKU）</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>割引前の価格</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>通貨の列</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>商品リンク</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>バリエーション（サイズ、色）</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>列の名前が書かれた行。それより上の行は無視されます</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>シート「{sheet}」、見出しは {line} 行目</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>見出しは {line} 行目</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>{file}（{where}）のどの列にどの情報があるかを選んでください。Seller Studio は選択を記憶し、同じ列のファイルは次から確認せずに読み込みます。</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— このファイルにはない —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>価格の通貨</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>通貨の列が空の行、またはファイルに通貨の列がない場合はすべての行に使う通貨（ISO 4217 コード）</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>価格の通貨</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>ファイルの最初の行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>最初の行:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>次の列を選んでください: {fields}。</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>価格の通貨を選んでください（USD や MYR などの ISO 4217 コード）。</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>配信中は視聴者のコメントがここに表示されます。</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>最新のコメントまでスクロール</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>画面に表示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>購入希望</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>固定中</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>確保済み</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>連投</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>大文字の連発</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>禁止ワード</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>モデレーションで視聴者から隠したもの：スパム、連投、禁止ワード、ミュート中の視聴者</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ でコメントを選択 · Enter で下書きを送信 · P で画面に表示</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>下書きを送信</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>下書きの返信を全視聴者に送信します（Enter）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>下書きを返信欄に入れて、先に手直しします</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>選択したコメントを映像に表示します（P）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>表示をやめる</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>コメントを画面から外す</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>商品を固定</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>このコメントが挙げた商品を固定します</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>選択した購入希望を注文として確定します</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>購入希望を取り消し</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>購入希望を取り消します。数量は在庫に戻り、キャンセル待ちが繰り上がります</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>視聴者</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>選択したコメントの投稿者をミュートまたはブロックします</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>10 分間ミュート</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>この配信中はブロック</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>自動送信</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>質問の種類ごとに、下書きの返信を自動で送信します</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>在庫</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>サイズ・カラー</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>購入希望への返信</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>全員に返信…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>全員に返信</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>返信はすべての視聴者のコメント欄にホストの返信として表示されます</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>返信を送信（Enter）</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ 新しいコメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>あなたの返信（{time} に送信）</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>視聴者には非表示（{reason}）。{name} さん本人には見えています</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}（{time}）</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>画面に表示中 — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>配信先を編集</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>配信先を追加</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>例：TikTok ショップ</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>番組の形式</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>横長 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>縦長 9:16（スマホ向け）</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>変更なし（キーチェーンに保存済み）</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>ストリームキーを貼り付け</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>ストリームキー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>配信先に名前を付けてください（例：「TikTok ショップ」）。</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>サーバー URL は rtmp:// または rtmps:// で始まります。プラットフォームの配信設定からコピーしてください。</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>プラットフォームのストリームキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>ストリームキーに空白が含まれています。プラットフォームからもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>配信中</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
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
        <translation> · {n} 件欠落</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>配信先</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>配信開始すると、オンになっているすべての配信先にも番組を送ります。ストリームキーはシステムのキーチェーンに保存され、表示されることはありません。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>{name} に送信</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>補正</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>暗所補正</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>ホワイトバランス</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ノイズ除去</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>シャープ</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>美肌</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>明るい部屋は白飛びさせずに、暗い部屋を明るくします</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>黄色や青の色かぶりを取り除き、商品を本来の色で見せます</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>暗い場所でカメラに出るざらつきを抑えます</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>輪郭や商品の文字をくっきりさせます</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>目・髪・商品はくっきりさせたまま肌をなめらかにします</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>自動（部屋に合わせて調整）</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>暗所補正・ホワイトバランス・ノイズ除去・シャープを映像から自動で選びます。美肌は設定のままです。</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>ナチュラル</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>明るい部屋</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>ビューティー</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>カメラの映像をそのまま表示</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>自動 {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>補正の処理時間は 1 フレームあたり {ms:.1f} ms です。</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} / {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>ツアーをスキップ</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>接続品質</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>マイクの音量</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>音量 {rms:.0f} dBFS、ピーク {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>クリップ</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}（直近 2 分間）</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>損失 {pct:.1f}%</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>往復 {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>パケット損失 {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>ジッター {ms:.0f} ms</translation>
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
        <translation>フリーズ {ms:.0f} ms</translation>
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
        <translation>セーフゾーン</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>縦長配信：オーバーレイをこのアプリのボタンやコメントに重ねないようにします</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>任意のショッピングアプリ</translation>
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
        <translation>スマホの領域を表示しない</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>もう一方の形を表示</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>デュアル配信の 2 つ目の映像（16:9 または 9:16）をプレビューします</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>補正前 / 補正後</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>カメラの元の映像（左）と補正後の映像（右）を比べる</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>セーフエリア</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>タイトルセーフの枠と、スマホで見える中央の 9:16 の範囲を表示</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>すぐに戻ります</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>配信はまもなく再開します</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>カメラを開いています…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>カタログを読み込む…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>進行表を開く…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>進行表を保存</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>録画フォルダーを開く</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>配信(&amp;S)</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>配信開始 / 配信終了</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>リハーサル / 録画停止</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>練習用の視聴者</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>リハーサル中、模擬視聴者が 5 つの言語でコメントします</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>商品 {n} を表示</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>商品の表示をやめる</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>次の商品</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>前の商品</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>ツアーを表示</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Seller Studio について</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>配信開始を取り消しました。</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>配信を終了しますか？</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>視聴者には配信の終了が表示されます。</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>配信終了</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>録画を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>映像: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>音声: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>準備ができたら、ここから配信を始めます。3-2-1 のカウントダウンがあります。Ctrl+L でも同じです。</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>まずは練習: 配信せずに番組をファイルに録画するので、自分の様子を見返せます。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>カタログを読み込むかデモ商品を試し、商品を表示して画面に商品カードを出します（Ctrl+1…9）。</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
ライブコマースのホストのためのローカルスタジオ。</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>録画を仕上げています…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>配信を終了しています…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>カメラが見つかりません。</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>カメラ {name} を開けませんでした: 別のアプリが使用中の可能性があります。</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>カメラ {name} は開きましたが、映像が届きません。</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>カメラが見つかりません: デモ映像を表示しています。カメラを接続して「ソース」で選んでください。</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} 代わりにデモ映像を表示しています。</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>マイクが見つかりません: 無音を録音しています。マイクを接続して「ソース」で選んでください。</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} 代わりに無音を録音しています。</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>動画ファイル {name} がありません。</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>動画ファイル {name} をデコードできませんでした。</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>動画ファイル {name} の再生が終わりました。</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>音声の取り込みはオフです: PortAudio ライブラリがインストールされていません（Debian/Ubuntu: apt-get install libportaudio2）。</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>音声の取り込みはオフです: sounddevice パッケージがインストールされていません。</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>音声の取り込みはオフです。</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>マイクが見つかりません。</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>マイク「{name}」を開けませんでした: 別のアプリが使用中の可能性があります。</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>マイク「{name}」が止まりました。戻るまで視聴者には無音が流れます。</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>マイク「{name}」が戻りました。</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} から映像が届かなくなりました。</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>無音</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>デモ映像</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>デモ音</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} は売り切れです。タイムセールを始める前に在庫数を設定してください。</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>進行表にカタログにない商品があります：{ids}。「次」と「前」では飛ばします。</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>タイムセールを始めるには、商品を表示するか選んでください。</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>カタログに商品 {id} がありません。</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>先に {title} のセール価格を設定してください。</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>セール価格 {price} は数値ではありません。</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>{title} のセール価格は現在の価格（{price}）より低くしてください。</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>{title} のタイムセールは完売しました。</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>{title} のタイムセールが終了しました。</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>録画フォルダー {folder} に書き込めません。設定で別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>ディスクがいっぱいです（空き {free} MB）。空き容量を増やすか、設定で別の録画フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>録画 {name} を書き込めません。設定で別の録画フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>録画が止まりました。ファイルにこれ以上書き込めません。ここまでの録画は {name} に保存されています。</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>ディスクの空きが少ないため録画を止めました。配信は続いています。ここまでの録画は {name} に保存されています。空き容量を増やせば再び録画できます。</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} 映像が戻るまで視聴者には「すぐに戻ります」が表示されます。ソースで別の映像を選ぶこともできます。</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} の映像が戻りました。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>前のメッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} / {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>視聴者に見えている映像</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>番組プレビュー</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>映像を準備しています…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>補正前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>補正後</translation>
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
        <translation>カタログを読み込む…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>CSV・Excel（.xlsx）・JSON ファイル、または TikTok Shop・Shopee・Lazada のエクスポートから商品を読み込む</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>名前または ID で検索</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>商品を検索</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>名前か ID にこの文字を含む商品だけを表示</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>画面に表示中</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>商品をダブルクリックするか Enter キーを押すと、商品カードが画面に表示されます</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>デモ商品で試す</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>サンプル商品を 7 点読み込み、最初の商品を画面に表示します</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>選択した商品のカードを画面に表示（Ctrl+1…9 で一覧の最初の 9 点を表示）</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>表示をやめる</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>商品カードを画面から外す（Esc）</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>商品カードを表示する画面の隅</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>カードの位置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>タイムセールの長さ（{low}～{high} 秒）</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>タイムセールの長さ</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>タイムセールを開始</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>タイムセールのカウントダウンを画面に表示</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>カード:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>タイムセール:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>商品カタログを読み込む</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>カタログ (*.csv *.xlsx *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>カタログがまだありません。id・title・price・currency の列がある CSV・Excel・JSON ファイル（image・url・stock・original_price は任意）、または TikTok Shop・Shopee・Lazada の商品エクスポートを読み込んでください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 点の商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>{layout} のファイルとして列を読み込みました</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>このようなファイル用に選んだ列で読み込みました</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>売り切れ</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>残り %n 点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>在庫 %n 点</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>ID: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>画像なし: カードには仮の画像が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n 行をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>（カーソルを合わせると詳細）</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>このカタログには使える商品がありません。下に挙げた行を直して、もう一度読み込んでください。</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>「{text}」に一致する商品はありません。</translation>
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
        <translation>配信を始めると、アップロード・各共同ホスト・視聴者の接続状況がここに表示されます。</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>グラフは直近 2 分間: 往復時間（青・実線）、損失（赤・破線）、ビットレート（緑・点線）。</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>アダプティブエンコーダーが現在 WHIP サーバーに送っている量</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>接続までの時間</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>番組</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>スキップしたフレーム</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>エンコーダー</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>1 フレームあたり {ms:.1f} ms</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s（{height}p）</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>ライブ映像と録画に使う H.264 エンコーダーです。起動時にハードウェアエンコーダーを試し、どれも使えない場合はプロセッサーで x264 を使います。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}（ハードウェア）</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}（ソフトウェア）</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>このパソコンでは使用不可: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>測定中…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>非常に良好</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>不安定</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>悪い</translation>
    </message>
    <message>
        <source>down</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>リハーサルレポート</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>{name} のリハーサルレポートを作成しますか？照明、音声、商品、コメントの推移と、改善点を表示します。</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>レポートを作成</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>{name} を分析しています…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>カメラなし：音声のみ</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>まだ映像がありません</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>注文 {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>応答：通話は配信の横で行われ、配信には決して入りません</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>着信を断ります。購入者はメッセージを残せます</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>{time} 待機中</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>進行表</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>進行表を開く…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>進行表を開く：カタログ、順番、トークのメモ、セール</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>進行表を保存</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>順番、トークのメモ、セールを配信と一緒に保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>ドラッグで順番を変更。ダブルクリックか Enter で商品を画面に表示。Delete で進行表から外します</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>商品を追加</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>進行表にないカタログの商品を最後に追加</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>商品がまだありません。カタログを読み込むか進行表を開いてください。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>前の商品を画面に表示（Ctrl+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>順番の次の商品を画面に表示（Ctrl+→）</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>トークのメモ</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>この商品について話すこと：あなたにだけ見えます。</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>この商品のメモを大きな文字で表示します。視聴者には見えません。</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>タイムセール</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>セール価格</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>セール中の価格。カードには元の価格が取り消し線付きで表示されます</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>セール価格の数量</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>セール価格で売る数量。すべて予約されるとセールは終わります</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>セールの長さ</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>セールの長さ（{low}〜{high} 秒）</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>次の商品へ</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>表示を外す</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>この商品のまま</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>セール終了時</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>時間切れまたは完売したときの動作</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>セール開始</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>この商品をセール価格とカウントダウン付きで表示</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>セール終了</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>今すぐセールを終了：価格は元に戻り、商品は表示されたまま</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>セール価格：</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>長さ：</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>終了時：</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>進行表を開く</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>進行表 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>進行表を保存</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>進行表 (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>画面に表示</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>進行表から外す</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>すべての商品が進行表にあります</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>カタログにありません</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>トークのメモ：{title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>現在 {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>セール価格「{text}」は数値ではありません。</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>{title} セール中：{price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>残り {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>残り %n 点</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>新しい進行表</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>未保存：「進行表を保存」で順番を保存します</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>録画</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>映像ソース</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>映像の幅</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>映像の高さ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>1 秒あたりのフレーム数</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>映像内の価格と日付</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>映像に描く価格と日付のロケール（例: en_US、zh_CN、id_ID、pt_BR）</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>マイクのゲイン</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>録画フォルダー</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>リハーサルの保存先</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>録画の速度プリセット</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>リハーサル録画の x264 プリセット: 速いほど CPU 負荷は軽く、ファイルは大きくなります</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>録画の画質（CRF）</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>x264 の固定品質係数: 小さいほど高画質でファイルが大きくなります</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>接続に合わせてアップロードを調整</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>配信のエンコードを回線に合わせる（まずビットレート、次に 1080p、720p、540p、360p）</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>スタジオ内蔵サーバーのポート</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>内蔵サーバー（視聴ページ、WHIP/WHEP）のポート。0 でシステムが選びます</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>コメント設定フォルダー</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>自分用の intents.toml・answers.toml・rules.toml・blocked-words.txt。フォルダーがあれば読み込みます</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>ウィンドウの言語。空欄ならシステムに従います</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>初回ツアーを表示済み</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>セーフエリアを表示</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>プレビューにタイトルセーフの枠と 9:16 の切り抜きを表示</translation>
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
        <translation>設定は {settings} に、ログは {logs} に保存されます。</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>相手のマイクの音量</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>この共同ホストを番組内でミュート（画面には残ります）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>この共同ホストを配信から外します。リンクも無効になります</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>枠 {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>再接続中…（枠を 30 秒間確保）</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>出演中</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ミュート解除</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>接続: まだ映像がありません</translation>
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
        <translation>不安定</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>映像なし</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>接続: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n フレーム受信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>映像: カメラ、デモ映像、または動画ファイル</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h}（縦長 9:16）</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>映像サイズ</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>両方の形</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>もう一方の形（スマホ向けの 9:16、または 16:9）も同時に作成します</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>顔を追いかける</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>動いても顔が映像の上 3 分の 1 に収まるようにします</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>カメラ映像をズームします</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>映像を左右に動かします（顔を追いかけていないとき）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>マイクのゲイン（dB）</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>マイクのゲイン</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>音割れ: マイクのゲインを下げてください。</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>フレーミング</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>マイクゲイン</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>デモ映像</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>動画ファイル…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>カメラ {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>既定のマイク</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>デモ音</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>動画ファイルを選択</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>動画 (*.mp4 *.mkv *.mov *.webm *.avi);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>映像が途切れています。戻るまで視聴者には「すぐに戻ります」が表示されます。</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>表示中: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>配信コントロール</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>WHIP サーバー…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>このコンピューターから配信します。視聴者はブラウザーで視聴ページを開きます。</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>任意の WHIP サーバーに配信（OBS 対応サービス、LiveKit、Cloudflare、MediaMTX など）。</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>プラットフォームのみ</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>番組を RTMP の配信先（TikTok、Shopee、Lazada、YouTube、Facebook…）だけに送ります。</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>配信開始で番組を送る先</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>配信先…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>配信開始で RTMP(S) 経由でも番組を送るプラットフォーム：TikTok、Shopee、Lazada、YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>選んだ送信先へのアップロードを測定し（約 10 秒）、おすすめの画質を提案します</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>配信開始</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>配信を開始（Ctrl+L）</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>配信の接続状況</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>いま視聴している人数</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>リハーサル</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>配信せずに番組をファイルに録画（Ctrl+R）</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>出力:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>キャンセル（{seconds}）</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>配信終了</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>配信を終了（Ctrl+L）</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>プラットフォーム {live}/{total} 配信中</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>配信先（{n}）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>接続: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n 人が視聴中</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>録画停止</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>再接続中… {seconds:.0f} 秒</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>配信中 {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● 録画中 {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>静かな部屋</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>にぎやかな市場</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>ヘッドホン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>標準は控えめで声が細くなることはありません。強はファン、車の音、ハムノイズを取り除きますが、すぐ隣で人が話していると声が細くなることがあります</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>スピーカーからのエコーを除去</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>ヘッドホンを使っている</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>ヘッドホンではマイクに音が戻らないため、エコー除去はオフのままです。</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>声の大きさを一定に保つ</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>話していない間は周囲の音をミュート</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>処理前</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>処理後</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>ヘッドホンで自分の声を確認します（マイクが拾ったまま、または視聴者に届く音）</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>処理前のマイクレベル</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>処理後の声のレベル</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>モニター</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>マイクの音が割れています。入力音量を下げてください。</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>音割れ寸前です。マイクの入力音量を少し下げてください。</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>共同ホストのエコーを除去しています。</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>まだ映像がありません</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>参加リクエスト</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>{name} さんを次の空き枠で出演させる</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>断る</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>リクエストを断ります。相手に通知されます</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>WHIP サーバーに配信</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Bearer トークンまたはストリームキー（任意）</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>トークンをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>サーバーのアドレスを https:// または http:// から入力してください。</translation>
    </message>
</context>
</TS>
