// Japanese for setting a connection up, browsing a bucket, and what goes wrong: Import settings
// (with the parsers' line-numbered errors), the connection summary and clock notice, the bucket
// picker and object list, the Endpoint check, the CORS doctor, the bucket-name checks, and the
// error box shown when connecting or listing fails, with S3's error codes in words. One part, so
// the first screen carries one more loader, not two.
export default {
	// After Connect: the summary, the clock, the buckets, the objects, the checks
	'Connected to {endpoint}': '{endpoint} に接続済み',
	'as {key} · {region}': 'アクセスキー {key} · {region}',
	'Time left on these keys': 'このキーの残り時間',
	'Temporary keys: their imported Expiration ends every link signed with them.':
		'一時的なキーです。インポートした有効期限（Expiration）が来ると、このキーで署名したリンクもすべて失効します。',
	'Temporary keys: the session token’s JWT "exp" ends every link signed with them.':
		'一時的なキーです。セッショントークンの JWT の "exp" の時刻が来ると、このキーで署名したリンクもすべて失効します。',
	'Change connection': '接続を変更',
	'The server’s clock is {offset}.': 'サーバーの時計は{offset}。',
	'Links signed with this device’s time would be valid late or expire early, or be refused.':
		'この端末の時刻で署名したリンクは、有効になるのが遅れたり、早く失効したり、拒否されたりします。',
	'Signing with the server’s time ({offset}).': 'サーバーの時刻で署名しています（{offset}）。',
	'Use this device’s clock': 'この端末の時計を使う',
	Buckets: 'バケット',
	'These credentials own no buckets; open one shared with you by name.':
		'この認証情報が所有するバケットはありません。共有されたバケットを名前で開いてください。',
	'This server does not let a browser list buckets (its ListBuckets answer has no CORS headers), so type the bucket name.':
		'このサーバーはブラウザーからのバケット一覧の取得を許可していません（ListBuckets の応答に CORS ヘッダーがありません）。バケット名を入力してください。',
	'Opened in this tab': 'このタブで開いたバケット',
	'Open bucket': 'バケットを開く',
	'This is not a valid bucket name.': '有効なバケット名ではありません。',
	Objects: 'オブジェクト',
	Breadcrumb: '現在の場所',
	Filter: 'フィルター',
	'Part of a name': '名前の一部',
	Sort: '並べ替え',
	'Name (A–Z)': '名前（A→Z）',
	'Name (Z–A)': '名前（Z→A）',
	'Size (largest first)': 'サイズ（大きい順）',
	'Size (smallest first)': 'サイズ（小さい順）',
	'Last modified (newest first)': '更新日時（新しい順）',
	'Last modified (oldest first)': '更新日時（古い順）',
	'{count} object': 'オブジェクト {count} 件',
	'{count} objects': 'オブジェクト {count} 件',
	'{count} folder': 'フォルダー {count} 件',
	'{count} folders': 'フォルダー {count} 件',
	'{objects} loaded': '{objects}を読み込み済み',
	'{objects} loaded, more on the server': '{objects}を読み込み済み（サーバーにはさらにあります）',
	'{objects} and {folders} loaded': '{objects}、{folders}を読み込み済み',
	'{objects} and {folders} loaded, more on the server':
		'{objects}、{folders}を読み込み済み（サーバーにはさらにあります）',
	'{count} match the filter': 'フィルターに一致：{count} 件',
	'Loading…': '読み込み中…',
	Stop: '停止',
	'Load more': 'さらに読み込む',
	'Load all': 'すべて読み込む',
	Name: '名前',
	Size: 'サイズ',
	'Last modified': '更新日時',
	Class: 'クラス',
	'Folders and objects': 'フォルダーとオブジェクト',
	'Nothing loaded matches the filter.': '読み込んだ中にフィルターに一致するものはありません。',
	'This folder is empty.': 'このフォルダーは空です。',
	'Share {key}': '{key} を共有',
	'Endpoint check': 'エンドポイントの確認',
	'SigV2: accepted': 'SigV2：受け付けます',
	'SigV2: refused by this server': 'SigV2：このサーバーは受け付けません',
	'SigV2: unknown': 'SigV2：不明',
	'Server clock: unknown': 'サーバーの時計：不明',
	'Server clock: {offset}': 'サーバーの時計：{offset}',
	'CORS header {header}: exposed': 'CORS ヘッダー {header}：公開されています',
	'CORS header {header}: not exposed': 'CORS ヘッダー {header}：公開されていません',
	'CORS header {header}: unknown': 'CORS ヘッダー {header}：不明',
	'{method}: allowed from this page': '{method}：このページから許可されています',
	'{method}: not allowed from this page': '{method}：このページからは許可されていません',
	'{method}: unknown': '{method}：不明',
	'Versioning: Enabled': 'バージョニング：有効',
	'Versioning: Suspended': 'バージョニング：停止中',
	'Versioning: never enabled': 'バージョニング：一度も有効にされていません',
	'Versioning: unknown': 'バージョニング：不明',
	'The bucket’s CORS rule does not expose ETag: renames cannot be verified and uploads cannot report what arrived. The CORS doctor’s rule exposes it.':
		'バケットの CORS ルールが ETag を公開していないため、名前の変更を検証できず、アップロードでも届いた内容を報告できません。CORS 診断のルールでは公開されます。',
	'CORS doctor': 'CORS 診断',
	'Browsers only let this page read answers from {endpoint} when the bucket’s CORS rule allows the origin {origin}. The rule below allows exactly that, and exposes the headers the app reads: {headers}.':
		'ブラウザーがこのページに {endpoint} からの応答の読み取りを許すのは、バケットの CORS ルールがオリジン {origin} を許可している場合だけです。下のルールはそれを許可し、アプリが読み取るヘッダー（{headers}）を公開します。',
	'The Endpoint check found that this bucket’s current rule does not expose {etag}: renames cannot be verified and uploads cannot report what arrived. The rule below fixes that.':
		'エンドポイントの確認で、このバケットの現在のルールが {etag} を公開していないことがわかりました。このままでは名前の変更を検証できず、アップロードでも届いた内容を報告できません。下のルールで解決します。',
	'AWS CLI (AWS S3 and most S3 servers)': 'AWS CLI（AWS S3 とほとんどの S3 サーバー）',
	'Save as {file}, then run the command:': '{file} として保存し、次のコマンドを実行します：',
	command: 'コマンド',
	'Ceph RGW with s3cmd': 'Ceph RGW（s3cmd を使用）',
	'Recent MinIO has no per-bucket CORS API; it allows origins server-wide. Set the environment variable {variable}, or run (with your {mc} alias):':
		'最近の MinIO にはバケットごとの CORS API がなく、許可するオリジンはサーバー全体で設定します。環境変数 {variable} を設定するか、（お使いの {mc} のエイリアスで）次を実行します：',
	// Import settings
	'Import settings': '設定のインポート',
	'Paste or drop ~/.aws/credentials, ~/.aws/config, rclone.conf, mc config.json, or aws CLI JSON':
		'~/.aws/credentials、~/.aws/config、rclone.conf、mc の config.json、aws CLI の JSON を貼り付けるか、ドロップしてください',
	'Read in this tab only; nothing is sent anywhere. The secret is not shown again.':
		'このタブ内でのみ読み取り、どこにも送信しません。シークレットは再表示されません。',
	Import: 'インポート',
	Profile: 'プロファイル',
	'Filled from “{profile}” ({source}): {fields}.':
		'「{profile}」（{source}）から入力しました：{fields}。',
	'Links default to SigV2 (legacy), as set there.':
		'その設定に従い、リンクは既定で SigV2（旧方式）で署名します。',
	'It has no keys: enter them, or import the output of {command}.':
		'キーが含まれていません。キーを入力するか、{command} の出力をインポートしてください。',
	'Press Connect to use them.': '使用するには「接続」を押してください。',
	'endpoint URL': 'エンドポイントURL',
	region: 'リージョン',
	'access key ID': 'アクセスキーID',
	'secret access key': 'シークレットアクセスキー',
	'session token': 'セッショントークン',
	addressing: 'アドレス指定の方式',
	'AWS CLI config': 'AWS CLI の設定',
	'“{profile}” ({source}) holds no endpoint, region or keys this page can use.':
		'「{profile}」（{source}）には、このページで使えるエンドポイント、リージョン、キーがありません。',
	'These settings could not be read.': 'この設定を読み取れませんでした。',
	'Paste the settings, or drop the file, first.':
		'先に設定を貼り付けるか、ファイルをドロップしてください。',
	// The parsers' errors, with the line they name and without (when it is not known)
	'Line {line}: this rclone.conf is encrypted: show it with `rclone config show` and paste that.':
		'{line} 行目：この rclone.conf は暗号化されています。`rclone config show` で表示して、その内容を貼り付けてください。',
	'this rclone.conf is encrypted: show it with `rclone config show` and paste that.':
		'この rclone.conf は暗号化されています。`rclone config show` で表示して、その内容を貼り付けてください。',
	'Line {line}: not a settings file this page reads (AWS CLI config or credentials, rclone.conf, mc config.json).':
		'{line} 行目：このページで読み取れる設定ファイルではありません（AWS CLI の config または credentials、rclone.conf、mc の config.json）。',
	'not a settings file this page reads (AWS CLI config or credentials, rclone.conf, mc config.json).':
		'このページで読み取れる設定ファイルではありません（AWS CLI の config または credentials、rclone.conf、mc の config.json）。',
	'Line {line}: a section needs a name between the brackets.':
		'{line} 行目：セクションには角かっこの中に名前が必要です。',
	'a section needs a name between the brackets.': 'セクションには角かっこの中に名前が必要です。',
	'Line {line}: expected a [section] or a "name = value" setting here.':
		'{line} 行目：ここには [セクション] か「名前 = 値」形式の設定が必要です。',
	'expected a [section] or a "name = value" setting here.':
		'ここには [セクション] か「名前 = 値」形式の設定が必要です。',
	'Line {line}: this setting comes before any [section].':
		'{line} 行目：この設定はどの [セクション] よりも前にあります。',
	'this setting comes before any [section].': 'この設定はどの [セクション] よりも前にあります。',
	'Line {line}: {name} must be true or false.':
		'{line} 行目：{name} は true または false で指定してください。',
	'{name} must be true or false.': '{name} は true または false で指定してください。',
	'Line {line}: profile "{profile}" uses services "{services}", which is not in this text.':
		'{line} 行目：プロファイル「{profile}」が services「{services}」を参照していますが、このテキストにはありません。',
	'profile "{profile}" uses services "{services}", which is not in this text.':
		'プロファイル「{profile}」が services「{services}」を参照していますが、このテキストにはありません。',
	'Line {line}: addressing_style must be path, virtual or auto.':
		'{line} 行目：addressing_style は path、virtual、auto のいずれかで指定してください。',
	'addressing_style must be path, virtual or auto.':
		'addressing_style は path、virtual、auto のいずれかで指定してください。',
	'Line {line}: signature_version must be s3 (SigV2) or s3v4.':
		'{line} 行目：signature_version は s3（SigV2）または s3v4 で指定してください。',
	'signature_version must be s3 (SigV2) or s3v4.':
		'signature_version は s3（SigV2）または s3v4 で指定してください。',
	'Line {line}: this looks like JSON, but is not valid JSON.':
		'{line} 行目：JSON のようですが、有効な JSON ではありません。',
	'this looks like JSON, but is not valid JSON.': 'JSON のようですが、有効な JSON ではありません。',
	'Line {line}: JSON, but not an mc config.json (aliases) nor AWS CLI keys (AccessKeyId, SecretAccessKey).':
		'{line} 行目：JSON ですが、mc の config.json（aliases）でも AWS CLI のキー（AccessKeyId、SecretAccessKey）でもありません。',
	'JSON, but not an mc config.json (aliases) nor AWS CLI keys (AccessKeyId, SecretAccessKey).':
		'JSON ですが、mc の config.json（aliases）でも AWS CLI のキー（AccessKeyId、SecretAccessKey）でもありません。',
	'Line {line}: "{name}" is missing.': '{line} 行目：「{name}」がありません。',
	'"{name}" is missing.': '「{name}」がありません。',
	'Line {line}: "{name}" must be a string.': '{line} 行目：「{name}」は文字列で指定してください。',
	'"{name}" must be a string.': '「{name}」は文字列で指定してください。',
	'Line {line}: "Expiration" is not a date.': '{line} 行目：「Expiration」が日時ではありません。',
	'"Expiration" is not a date.': '「Expiration」が日時ではありません。',
	'Line {line}: alias "{alias}" is not an object.':
		'{line} 行目：エイリアス「{alias}」がオブジェクトではありません。',
	'alias "{alias}" is not an object.': 'エイリアス「{alias}」がオブジェクトではありません。',
	'Line {line}: "path" must be on, off or auto.':
		'{line} 行目：「path」は on、off、auto のいずれかで指定してください。',
	'"path" must be on, off or auto.': '「path」は on、off、auto のいずれかで指定してください。',
	'Line {line}: "api" must be S3v2 or S3v4.':
		'{line} 行目：「api」は S3v2 または S3v4 で指定してください。',
	'"api" must be S3v2 or S3v4.': '「api」は S3v2 または S3v4 で指定してください。',
	'Line {line}: this mc config.json has no alias with keys.':
		'{line} 行目：この mc の config.json には、キーを持つエイリアスがありません。',
	'this mc config.json has no alias with keys.':
		'この mc の config.json には、キーを持つエイリアスがありません。',
	'Line {line}: this rclone.conf has no S3 remote (type = s3).':
		'{line} 行目：この rclone.conf には S3 のリモート（type = s3）がありません。',
	'this rclone.conf has no S3 remote (type = s3).':
		'この rclone.conf には S3 のリモート（type = s3）がありません。',
	// Bucket names
	'Enter a bucket name.': 'バケット名を入力してください。',
	'Bucket name "{bucket}" is not valid: it must be 3 to 63 characters long.':
		'バケット名「{bucket}」は無効です。3～63 文字にしてください。',
	'Bucket name "{bucket}" is not valid: use only letters, digits, dots and hyphens.':
		'バケット名「{bucket}」は無効です。英字・数字・ドット・ハイフンのみを使用してください。',
	'Bucket name "{bucket}" is not valid: it must start and end with a letter or digit.':
		'バケット名「{bucket}」は無効です。先頭と末尾は英字か数字にしてください。',
	'Bucket name "{bucket}" is not valid: it must not contain two dots in a row.':
		'バケット名「{bucket}」は無効です。ドットを 2 つ続けることはできません。',
	'Bucket name "{bucket}" is not valid: it must not look like an IP address.':
		'バケット名「{bucket}」は無効です。IP アドレスの形式にはできません。',
	// The error box: what failed, and what to do about it
	'Check the input': '入力内容を確認してください',
	'Could not sign': '署名できませんでした',
	'Something went wrong': '問題が発生しました',
	'Wrong secret access key': 'シークレットアクセスキーが正しくありません',
	'The server knows the access key ID, but the signature made with this secret does not match. Check the secret access key (and that the region is the server’s).':
		'サーバーはこのアクセスキーIDを認識していますが、このシークレットで作成した署名が一致しません。シークレットアクセスキー（およびリージョンがサーバーのものと一致しているか）を確認してください。',
	'Unknown access key': '不明なアクセスキー',
	'The server does not know this access key ID. Check it for typos, and that these keys belong to this endpoint.':
		'サーバーはこのアクセスキーIDを認識していません。入力ミスがないか、このエンドポイントのキーであるかを確認してください。',
	'No such bucket': 'バケットが存在しません',
	'There is no bucket {bucket} at this endpoint. Check the spelling (bucket names are lower case).':
		'このエンドポイントにバケット {bucket} はありません。綴りを確認してください（バケット名は小文字です）。',
	'this bucket': 'このバケット',
	'Access denied': 'アクセスが拒否されました',
	'These credentials may not list {bucket}. Ask its owner for s3:ListBucket, or open another bucket.':
		'この認証情報には {bucket} の一覧を取得する権限がありません。所有者に s3:ListBucket の権限を依頼するか、別のバケットを開いてください。',
	'This device’s clock is off': 'この端末の時計がずれています',
	'The server refused the request because the clocks differ by more than 15 minutes.':
		'時計のずれが 15 分を超えているため、サーバーがリクエストを拒否しました。',
	'The server’s clock is {offset}; requests must be within 15 minutes.':
		'サーバーの時計は{offset}。リクエストのずれは 15 分以内である必要があります。',
	'The server’s clock is {offset}, more than the 15 minutes a signature may be off.':
		'サーバーの時計は{offset}。署名に許されるずれ（15 分）を超えています。',
	'Not an S3 answer': 'S3 の応答ではありません',
	'The server is having trouble (HTTP {status})': 'サーバーで問題が発生しています（HTTP {status}）',
	'Try again in a moment.': 'しばらくしてから再試行してください。',
	'The server answered {code}': 'サーバーの応答：{code}',
	'No network': 'ネットワークがありません',
	'You are offline: the endpoint cannot be reached. Links can still be created.':
		'オフラインのため、エンドポイントに接続できません。リンクの作成はできます。',
	'No answer from the endpoint': 'エンドポイントから応答がありません',
	'No answer from {origin} within {seconds} seconds. {causes} Check the URL and port, and your VPN or network, then try again.':
		'{origin} から {seconds} 秒以内に応答がありませんでした。{causes} URL とポート、VPN やネットワークを確認してから再試行してください。',
	'Cannot reach the endpoint': 'エンドポイントに接続できません',
	'Nothing answered at {endpoint}. Check the URL and port, that the server runs, and your network. (A page served over https also may not call a plain-http endpoint.)':
		'{endpoint} から応答がありません。URL とポート、サーバーが動作しているか、ネットワークを確認してください。（https で配信されたページからは、暗号化されない http のエンドポイントを呼び出せない場合もあります。）',
	'Wrong secret or unknown access key': 'シークレットが誤っているか、アクセスキーが不明です',
	'The bucket answers this page, but the server refused the signed request: either the secret access key is wrong, or the server does not know this access key ID (or the session token has expired). This server sends auth errors without CORS headers, so the browser cannot tell which: check both keys.':
		'バケットはこのページに応答していますが、サーバーが署名付きリクエストを拒否しました。シークレットアクセスキーが誤っているか、サーバーがこのアクセスキーIDを認識していません（またはセッショントークンの有効期限が切れています）。このサーバーは認証エラーを CORS ヘッダーなしで返すため、ブラウザーではどちらか判別できません。両方のキーを確認してください。',
	'The browser blocked the answer (CORS)': 'ブラウザーが応答をブロックしました（CORS）',
	'The endpoint is reachable, but the browser may not read the answer about bucket “{bucket}”. Either there is no bucket “{bucket}” at this endpoint (check the spelling: bucket names are lower case), or it has no CORS rule for {origin}: then add the rule below, and try again.':
		'エンドポイントには接続できますが、ブラウザーはバケット「{bucket}」に関する応答を読み取れません。このエンドポイントにバケット「{bucket}」が存在しない（綴りを確認してください。バケット名は小文字です）か、{origin} に対する CORS ルールがありません。後者の場合は下のルールを追加してから再試行してください。',
	'No answer the browser could read': 'ブラウザーが読み取れる応答がありません',
	"Could not get an answer from {origin}. The server may be unreachable or the URL wrong, or the browser blocked the response because the bucket's CORS rules do not allow this site (servers also omit CORS headers on some auth errors, e.g. a wrong secret or clock).":
		'{origin} から応答を得られませんでした。サーバーに到達できないか URL が誤っている可能性があります。または、バケットの CORS ルールがこのサイトを許可していないため、ブラウザーが応答をブロックしました（認証エラー、たとえばシークレットや時計の誤りの場合も、サーバーが CORS ヘッダーを省くことがあります）。',
	'Connect cancelled': '接続を中止しました',
	'No answer had come from {endpoint} yet. {causes} Your settings are kept: check them and press Connect to try again.':
		'{endpoint} からはまだ応答がありませんでした。{causes} 設定は保持されています。確認してから「接続」を押して再試行してください。',
	// S3 error codes in words (when the server sends no message of its own), and signing
	'Access denied. These credentials may not allow this action, or the link or request has expired.':
		'アクセスが拒否されました。この認証情報ではこの操作が許可されていないか、リンクまたはリクエストの有効期限が切れています。',
	"The signature does not match. Check the secret key, and that the endpoint and region are the server's.":
		'署名が一致しません。シークレットキーと、エンドポイントおよびリージョンがサーバーのものと一致しているかを確認してください。',
	'The server does not know this access key.': 'サーバーはこのアクセスキーを認識していません。',
	'The session token has expired. Get new temporary credentials.':
		'セッショントークンの有効期限が切れています。新しい一時的な認証情報を取得してください。',
	'The session token is not valid.': 'セッショントークンが無効です。',
	"This computer's clock is too far from the server's. Fix the clock, or let the app correct for it.":
		'このコンピューターの時計がサーバーの時計から大きくずれています。時計を合わせるか、アプリに補正させてください。',
	'The bucket does not exist.': 'バケットが存在しません。',
	'The object does not exist.': 'オブジェクトが存在しません。',
	'Not found.': '見つかりません。',
	'The bucket name is not valid.': 'バケット名が正しくありません。',
	'The bucket is in another region or must be addressed through another endpoint.':
		'バケットは別のリージョンにあるか、別のエンドポイントを通してアクセスする必要があります。',
	'The region in the signature does not match the server (check the region).':
		'署名のリージョンがサーバーと一致しません（リージョンを確認してください）。',
	'The server does not implement this request.': 'サーバーはこのリクエストに対応していません。',
	'The server does not allow this method here.': 'サーバーはここでこのメソッドを許可していません。',
	'The server asks to slow down. Try again in a moment.':
		'サーバーからリクエストを減らすよう求められました。しばらくしてから再試行してください。',
	'The server is unavailable. Try again in a moment.':
		'サーバーを利用できません。しばらくしてから再試行してください。',
	'The server had an internal error. Try again in a moment.':
		'サーバーで内部エラーが発生しました。しばらくしてから再試行してください。'
} as const satisfies Record<string, string>;
