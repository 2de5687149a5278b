// Japanese for making links: the presign form, the link card with its countdown, copy, QR code and
// phone upload, and the messages of checking an expiry or a start time and of signing.
export default {
	'Create a link': 'リンクの作成',
	'Links are signed in this tab with the connection settings above: no Connect or network needed.':
		'リンクは上の接続設定を使ってこのタブ内で署名されます。接続操作やネットワークは不要です。',
	'Link history': 'リンク履歴',
	'Inspect a presigned URL': '署名付きURLの確認',
	'Bucket name': 'バケット名',
	'Object key': 'オブジェクトキー',
	Method: 'メソッド',
	'Download (GET)': 'ダウンロード（GET）',
	'Upload (PUT)': 'アップロード（PUT）',
	'Large upload (multipart)': '大容量アップロード（マルチパート）',
	'Largest file (GB)': '最大ファイルサイズ（GB）',
	'e.g. 40': '例：40',
	'Signature version': '署名バージョン',
	'SigV4 relay (longer than 7 days)': 'SigV4 リレー（7 日を超える期間）',
	Expiry: '有効期限',
	'Expires in (seconds)': '有効期間（秒）',
	'Expiry presets': '有効期間の候補',
	'This server refused SigV2 in the Endpoint check: SigV2 links will not work here.':
		'このサーバーはエンドポイントチェックで SigV2 を拒否しました。SigV2 のリンクはここでは使えません。',
	"A relay link opens this app's own page, which picks whichever of its 7-day SigV4 links is valid at that moment: whoever opens it must be able to reach this app.":
		'リレーリンクはこのアプリ自身のページを開き、その時点で有効な 7 日間の SigV4 リンクを選んで使います。リンクを開く人は、このアプリにアクセスできる必要があります。',
	'SigV2 has no expiry limit on servers that accept it (Ceph RGW, many on-premise S3); AWS accepts SigV2 only in its oldest regions.':
		'SigV2 を受け付けるサーバー（Ceph RGW、多くのオンプレミスの S3）では有効期限に上限はありません。AWS が SigV2 を受け付けるのは古いリージョンのみです。',
	'SigV4 links last at most 7 days ({seconds} seconds).':
		'SigV4 のリンクの有効期限は最長 7 日（{seconds} 秒）です。',
	'This server refused SigV2 in the Endpoint check: a SigV2 link cannot last longer here.':
		'このサーバーはエンドポイントチェックで SigV2 を拒否しました。ここでは SigV2 のリンクでも有効期間を延ばせません。',
	'Switch to SigV4 relay': 'SigV4 リレーに切り替える',
	'This server accepts SigV2, which has no such limit.':
		'このサーバーは SigV2 を受け付けます。SigV2 にはこの上限がありません。',
	'Switch to SigV2 (legacy)': 'SigV2（旧方式）に切り替える',
	'The recipient gets a page of this app that sends one file in parts straight to this key, and can resume after a lost connection. Creating the ticket starts the upload on the server.':
		'受け取った人には、1 つのファイルを分割してこのキーへ直接送るこのアプリのページが開き、接続が切れても再開できます。チケットを作成すると、サーバー上でアップロードが開始されます。',
	'Download filename': 'ダウンロード時のファイル名',
	'optional, e.g. report.pdf': '任意（例：report.pdf）',
	'Content type': 'コンテンツタイプ',
	'optional, e.g. application/pdf': '任意（例：application/pdf）',
	'optional; uploads must then send it': '任意（指定するとアップロード時に同じ値の送信が必要）',
	'Create link': 'リンクを作成',
	'Valid from': '有効開始日時',
	'Your local time; empty means now. The expiry counts from this moment.':
		'この端末の現地時刻で指定します（空欄は現在時刻）。有効期間はこの時点から数えます。',
	'This server ignores start times: the link will work at once, not only from “Valid from”.':
		'このサーバーは開始時刻を無視します。リンクは「有効開始日時」からではなく、すぐに使えるようになります。',
	'This server holds links back until their start time.':
		'このサーバーは開始時刻まではリンクを有効にしません。',
	'SigV4 relay of {count} links, from {date}':
		'{count} 本のリンクによる SigV4 リレー、{date} から有効',
	'SigV4, signed {date}': 'SigV4、{date} に署名',
	'SigV2 (legacy), signed {date}': 'SigV2（旧方式）、{date} に署名',
	'Disabled: {reason}': '無効化済み：{reason}',
	'Presigned URL': '署名付きURL',
	'Time left on this link': 'このリンクの残り時間',
	"This address opens this app's page, which uses whichever of the {count} signed links is valid when it is opened. Whoever opens it must be able to reach this app.":
		'このアドレスはこのアプリのページを開き、開いた時点で有効な署名済みリンク（全 {count} 本）を使います。開く人は、このアプリにアクセスできる必要があります。',
	'Uploads must send:': 'アップロード時に必要なヘッダー：',
	"Send this link to the person with the file: it opens this app's upload page for files up to {bytes} bytes. Every URL inside the ticket expires with this link.":
		'このリンクをファイルを持っている人に送ってください。このアプリのアップロードページが開き、{bytes} バイトまでのファイルを送れます。チケット内のURLはすべて、このリンクと同時に失効します。',
	'Command line': 'コマンドライン',
	'QR code for the presigned URL': '署名付きURLのQRコード',
	'This link has expired: the code still scans, but the server will refuse it.':
		'このリンクは有効期限が切れています。コードは読み取れますが、サーバーに拒否されます。',
	'A relay link fits a QR code for up to about a year: share this one by copying, or choose a shorter expiry.':
		'QRコードに収まるリレーリンクは約 1 年までです。このリンクはコピーして共有するか、有効期間を短くしてください。',
	'Time left': '残り時間',
	Expired: '期限切れ',
	'Opens in {time}': '有効になるまで {time}',
	'Expires in {time}': '残り {time}',
	'on {opens}, then lasts until {ends}': '{opens} から {ends} まで',
	'at {date}': '{date} に失効',
	'on {date}': '{date} まで',
	'Copy {label}': '{label} をコピー',
	Copied: 'コピーしました',
	Copy: 'コピー',
	'Copying is not allowed here: the text is selected, press Ctrl+C (⌘C on a Mac).':
		'ここではコピーが許可されていません。テキストを選択したので、Ctrl+C（Mac では ⌘C）を押してください。',
	'Copied, but this link has expired: whoever opens it will be refused (403).':
		'コピーしましたが、このリンクは有効期限が切れています。開いてもアクセスは拒否されます（403）。',
	'Link copied to the clipboard.': 'リンクをクリップボードにコピーしました。',
	'The browser did not allow copying. The URL above is selected: press Ctrl+C (⌘C on a Mac) to copy it.':
		'ブラウザーがコピーを許可しませんでした。上のURLを選択したので、Ctrl+C（Mac では ⌘C）でコピーしてください。',
	'The browser did not allow copying: select the URL above and copy it by hand.':
		'ブラウザーがコピーを許可しませんでした。上のURLを選択して手動でコピーしてください。',
	'Download link': 'ダウンロード用リンク',
	'Sharing failed.': '共有できませんでした。',
	'Copy link': 'リンクをコピー',
	Share: '共有',
	'Drawing the QR code…': 'QRコードを描画中…',
	'QR version {version}, error correction {level}':
		'QRコード バージョン {version}、誤り訂正レベル {level}',
	'Show large': '拡大表示',
	'Download QR (PNG)': 'QRコードをダウンロード（PNG）',
	'Download QR (SVG)': 'QRコードをダウンロード（SVG）',
	'{label}, large': '{label}（拡大）',
	'{label} (large)': '{label}（拡大表示）',
	Close: '閉じる',
	'This URL is {length} characters long: too long for any QR code version (at most about 2,900 characters). {advice}':
		'このURLは {length} 文字あり、どのバージョンのQRコードにも収まりません（上限は約 2,900 文字）。{advice}',
	'Share it by copying instead, or shorten the key.':
		'コピーして共有するか、キーを短くしてください。',
	'Could not draw the QR code: {reason}': 'QRコードを描画できませんでした：{reason}',
	'Upload from a phone': 'スマートフォンからアップロード',
	'QR code for the phone upload page': 'スマートフォン用アップロードページのQRコード',
	"Scanning opens this app's upload page with the upload link in the part of the address after {hash}, which the browser never sends to any server. The phone must be able to reach this app (host it on a server or in a bucket the phone can open, not on {localhost}), and the bucket's CORS rules must allow {put} from that origin. Anyone with the code can upload until the link expires.":
		'スキャンすると、このアプリのアップロードページが開きます。アップロード用リンクはアドレスの {hash} 以降に含まれ、ブラウザーがこの部分をサーバーに送ることはありません。スマートフォンからこのアプリにアクセスできる必要があり（{localhost} ではなく、スマートフォンから開けるサーバーやバケットに置いてください）、バケットの CORS ルールでそのオリジンからの {put} を許可する必要があります。リンクの有効期限までは、このコードを持つ誰でもアップロードできます。',
	'This link points at the server this app is served from. The upload page sends files only to another server than its own, so it will refuse this link: host the app on another address.':
		'このリンクは、このアプリの配信元と同じサーバーを指しています。アップロードページは配信元以外のサーバーにしかファイルを送らないため、このリンクは拒否されます。アプリを別のアドレスで配信してください。',
	'Open the upload page': 'アップロードページを開く',
	'SigV4 links can last at most 7 days ({seconds} seconds). Choose a shorter expiry, or use SigV2 (legacy) if your server accepts it.':
		'SigV4 のリンクの有効期限は最長 7 日（{seconds} 秒）です。有効期間を短くするか、サーバーが対応していれば SigV2（旧方式）を使用してください。',
	'Enter the expiry as a whole number of seconds, e.g. 3600.':
		'有効期間は秒単位の整数で入力してください（例：3600）。',
	'The expiry cannot be negative.': '有効期間に負の値は指定できません。',
	'The expiry must be at least 1 second.': '有効期間は 1 秒以上にしてください。',
	'Relay links can last at most 10 years ({seconds} seconds). Choose a shorter expiry.':
		'リレーリンクの有効期限は最長 10 年（{seconds} 秒）です。有効期間を短くしてください。',
	'The expiry is too far in the future: the link would outlive the year 9999. Choose fewer seconds.':
		'有効期限が先すぎます。リンクが 9999 年を越えてしまいます。秒数を減らしてください。',
	'Enter how many seconds the link should work.': 'リンクの有効期間を秒数で入力してください。',
	'5 minutes': '5 分',
	'1 hour': '1 時間',
	'1 day': '1 日',
	'7 days': '7 日',
	'Your temporary keys expired at {at}: a link signed with them will not work. Import or enter fresh keys.':
		'一時的なキーは {at} に失効しています。このキーで署名したリンクは使えません。新しいキーをインポートするか入力してください。',
	'This link will stop working at {at}, when your temporary keys expire — {earlier} earlier than asked.':
		'このリンクは一時的なキーが失効する {at} に使えなくなります（指定より {earlier} 早く失効します）。',
	'These links will stop working at {at}, when your temporary keys expire — {earlier} earlier than asked.':
		'これらのリンクは一時的なキーが失効する {at} に使えなくなります（指定より {earlier} 早く失効します）。',
	'The temporary keys used to sign it expire first (their imported Expiration), so the link stops working then, before its own expiry.':
		'署名に使った一時的なキーの有効期限（インポートした Expiration）が先に来るため、リンクは本来の有効期限より前のその時点で使えなくなります。',
	'The session token used to sign it expires first (its JWT "exp"), so the link stops working then, before its own expiry.':
		'署名に使ったセッショントークンの有効期限（JWT の "exp"）が先に来るため、リンクは本来の有効期限より前のその時点で使えなくなります。',
	'SigV2 links have no start time: they work from the moment they are made. Clear “Valid from”, or choose SigV4.':
		'SigV2 のリンクには開始日時がなく、作成した時点から使えます。「有効開始日時」を空にするか、SigV4 を選んでください。',
	'Enter “Valid from” as a date and time, or leave it empty for now.':
		'「有効開始日時」は日付と時刻で入力するか、現在時刻にする場合は空欄にしてください。',
	'A link valid from {start} for {seconds} seconds would already have expired. Choose a later start or a longer expiry.':
		'{start} から {seconds} 秒間有効なリンクは、すでに失効しています。開始日時を遅くするか、有効期間を長くしてください。',
	'The session token used to sign expires on {date}, before the link would open: it would never work.':
		'署名に使うセッショントークンはリンクが有効になる前の {date} に失効するため、このリンクは一度も使えません。',
	'This relay link opens on {date}.': 'このリレーリンクは {date} に有効になります。',
	'This relay link expired on {date}.': 'このリレーリンクは {date} に失効しました。',
	'This browser cannot draw on a canvas.': 'このブラウザーは canvas に描画できません。',
	'Could not make the PNG.': 'PNG を作成できませんでした。',
	'Could not sign the link. {reason}': 'リンクに署名できませんでした。{reason}',
	'This browser failed while computing the signature. Reload the page and try again.':
		'このブラウザーで署名の計算に失敗しました。ページを再読み込みしてから再試行してください。',
	'{message} (Connection settings, above.)': '{message}（上の接続設定を確認してください。）',
	'Upload ticket for {path}': '{path} のアップロードチケット',
	'Upload link for {path}': '{path} のアップロード用リンク',
	'Download link for {path}': '{path} のダウンロード用リンク'
} as const satisfies Record<string, string>;
