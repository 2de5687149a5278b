// Japanese for the first screen: the page frame, the language switch and the connection form,
// with the messages of checking what was typed there. Keys are the English text as shown.
export default {
	'Time-limited links to your S3 objects, signed in this tab':
		'S3 オブジェクトを期限付きの署名付きURLで共有（署名はこのタブ内で行います）',
	Language: '言語',
	Offline: 'オフライン',
	'Ready for offline use': 'オフラインで利用可能',
	'Reload to update': '再読み込みして更新',
	'Forget credentials when idle': '操作がないときに認証情報を消去',
	Never: 'しない',
	'After 1 minute': '1 分後',
	'After {minutes} minutes': '{minutes} 分後',
	'Credentials forgotten after 1 minute without activity. Enter them again to continue.':
		'1 分間操作がなかったため、認証情報を消去しました。続けるには再度入力してください。',
	'Credentials forgotten after {minutes} minutes without activity. Enter them again to continue.':
		'{minutes} 分間操作がなかったため、認証情報を消去しました。続けるには再度入力してください。',
	Dismiss: '閉じる',
	'This page is served over plain http, not https':
		'このページは https ではなく暗号化されない http で配信されています',
	'Anyone on the network path can alter the page itself and take the keys you type into it. Use https.':
		'通信経路上の第三者がページ自体を改ざんし、入力したキーを盗み取ることができます。https を使用してください。',
	'Here links are still signed in this tab, with JavaScript instead of the browser’s own crypto. But the app cannot work offline, and Copy buttons cannot reach the clipboard: they select the text instead, for you to copy with Ctrl+C (⌘C on a Mac).':
		'この状態でもリンクはこのタブ内で署名されますが、ブラウザー組み込みの暗号機能ではなく JavaScript で計算します。また、オフラインでは利用できず、コピーボタンはクリップボードに書き込めません。代わりにテキストを選択しますので、Ctrl+C（Mac では ⌘C）でコピーしてください。',
	Connect: '接続',
	'Endpoint URL': 'エンドポイントURL',
	Region: 'リージョン',
	'Path-style addressing': 'パス形式のアドレス指定',
	'Access key ID': 'アクセスキーID',
	'Secret access key': 'シークレットアクセスキー',
	'Session token': 'セッショントークン',
	'Plain http:// to another machine: signatures and links travel unencrypted, and anyone on the network can read and reuse them. Use https:// if the server offers it.':
		'別のマシンへの暗号化されない http:// 接続です。署名やリンクは暗号化されずに送られ、ネットワーク上の第三者が読み取って再利用できます。サーバーが対応していれば https:// を使用してください。',
	'Optional: only for temporary credentials.': '任意：一時的な認証情報を使う場合のみ入力します。',
	'Connecting…': '接続中…',
	Cancel: 'キャンセル',
	'Forget credentials': '認証情報を消去',
	'Kept in this tab only; closing it forgets them.':
		'このタブにのみ保存され、タブを閉じると消去されます。',
	'Removed spaces or line breaks around: {fields}.': '前後の空白・改行を削除しました：{fields}',
	'This is not a valid URL.': '有効なURLではありません。',
	'Enter the endpoint URL, e.g. https://s3.example.com':
		'エンドポイントURLを入力してください（例：https://s3.example.com）',
	'Endpoint URL must start with http:// or https://':
		'エンドポイントURLは http:// または https:// で始めてください',
	'"{text}" is not a valid URL.': '「{text}」は有効なURLではありません。',
	'Do not put credentials in the endpoint URL; enter the access key and secret in their own fields.':
		'エンドポイントURLに認証情報を含めないでください。アクセスキーとシークレットはそれぞれの欄に入力してください。',
	'The endpoint URL must not have a path ("{path}"). Enter only scheme, host and port; the bucket goes in its own field.':
		'エンドポイントURLにパス（「{path}」）は指定できません。スキーム・ホスト・ポートのみを入力し、バケットは専用の欄に入力してください。',
	'The endpoint URL must not have a query (?…) or fragment (#…).':
		'エンドポイントURLにクエリ（?…）やフラグメント（#…）は指定できません。',
	'The endpoint URL has no host name.': 'エンドポイントURLにホスト名がありません。',
	'"{region}" is not an AWS region name (e.g. eu-west-1).':
		'「{region}」は AWS のリージョン名ではありません（例：eu-west-1）。',
	'The text contains invalid Unicode (a lone surrogate).':
		'テキストに不正な Unicode（対になっていないサロゲート）が含まれています。',
	'This page is served from {origin}, the storage endpoint itself, so it will not take or use keys for it: any file stored on that endpoint (an HTML page anyone uploads, or a file sent through an upload link) runs as this page and could read your keys and change the app. Open S3 Presign from a host that serves only the app (any static web host, or a virtual-hosted bucket whose host holds nothing else) and connect from there.':
		'このページはストレージのエンドポイントそのもの（{origin}）から配信されているため、このエンドポイント用のキーを受け付けず、使用もしません。このエンドポイントに保存されたファイル（誰かがアップロードした HTML ページや、アップロード用リンクで送られたファイル）はこのページとして実行され、キーを読み取ったりアプリを書き換えたりできるためです。アプリだけを配信するホスト（任意の静的 Web ホスト、またはほかに何も置いていない仮想ホスト形式のバケット）から S3 Presign を開き、そこから接続してください。',
	'Enter the region, e.g. us-east-1.': 'リージョンを入力してください（例：us-east-1）。',
	'A region is letters, digits and dashes, e.g. us-east-1.':
		'リージョンは英字・数字・ハイフンで指定します（例：us-east-1）。',
	'Enter the access key ID.': 'アクセスキーIDを入力してください。',
	'An access key ID has no spaces.': 'アクセスキーIDに空白は含まれません。',
	'Enter the secret access key.': 'シークレットアクセスキーを入力してください。',
	'A secret access key has no spaces.': 'シークレットアクセスキーに空白は含まれません。',
	'A session token has no spaces.': 'セッショントークンに空白は含まれません。',
	'Links for a whole folder': 'フォルダー全体のリンク',
	'Request files': 'ファイルの受け取り',
	Code: 'コード',
	request: 'リクエスト',
	'This part of the page could not be loaded: is the network down? Once it is back,':
		'このページの一部を読み込めませんでした。ネットワークが切断されていませんか？回復したら',
	'Reload the page': 'ページを再読み込み',
	'(the connection and the links you created stay).':
		'してください（接続と作成したリンクはそのまま残ります）。',
	'Sign with server time': 'サーバーの時刻で署名',
	'Try again': '再試行'
} as const satisfies Record<string, string>;
