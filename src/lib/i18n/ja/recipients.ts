// Japanese for the pages a recipient opens from a link (upload, drop folder, ticket, relay) and
// for the "Request files" panel and its drop card, with the sentences of the modules behind them:
// their refusals of links, upload outcomes and checks of the request form. Keys are the English
// text as shown.
export default {
	'Nothing was uploaded.': 'アップロードは行われていません。',
	'Back to S3 Presign': 'S3 Presign に戻る',
	'The file you choose goes to:': '選択したファイルの送信先：',
	'Upload destination': 'アップロード先',
	Server: 'サーバー',
	'(first part of the path; if this server puts bucket names in the host, it is part of the key)':
		'（パスの最初の部分です。このサーバーがバケット名をホスト名に含める方式の場合は、キーの一部です）',
	'Time left to upload': 'アップロードの残り時間',
	'This upload link has expired. Ask for a new one.':
		'このアップロード用リンクは有効期限が切れています。新しいリンクを依頼してください。',
	'Choose a file to upload': 'アップロードするファイルを選択',
	'Upload progress': 'アップロードの進捗',
	'{loaded} of {total} bytes ({percent}%)': '{loaded} / {total} バイト（{percent}%）',
	'Cancel upload': 'アップロードを中止',
	"The file goes straight from this device to the server above. This works when this page is hosted where the device can reach it and the bucket's CORS rules allow {put} from this page's origin.":
		'ファイルはこの端末から上記のサーバーへ直接送られます。このページが端末から到達できる場所で配信され、バケットの CORS ルールがこのページのオリジンからの {put} を許可している場合に動作します。',
	'Ready to send': '送信待ち',
	'Not sent': '未送信',
	'Uploading…': 'アップロード中…',
	Uploaded: 'アップロード済み',
	Failed: '失敗',
	'The files you choose go to:': '選択したファイルの送信先：',
	'Drop destination': '送信先',
	Folder: 'フォルダー',
	'Largest file': '最大ファイルサイズ',
	'{size} ({bytes} bytes)': '{size}（{bytes} バイト）',
	'Accepted types': '受け付けるタイプ',
	'Time left to send files': 'ファイル送信の残り時間',
	'This drop link has expired: the server will refuse files now. Ask the person who sent it for a new one.':
		'この受け取り用リンクは有効期限が切れているため、サーバーはファイルを拒否します。リンクを送った人に新しいリンクを依頼してください。',
	'Choose files': 'ファイルを選択',
	'Upload files': 'ファイルをアップロード',
	'Files to send': '送信するファイル',
	'Progress of {name}': '{name} の進捗',
	'Stored as “{name}”.': '「{name}」として保存しました。',
	'Stored as “{name}”: a file with its name was already in the folder, and it was not replaced.':
		'「{name}」として保存しました。同じ名前のファイルが既にフォルダーにあったため、置き換えていません。',
	"Files go straight from this device to the server above, one after another. A phone can take a photo from “Choose files”. This works when the bucket's CORS rules allow {post} from this page's origin.":
		'ファイルはこの端末から上記のサーバーへ 1 つずつ直接送られます。スマートフォンでは「ファイルを選択」から写真を撮ることもできます。バケットの CORS ルールがこのページのオリジンからの {post} を許可している場合に動作します。',
	'Size limit': 'サイズ上限',
	'This upload ticket has expired. Ask the sender for a new one.':
		'このアップロードチケットは有効期限が切れています。送り主に新しいチケットを依頼してください。',
	'Choose a file': 'ファイルを選択',
	'{name} is {size} ({bytes} bytes), larger than this ticket takes ({max} bytes). Nothing was sent; choose a smaller file or ask the sender for a larger ticket.':
		'{name} は {size}（{bytes} バイト）で、このチケットの上限（{max} バイト）を超えています。送信は行っていません。小さいファイルを選ぶか、送り主に上限の大きいチケットを依頼してください。',
	'Upload file': 'ファイルをアップロード',
	'Pause upload': 'アップロードを一時停止',
	'Upload status': 'アップロードの状況',
	'{rate}/s': '{rate}/秒',
	'about {time} left': '残り約 {time}',
	'The file goes straight from this device to the server above, in parts of {size}. If the connection drops or this page reloads, choose the same file again: the parts already sent are kept.':
		'ファイルはこの端末から上記のサーバーへ、{size} ずつの部分に分けて直接送られます。接続が切れたりページを再読み込みしたりした場合は、同じファイルをもう一度選んでください。送信済みの部分はそのまま使われます。',
	'Reading the link…': 'リンクを読み取り中…',
	'This page needs a relay link: open the whole address you were given, or scan its QR code again.':
		'このページにはリレーリンクが必要です。受け取ったアドレス全体を開くか、QRコードをもう一度読み取ってください。',
	'Nothing was sent anywhere.': '何も送信していません。',
	Destination: '送信先',
	'Upload to': 'アップロード先',
	'Download from': 'ダウンロード元',
	File: 'ファイル',
	'This link opens at {date}. Come back then; nothing was sent yet.':
		'このリンクは {date} に有効になります。その時刻以降にもう一度開いてください。まだ何も送信していません。',
	'This link expired on {date}. Nothing was sent; ask for a new one.':
		'このリンクは {date} に有効期限が切れました。何も送信していません。新しいリンクを依頼してください。',
	'Opening the upload page…': 'アップロードページを開いています…',
	'The download should start by itself. If it does not, {link}.':
		'ダウンロードは自動的に始まります。始まらない場合は{link}。',
	'download the file': 'こちらからダウンロードしてください',
	'Current link (valid until {date})': '現在のリンク（{date} まで有効）',
	'Your temporary keys expired at {time}: a drop link signed with them would not work. Import or enter fresh keys.':
		'一時的なキーは {time} に有効期限が切れています。このキーで署名した受け取り用リンクは使えません。新しいキーをインポートするか入力してください。',
	'This drop link will stop working at {time}, when your temporary keys expire — {shortBy} earlier than asked.':
		'この受け取り用リンクは、一時的なキーの有効期限が切れる {time} に使えなくなります（指定より {shortBy} 早く失効します）。',
	'People with the link can upload files into a folder of {bucket} from their browser or phone, without keys. Use a folder meant for it: they can write any name inside it.':
		'リンクを受け取った人は、キーなしでブラウザーやスマートフォンから {bucket} のフォルダーにファイルをアップロードできます。フォルダー内には任意の名前で書き込めるため、受け取り専用のフォルダーを使ってください。',
	'Drop folder': '受け取り用フォルダー',
	'Largest file (MB)': '最大ファイルサイズ（MB）',
	'Drop expires in (seconds)': '受け取り用リンクの有効期間（秒）',
	'Allowed content type': '許可するコンテンツタイプ',
	'optional, e.g. image/': '任意（例：image/）',
	'Drop signature version': '受け取り用リンクの署名バージョン',
	"1 MB here is 1,048,576 bytes. With SigV4 the drop page also gets a listing of the folder's names (never their contents), so that a file with a name already there is stored with a short suffix instead of replacing it; with SigV2 every file gets the suffix.":
		'ここでの 1 MB は 1,048,576 バイトです。SigV4 では受け取りページがフォルダー内の名前の一覧（内容は含みません）も受け取り、既にある名前のファイルは置き換えずに短い接尾辞を付けて保存します。SigV2 ではすべてのファイルに接尾辞が付きます。',
	'Create drop link': '受け取り用リンクを作成',
	'It ends when the temporary keys that signed it expire (their imported Expiration): the server refuses files under a policy whose keys have expired.':
		'署名に使った一時的なキーの有効期限（インポートした Expiration）で失効します。キーの有効期限が切れたポリシーでは、サーバーがファイルを拒否するためです。',
	'It ends when the session token that signed it expires (its JWT "exp"): the server refuses files under a policy whose keys have expired.':
		'署名に使ったセッショントークンの有効期限（JWT の「exp」）で失効します。キーの有効期限が切れたポリシーでは、サーバーがファイルを拒否するためです。',
	'Drop link for {path}': '{path} へのファイル受け取り用リンク',
	'{signer} POST policy, signed {date}': '{signer} の POST ポリシー、{date} に署名',
	'Drop link': '受け取り用リンク',
	'Time left on this drop link': 'この受け取り用リンクの残り時間',
	'QR code for the drop link': '受け取り用リンクのQRコード',
	'This drop link has expired: the code still scans, but the server will refuse files.':
		'この受け取り用リンクは有効期限が切れています。コードは読み取れますが、サーバーはファイルを拒否します。',
	"The link opens this app's drop page; the signed policy rides in the part after {hash}, which the browser never sends to a server. Anyone with it can upload files into this folder until it expires: each file at most the size you chose, under any name in the folder.":
		'このリンクはこのアプリのファイル受け取りページを開きます。署名済みのポリシーはアドレスの {hash} 以降に含まれ、ブラウザーがこの部分をサーバーに送ることはありません。有効期限までは、リンクを持つ誰でもこのフォルダーにファイルをアップロードできます（1 ファイルあたり指定したサイズまで、フォルダー内の任意の名前で）。',
	'Send files · S3 Presign': 'ファイルの送信 · S3 Presign',
	'Send files': 'ファイルの送信',
	'This page needs a drop link: open the link someone made with “Request files” in S3 Presign.':
		'このページには受け取り用リンクが必要です。S3 Presign の「ファイルの受け取り」で作成されたリンクを開いてください。',
	'Shared link · S3 Presign': '共有リンク · S3 Presign',
	'Shared link': '共有リンク',
	'Send a large file · S3 Presign': '大きなファイルの送信 · S3 Presign',
	'Send a large file': '大きなファイルの送信',
	'Loading the ticket…': 'チケットを読み込み中…',
	'This page needs an upload ticket link. Ask the person who wants your file to create one in S3 Presign (method “Large upload (multipart)”) and send you its link.':
		'このページにはアップロードチケットのリンクが必要です。ファイルを受け取りたい人に、S3 Presign でチケット（メソッド「大容量アップロード（マルチパート）」）を作成してリンクを送ってもらってください。',
	'Upload a file · S3 Presign': 'ファイルのアップロード · S3 Presign',
	'Upload a file': 'ファイルのアップロード',
	'This page needs an upload link. Scan the “Upload from a phone” QR code of an upload (PUT) link in S3 Presign, or open the link it shows.':
		'このページにはアップロード用リンクが必要です。S3 Presign で作成したアップロード（PUT）用リンクの「スマートフォンからアップロード」のQRコードを読み取るか、そこに表示されるリンクを開いてください。',
	'Uploaded {name} ({size} bytes).': '{name} をアップロードしました（{size} バイト）。',
	'The server refused the upload (HTTP {status}). The link may have expired, or it was signed for a different content type.':
		'サーバーがアップロードを拒否しました（HTTP {status}）。リンクの有効期限が切れているか、別のコンテンツタイプで署名された可能性があります。',
	'The upload made no progress for {seconds} seconds, so it was stopped.':
		'アップロードが {seconds} 秒間進まなかったため中止しました。',
	"The upload did not get through. The link may have expired (some servers then answer without CORS headers, which looks like a network error), the bucket's CORS rules may not allow PUT from this page, or the network is down.":
		'アップロードできませんでした。リンクの有効期限が切れている（その場合、CORS ヘッダーなしで応答するサーバーがあり、ネットワークエラーのように見えます）、バケットの CORS ルールがこのページからの PUT を許可していない、またはネットワークが切断されている可能性があります。',
	'Enter the largest file size in MB, e.g. 100.':
		'最大ファイルサイズを MB で入力してください（例：100）。',
	'A drop takes files up to {max} MB (5 GiB): S3 accepts no larger single upload.':
		'受け取り用リンクで受け付けられるファイルは {max} MB（5 GiB）までです。S3 はこれより大きい単一のアップロードを受け付けません。',
	'(Connection settings, above.)': '（上の接続設定を確認してください。）',
	'Could not sign the drop link.': '受け取り用リンクに署名できませんでした。',
	'The server refused it as too large ({what}).':
		'サイズが大きすぎるため、サーバーに拒否されました（{what}）。',
	'The server refused it as too small ({what}).':
		'サイズが小さすぎるため、サーバーに拒否されました（{what}）。',
	'The server refused it ({what}): the drop link may have expired, or it does not allow this name or type.':
		'サーバーに拒否されました（{what}）。受け取り用リンクの有効期限が切れているか、この名前または種類が許可されていない可能性があります。',
	'The server refused it ({what}).': 'サーバーに拒否されました（{what}）。',
	"Not sent: it is {size} ({bytes} bytes), over this drop's limit of {max}.":
		'未送信：{size}（{bytes} バイト）あり、この受け取り用リンクの上限 {max} を超えています。',
	'Not sent: this drop takes only {prefix}… files, and this one is {type}.':
		'未送信：この受け取り用リンクが受け付けるのは {prefix}… のファイルのみですが、このファイルは {type} です。',
	'Not sent: this drop takes only {prefix}… files, and this one is of unknown type.':
		'未送信：この受け取り用リンクが受け付けるのは {prefix}… のファイルのみですが、このファイルは種類が不明です。',
	'This page could not check which names are already in the folder, so every file gets a short suffix to its name: nothing is replaced.':
		'フォルダー内に既にある名前を確認できなかったため、すべてのファイル名に短い接尾辞を付けます。既存のファイルは置き換えられません。',
	'Not sent: this drop link has expired. Ask the person who sent it for a new one.':
		'未送信：この受け取り用リンクは有効期限が切れています。リンクを送った人に新しいリンクを依頼してください。',
	"It did not get through. The drop link may have expired (the server then answers without CORS headers, which looks like a network error), the bucket's CORS rules may not allow POST from this page, or the network is down.":
		'送信できませんでした。受け取り用リンクの有効期限が切れている（その場合、サーバーは CORS ヘッダーなしで応答するため、ネットワークエラーのように見えます）、バケットの CORS ルールがこのページからの POST を許可していない、またはネットワークが切断されている可能性があります。',
	'Press Upload file again with the same file to resume: parts already sent are kept.':
		'同じファイルでもう一度「ファイルをアップロード」を押すと再開します。送信済みの部分はそのまま使われます。',
	'The upload made no progress for a while.': 'アップロードがしばらく進みませんでした。',
	'The connection to the storage server was lost (or the ticket expired: some servers then answer without CORS headers, which looks the same).':
		'ストレージサーバーとの接続が切れました（またはチケットの有効期限が切れました。その場合、CORS ヘッダーなしで応答するサーバーがあり、同じように見えます）。',
	'This upload no longer exists on the server: it was completed or aborted. Ask the sender for a new ticket.':
		'このアップロードはサーバー上にもうありません。完了したか中止されています。送り主に新しいチケットを依頼してください。',
	'The server refused the upload ({code}: {message}). The ticket may have expired.':
		'サーバーがアップロードを拒否しました（{code}: {message}）。チケットの有効期限が切れている可能性があります。',
	'The upload stopped unexpectedly.': 'アップロードが予期せず停止しました。',
	'This upload ticket is no longer there: the upload was completed or aborted. Ask the sender for a new ticket if you still need to send a file.':
		'このアップロードチケットはもうありません。アップロードは完了したか中止されています。まだファイルを送る必要がある場合は、送り主に新しいチケットを依頼してください。',
	'The storage server refused to show this ticket (HTTP {status}). It may have expired; ask the sender for a new one.':
		'ストレージサーバーがこのチケットの表示を拒否しました（HTTP {status}）。有効期限が切れている可能性があります。送り主に新しいチケットを依頼してください。',
	"Could not load this ticket from the storage server: the network is down, the ticket expired (some servers then answer without CORS headers), or the bucket's CORS rule does not allow this page.":
		'ストレージサーバーからこのチケットを読み込めませんでした。ネットワークが切断されている、チケットの有効期限が切れている（その場合、CORS ヘッダーなしで応答するサーバーがあります）、またはバケットの CORS ルールがこのページを許可していない可能性があります。',
	'Upload complete: {name}, {bytes} bytes ({parts} parts were already there).':
		'アップロード完了：{name}、{bytes} バイト（{parts} 個の部分は送信済みでした）。',
	'Upload complete: {name}, {bytes} bytes.': 'アップロード完了：{name}、{bytes} バイト。',
	'The ticket could not be removed; it stops working when it expires.':
		'チケットを削除できませんでした。有効期限が来ると使えなくなります。',
	'Upload paused. Press Upload file with the same file to resume.':
		'アップロードを一時停止しました。同じファイルで「ファイルをアップロード」を押すと再開します。',
	'Upload aborted: the parts sent so far were removed and the ticket no longer works.':
		'アップロードを中止しました。送信済みの部分は削除され、チケットは使えなくなりました。',
	'Could not abort the upload.': 'アップロードを中止できませんでした。',
	'This is not a presigned upload link (it lacks the S3 signature parameters X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders and -Signature, or AWSAccessKeyId, Expires and Signature), so this page will not send a file to it.':
		'これは署名付きのアップロード用リンクではありません（S3 の署名パラメーター X-Amz-Algorithm、-Credential、-Date、-Expires、-SignedHeaders、-Signature、または AWSAccessKeyId、Expires、Signature がありません）。このページはここへファイルを送信しません。',
	'This upload link names bucket “{bucket}”, but its address {address} does not contain it, so it is not clear where the file would go. Ask for a new link.':
		'このアップロード用リンクはバケット「{bucket}」を指定していますが、アドレス {address} にそのバケットが含まれていないため、ファイルの送信先がはっきりしません。新しいリンクを依頼してください。',
	'This upload link is a “{protocol}” address, not a web address (https:// or http://), so this page will not send a file to it.':
		'このアップロード用リンクは「{protocol}」のアドレスで、Web のアドレス（https:// または http://）ではないため、このページはここへファイルを送信しません。',
	'This upload link carries a user name or password in its address, which presigned links never do, so this page will not send a file to it.':
		'このアップロード用リンクのアドレスにはユーザー名またはパスワードが含まれています。署名付きURLにこれらが含まれることはないため、このページはここへファイルを送信しません。',
	'This upload link points at {host}, the server this page itself comes from, not at a storage server of its own, so this page will not send a file to it.':
		'このアップロード用リンクは、ストレージサーバーではなく、このページ自体の配信元 {host} を指しているため、このページはここへファイルを送信しません。',
	'This is a download link (it sets response headers), not an upload link.':
		'これはダウンロード用リンク（レスポンスヘッダーを指定しています）で、アップロード用リンクではありません。',
	'This upload link names no object, so there is nothing to upload to.':
		'このアップロード用リンクはオブジェクトを指定していないため、アップロード先がありません。',
	'This upload link expired on {date}. Ask for a new one.':
		'このアップロード用リンクは {date} に有効期限が切れました。新しいリンクを依頼してください。',
	'This upload link is damaged: part of it is missing or was changed on the way. Scan the QR code again, or ask for a new link.':
		'このアップロード用リンクは壊れています。一部が欠けているか、途中で書き換えられています。QRコードをもう一度読み取るか、新しいリンクを依頼してください。',
	'This drop link is damaged: part of it is missing or was changed on the way. Open the link again, or ask for a new one.':
		'この受け取り用リンクは壊れています。一部が欠けているか、途中で書き換えられています。もう一度リンクを開くか、新しいリンクを依頼してください。',
	'This drop link points at {host}, the server this page itself comes from, not at a storage server of its own, so this page will not send files to it.':
		'この受け取り用リンクは、ストレージサーバーではなく、このページ自体の配信元 {host} を指しているため、このページはここへファイルを送信しません。',
	'This drop link expired on {date}. Ask the person who sent it for a new one.':
		'この受け取り用リンクは {date} に有効期限が切れました。リンクを送った人に新しいリンクを依頼してください。',
	'This drop link sends files to a “{protocol}” address, not a web address (https:// or http://), so this page will not send anything.':
		'この受け取り用リンクの送信先は「{protocol}」のアドレスで、Web のアドレス（https:// または http://）ではないため、このページは何も送信しません。',
	'This relay link points at {host}, the server this page itself comes from, not at a storage server, so this page will not use it.':
		'このリレーリンクは、ストレージサーバーではなく、このページ自体の配信元 {host} を指しているため、このページはこのリンクを使いません。',
	'This relay link is damaged: part of it is missing or was changed on the way. Scan the QR code again, or ask for a new link.':
		'このリレーリンクは壊れています。一部が欠けているか、途中で書き換えられています。QRコードをもう一度読み取るか、新しいリンクを依頼してください。',
	'This upload ticket link is damaged: part of it is missing or was changed on the way. Open the link again, or ask for a new one.':
		'このアップロードチケットのリンクは壊れています。一部が欠けているか、途中で書き換えられています。もう一度リンクを開くか、新しいリンクを依頼してください。',
	'This link does not point at an upload ticket (a file in {folder}), so this page will not use it.':
		'このリンクはアップロードチケット（{folder} 内のファイル）を指していないため、このページはこのリンクを使いません。',
	'This is not a presigned ticket link (it lacks the S3 signature parameters X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders and -Signature, or AWSAccessKeyId, Expires and Signature), so this page will not send a file to it.':
		'これは署名付きのチケットのリンクではありません（S3 の署名パラメーター X-Amz-Algorithm、-Credential、-Date、-Expires、-SignedHeaders、-Signature、または AWSAccessKeyId、Expires、Signature がありません）。このページはここへファイルを送信しません。',
	'This ticket link is a “{protocol}” address, not a web address (https:// or http://), so this page will not send a file to it.':
		'このチケットのリンクは「{protocol}」のアドレスで、Web のアドレス（https:// または http://）ではないため、このページはここへファイルを送信しません。',
	'This ticket link carries a user name or password in its address, which presigned links never do, so this page will not send a file to it.':
		'このチケットのリンクのアドレスにはユーザー名またはパスワードが含まれています。署名付きURLにこれらが含まれることはないため、このページはここへファイルを送信しません。',
	'This ticket link points at {host}, the server this page itself comes from, not at a storage server of its own, so this page will not send a file to it.':
		'このチケットのリンクは、ストレージサーバーではなく、このページ自体の配信元 {host} を指しているため、このページはここへファイルを送信しません。',
	'This is a download link (it sets response headers), not an ticket link.':
		'これはダウンロード用リンク（レスポンスヘッダーを指定しています）で、チケットのリンクではありません。',
	'This ticket link names no object, so there is nothing to upload to.':
		'このチケットのリンクはオブジェクトを指定していないため、アップロード先がありません。',
	'This ticket link expired on {date}. Ask for a new one.':
		'このチケットのリンクは {date} に有効期限が切れました。新しいリンクを依頼してください。',
	'{name} is {bytes} bytes, larger than this ticket takes ({max} bytes). Nothing was sent.':
		'{name} は {bytes} バイトで、このチケットの上限（{max} バイト）を超えています。送信は行っていません。',
	'{name} is empty. Nothing was sent.': '{name} は空です。送信は行っていません。',
	"The server took the first part, but this page cannot read its receipt (the ETag header): the bucket's CORS rule does not expose it, and the upload cannot be finished without it. Ask the sender to add ETag to the ExposeHeaders of the bucket’s CORS rule (the CORS doctor of S3 Presign prints the rule), then press Upload file again: parts already sent are kept.":
		'サーバーは最初の部分を受け取りましたが、このページはその受領情報（ETag ヘッダー）を読み取れません。バケットの CORS ルールがこのヘッダーを公開しておらず、これがないとアップロードを完了できません。送り主に、バケットの CORS ルールの ExposeHeaders に ETag を追加してもらい（S3 Presign の CORS 診断でルールを表示できます）、もう一度「ファイルをアップロード」を押してください。送信済みの部分はそのまま使われます。',
	'The server answered the part listing with something unexpected.':
		'サーバーが部分の一覧に対して予期しない応答を返しました。',
	'Choose a folder for the drop, e.g. incoming/: anyone with the link can write any name in it.':
		'受け取り用のフォルダーを指定してください（例：incoming/）。リンクを持つ誰でも、その中に任意の名前で書き込めます。',
	'The folder name is not valid Unicode or is too long for S3.':
		'フォルダー名が有効な Unicode ではないか、S3 には長すぎます。',
	'The largest file size must be a positive number.':
		'最大ファイルサイズには正の数を指定してください。',
	'The content type must be plain ASCII without spaces, e.g. image/ or application/pdf.':
		'コンテンツタイプは空白を含まない ASCII 文字で指定してください（例：image/、application/pdf）。',
	'Enter the region (e.g. us-east-1).': 'リージョンを入力してください（例：us-east-1）。',
	'S3 stores objects of at most 5 TiB (about 5,497 GB).':
		'S3 に保存できるオブジェクトは最大 5 TiB（約 5,497 GB）です。',
	'The endpoint may not be reachable from this network (a VPN that is down, a firewall that drops the traffic), or it is down.':
		'このネットワークからエンドポイントに到達できない（VPN が切断されている、ファイアウォールが通信を遮断しているなど）か、エンドポイントが停止している可能性があります。',
	'The server did not return an UploadId.': 'サーバーが UploadId を返しませんでした。',
	'The server listed a part without number, ETag or size.':
		'サーバーが番号、ETag、サイズのいずれかがない部分を一覧に含めました。',
	'The server answered with something that is not XML.':
		'サーバーが XML ではない応答を返しました。',
	'This ticket link names bucket “{bucket}”, but its address {address} does not contain it, so it is not clear where the file would go. Ask for a new link.':
		'このチケットのリンクはバケット「{bucket}」を指定していますが、アドレス {address} にそのバケットが含まれていないため、ファイルの送信先がはっきりしません。新しいリンクを依頼してください。',
	'Something went wrong in this page; reload it and try again.':
		'このページで問題が発生しました。再読み込みしてから再試行してください。',
	'This upload ticket is damaged or was changed: {detail} Nothing was uploaded. Ask the sender for a new ticket.':
		'このアップロードチケットは壊れているか、書き換えられています（{detail}）。アップロードは行われていません。送り主に新しいチケットを依頼してください。',
	'Enter the largest file size in GB, e.g. 40 or 0.5.':
		'最大ファイルサイズを GB で入力してください（例：40、0.5）。',
	'The largest file size must be more than 0 GB.':
		'最大ファイルサイズには 0 GB より大きい値を指定してください。',
	'Upload tickets are signed with SigV4 only (their links then last at most 7 days). Choose SigV4.':
		'アップロードチケットは SigV4 でのみ署名されます（そのためリンクの有効期間は最大 7 日です）。SigV4 を選択してください。',
	'The {folder} folder holds the tickets themselves; choose another key.':
		'{folder} フォルダーにはチケット自体が保存されます。別のキーを指定してください。'
} as const satisfies Record<string, string>;
