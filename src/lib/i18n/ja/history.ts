// Japanese for the tab's link history, checking, inspecting and disabling a link, and bulk links,
// with the sentences the link modules hand to those panels. Keys are the English text as shown.
export default {
	// The history
	'Links created in this tab': 'このタブで作成したリンク',
	'None yet. Links are kept in this tab only and vanish when it closes.':
		'まだありません。リンクはこのタブにのみ保存され、タブを閉じると消えます。',
	relay: 'リレー',
	'Time left on {key}': '{key} の残り時間',
	Show: '表示',
	'Abort upload': 'アップロードを中止',
	'Export CSV': 'CSV で書き出す',
	'Export JSON': 'JSON で書き出す',
	'Clear history': '履歴を消去',
	// A link's status (the record keeps the English)
	active: '有効',
	expired: '期限切れ',
	'object deleted': 'オブジェクト削除済み',
	'upload aborted': 'アップロード中止済み',
	'renamed to {key}': '{key} に名前を変更済み',

	// Check link
	'Checking…': '確認中…',
	'Check link': 'リンクを確認',
	'The link works (HTTP {status}).': 'リンクは有効です（HTTP {status}）。',
	'The link works (HTTP {status}): the object has {bytes} bytes.':
		'リンクは有効です（HTTP {status}）。オブジェクトのサイズは {bytes} バイトです。',
	'The link is signed correctly but the object is gone (404): it was deleted or renamed.':
		'リンクの署名は正しいものの、オブジェクトがありません（404）。削除されたか、名前が変更されています。',
	"The server refused the link (HTTP {status}): it has expired, the object's permissions changed, or the credentials were revoked.":
		'サーバーがリンクを拒否しました（HTTP {status}）。有効期限切れ、オブジェクトの権限の変更、または認証情報の失効が考えられます。',
	'No readable answer. Either the server is unreachable, or it refused the link: some servers (Ceph RGW among them) send 403 errors without CORS headers, which the browser reports as a network error. Open the link in a new tab, or use the curl command, to see the real answer.':
		'読み取れる応答がありません。サーバーに到達できないか、リンクが拒否されました。一部のサーバー（Ceph RGW など）は 403 エラーを CORS ヘッダーなしで返すため、ブラウザーはネットワークエラーとして扱います。実際の応答を確認するには、新しいタブでリンクを開くか curl コマンドを使用してください。',
	'{message} (HTTP {status} {code})': '{message}（HTTP {status} {code}）',
	'The server refused.': 'サーバーに拒否されました。',

	// Inspect a link
	'Inspect a link': 'リンクの確認',
	'Paste a presigned URL': '署名付きURLを貼り付け',
	Inspect: '確認',
	'The inspector could not be loaded. Check the network and reload the page.':
		'リンクの確認機能を読み込めませんでした。ネットワークを確認し、ページを再読み込みしてください。',
	'Link details': 'リンクの詳細',
	Endpoint: 'エンドポイント',
	Bucket: 'バケット',
	'(none)': '（なし）',
	'(first path segment; if this server uses virtual-hosted names, the bucket is in the host)':
		'（パスの最初の部分です。このサーバーが仮想ホスト形式を使う場合、バケットはホスト名に含まれます）',
	Key: 'キー',
	Signer: '署名方式',
	'SigV4 relay of {count} links (region {region})':
		'{count} 本のリンクによる SigV4 リレー（リージョン {region}）',
	'SigV4 (region {region})': 'SigV4（リージョン {region}）',
	'SigV2 (legacy)': 'SigV2（旧方式）',
	'{id} with a session token': '{id}（セッショントークン付き）',
	'Signed at': '署名日時',
	'not recorded in SigV2 links': 'SigV2 のリンクには記録されません',
	'Expires at': '有効期限',
	'Required headers': '必須ヘッダー',
	'Relay windows': 'リレーの期間',
	'Time left on the inspected link': '確認したリンクの残り時間',
	'QR code for the inspected URL': '確認したURLのQRコード',
	'The key in this URL has broken percent-encoding.':
		'このURLのキーのパーセントエンコーディングが壊れています。',
	'The bucket in this URL has broken percent-encoding.':
		'このURLのバケット名のパーセントエンコーディングが壊れています。',
	'Paste a complete link starting with https:// or http://.':
		'https:// または http:// で始まるリンク全体を貼り付けてください。',
	'Unsupported X-Amz-Algorithm "{algorithm}"; only {known} is known.':
		'X-Amz-Algorithm「{algorithm}」には対応していません。対応しているのは {known} のみです。',
	'The X-Amz-Credential of this link is missing or malformed.':
		'このリンクの X-Amz-Credential がないか、形式が正しくありません。',
	'The X-Amz-Date of this link is missing or malformed.':
		'このリンクの X-Amz-Date がないか、形式が正しくありません。',
	'The X-Amz-Expires of this link is missing or malformed.':
		'このリンクの X-Amz-Expires がないか、形式が正しくありません。',
	'This link has no X-Amz-Signature.': 'このリンクには X-Amz-Signature がありません。',
	'This SigV2 link lacks AWSAccessKeyId, Signature or a numeric Expires.':
		'この SigV2 のリンクには AWSAccessKeyId、Signature、または数値の Expires がありません。',
	'This link has no S3 signature (X-Amz-Signature or Signature): it is not a presigned S3 URL.':
		'このリンクには S3 の署名（X-Amz-Signature または Signature）がありません。S3 の署名付きURLではありません。',

	// Disabling a link
	'Disable this link before it expires': '有効期限前にこのリンクを無効にする',
	'A presigned link cannot be revoked by itself: it works until it expires. It stops working when its object is renamed or deleted. Renaming keeps the data under a new key (copied, verified, then the old key deleted); deleting removes it.':
		'署名付きURLはそれ自体を取り消すことができず、有効期限まで使えます。オブジェクトの名前を変更するか削除すると使えなくなります。名前の変更ではデータを新しいキーで残し（コピーして検証した後、古いキーを削除）、削除ではデータを消去します。',
	'Neither stops a link that names a {versionId} on a bucket that keeps versions: that version stays readable by its ID until the version itself is deleted.':
		'バージョニングが有効なバケットで {versionId} を指定したリンクは、どちらの方法でも止められません。そのバージョン自体が削除されるまで、ID で読み取れます。',
	'Disable by renaming': '名前を変更して無効にする',
	'Disable by deleting': '削除して無効にする',
	'Working…': '処理中…',
	'Rename “{key}”?': '「{key}」の名前を変更しますか？',
	"The object {object} is copied to the new key, the copy's size, ETag, content type and visible metadata are checked, the old key is read again, and only if it has not changed is it deleted. Every link to the old key stops working.":
		'オブジェクト {object} を新しいキーにコピーし、コピーのサイズ、ETag、コンテンツタイプ、参照できるメタデータを確認します。その後、古いキーを読み直し、変更されていない場合に限り削除します。古いキーへのリンクはすべて使えなくなります。',
	'New key': '新しいキー',
	'Delete “{key}”?': '「{key}」を削除しますか？',
	'This deletes {object} itself. Every link to it stops working and the data is gone, unless the bucket keeps versions: then the old version stays stored, and a link that names its {versionId} keeps working.':
		'{object} そのものを削除します。このオブジェクトへのリンクはすべて使えなくなり、データも失われます。ただし、バケットでバージョニングが有効な場合は古いバージョンが残り、その {versionId} を指定したリンクは引き続き使えます。',
	'Rename and disable': '名前を変更して無効化',
	'Delete and disable': '削除して無効化',
	'Deleted "{key}". Every link to it now fails.':
		'「{key}」を削除しました。このオブジェクトへのリンクはすべて使えなくなりました。',
	'Connect first.': '先に接続してください。',
	'path-style': 'パス形式',
	'virtual-hosted-style': '仮想ホスト形式',
	'endpoint {endpoint} ({addressing}) with access key ID {accessKeyId}':
		'エンドポイント {endpoint}（{addressing}）、アクセスキーID {accessKeyId}',
	'This link was saved without the endpoint and access key ID it was made with, so this app cannot tell which server holds its object. It cannot be disabled from here: nothing will be renamed or deleted for it.':
		'このリンクは作成時のエンドポイントとアクセスキーIDなしで保存されたため、どのサーバーにオブジェクトがあるか判断できません。ここからは無効にできず、名前の変更や削除は行われません。',
	'Disabling this link needs the connection it was made with: {needed}. The current connection is {current}. Change the connection to that one; nothing is renamed or deleted through another.':
		'このリンクを無効にするには、作成時の接続（{needed}）が必要です。現在の接続は {current} です。接続をそちらに変更してください。別の接続で名前の変更や削除を行うことはありません。',
	'Disabling this link needs the connection it was made with: {needed}. Change the connection to that one; nothing is renamed or deleted through another.':
		'このリンクを無効にするには、作成時の接続（{needed}）が必要です。接続をそちらに変更してください。別の接続で名前の変更や削除を行うことはありません。',
	// What a rename checked, or why it stopped
	'size (the ETag of a multipart original cannot be compared)':
		'サイズ（マルチパートでアップロードされた元のオブジェクトの ETag は比較できません）',
	'size and ETag': 'サイズと ETag',
	'content type {type}': 'コンテンツタイプ {type}',
	'user metadata the browser can see ({names})':
		'ブラウザーから参照できるユーザーメタデータ（{names}）',
	'storage class {class}': 'ストレージクラス {class}',
	'{list}; {item}': '{list}、{item}',
	'Renamed to "{newKey}" and verified: {checked}.':
		'「{newKey}」に名前を変更し、検証しました：{checked}。',
	"Any user metadata (x-amz-meta-*) was copied by the server but not checked: a browser sees only the headers the bucket's CORS rule exposes.":
		'ユーザーメタデータ（x-amz-meta-*）はサーバーがコピーしましたが、確認はしていません。ブラウザーから見えるのは、バケットの CORS ルールで公開されたヘッダーだけです。',
	'The server showed no storage class (it is STANDARD, or x-amz-storage-class is not exposed), so the copy has the default class.':
		'サーバーがストレージクラスを示さなかった（STANDARD であるか、x-amz-storage-class が公開されていない）ため、コピーは既定のストレージクラスになります。',
	'Every link to the old key now fails.': '古いキーへのリンクはすべて使えなくなりました。',
	'The new key must differ from the current one.':
		'新しいキーは現在のキーと異なるものにしてください。',
	'Enter the new key.': '新しいキーを入力してください。',
	'"{newKey}" already exists; choose another new key so nothing is overwritten.':
		'「{newKey}」は既に存在します。上書きしないよう、別の新しいキーを選んでください。',
	'The browser cannot read the {header} of "{key}": the bucket\'s CORS rule does not expose it (add {rules}). Without it the copy cannot be verified, so nothing was copied or deleted.':
		'ブラウザーは「{key}」の {header} を読み取れません。バケットの CORS ルールで公開されていないためです（{rules} を追加してください）。これがないとコピーを検証できないため、コピーも削除も行っていません。',
	'The browser cannot read the {first} and {second} of "{key}": the bucket\'s CORS rule does not expose them (add {rules}). Without them the copy cannot be verified, so nothing was copied or deleted.':
		'ブラウザーは「{key}」の {first} と {second} を読み取れません。バケットの CORS ルールで公開されていないためです（{rules} を追加してください）。これらがないとコピーを検証できないため、コピーも削除も行っていません。',
	'"{key}" is over the 5 GiB single-copy limit of S3, so it cannot be renamed here; nothing was copied or deleted. Delete it instead, or copy it with a multipart tool.':
		'「{key}」は S3 の単一コピーの上限（5 GiB）を超えているため、ここでは名前を変更できません。コピーも削除も行っていません。代わりに削除するか、マルチパート対応のツールでコピーしてください。',
	'"{key}" changed while it was being copied (its ETag no longer matched), so nothing was copied or deleted.':
		'コピー中に「{key}」が変更された（ETag が一致しなくなった）ため、コピーも削除も行っていません。',
	'The copy has {copy} bytes, the original {original}; nothing was deleted.':
		'コピーのサイズは {copy} バイト、元のオブジェクトは {original} バイトです。削除は行っていません。',
	"The copy's ETag {copy} differs from the original's {original}; nothing was deleted.":
		'コピーの ETag {copy} が元のオブジェクトの {original} と異なります。削除は行っていません。',
	"The copy's content type {copy} differs from the original's {original}; nothing was deleted.":
		'コピーのコンテンツタイプ {copy} が元のオブジェクトの {original} と異なります。削除は行っていません。',
	"The copy's user metadata (x-amz-meta-*) differs from the original's; nothing was deleted.":
		'コピーのユーザーメタデータ（x-amz-meta-*）が元のオブジェクトと異なります。削除は行っていません。',
	"The copy's storage class is {copy}, the original's {original}; nothing was deleted.":
		'コピーのストレージクラスは {copy}、元のオブジェクトは {original} です。削除は行っていません。',
	"The copy's storage class is not shown, the original's {original}; nothing was deleted.":
		'コピーのストレージクラスは示されず、元のオブジェクトは {original} です。削除は行っていません。',
	'"{key}" changed after it was copied (its ETag or size is no longer what was copied), so it was left in place and nothing was deleted. The copy made before the change is under "{newKey}". Every link to "{key}" still works.':
		'コピー後に「{key}」が変更された（ETag またはサイズがコピー時と異なる）ため、元のオブジェクトはそのまま残し、削除は行っていません。変更前に作成したコピーは「{newKey}」にあります。「{key}」へのリンクは引き続き使えます。',

	// Bulk links
	'Bulk links': '一括リンク',
	'{count} selected objects': '選択した {count} 件のオブジェクト',
	'everything under {path}': '{path} 以下のすべて',
	'Links for {scope}, all with one expiry.': '{scope}のリンクを、同じ有効期限で作成します。',
	'Bulk expiry (seconds)': '一括作成の有効期間（秒）',
	'Bulk signature version': '一括作成の署名バージョン',
	'SigV4 (up to 7 days)': 'SigV4（最長 7 日）',
	'Create links for all': 'すべてのリンクを作成',
	'Listing objects': 'オブジェクトの一覧を取得中',
	'Listing… {count} objects found': '一覧を取得中… {count} 件見つかりました',
	'Creating links': 'リンクを作成中',
	'{done} of {total}': '{done} / {total} 件',
	'{count} links ready, expiring {date}.': '{count} 件のリンクを作成しました（有効期限 {date}）。',
	'Download CSV': 'CSV をダウンロード',
	'Download JSON': 'JSON をダウンロード',
	'Download shell script': 'シェルスクリプトをダウンロード',
	'The background signer stopped before it finished. Reload the page and try again.':
		'バックグラウンドの署名処理が途中で停止しました。ページを再読み込みして、もう一度お試しください。'
} as const satisfies Record<string, string>;
