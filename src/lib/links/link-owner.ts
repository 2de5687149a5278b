// The connection a link belongs to. Renaming or deleting its object acts on a server, so it is done
// only through the connection the link was made with: same endpoint origin, addressing and access
// key ID. Another connection could delete an unrelated object that shares the bucket and key on
// another server, and the history would call the real link disabled while it still works.
import { inEnglish, type Say } from '$lib/i18n/in-english';
import type { SigningTarget } from './connection';
import type { LinkRecord } from './link-status';

export type LinkOwner = Required<Pick<LinkRecord, 'endpoint' | 'addressing' | 'accessKeyId'>>;

/** What a new link records about the connection that signed it. */
export function linkOwner(target: SigningTarget): LinkOwner {
	return {
		endpoint: target.endpoint.origin,
		addressing: target.addressing,
		accessKeyId: target.credentials.accessKeyId
	};
}

function describeOwner(o: LinkOwner, say: Say): string {
	const addressing = say({ key: o.addressing === 'path' ? 'path-style' : 'virtual-hosted-style' });
	return say({
		key: 'endpoint {endpoint} ({addressing}) with access key ID {accessKeyId}',
		params: { endpoint: o.endpoint, addressing, accessKeyId: o.accessKeyId }
	});
}

/**
 * Why the current connection may not rename or delete this link's object, or null when it may.
 * `current` is null while the connection settings are incomplete or invalid.
 */
export function revokeRefusal(
	link: Pick<LinkRecord, 'endpoint' | 'addressing' | 'accessKeyId'>,
	current: SigningTarget | null,
	say: Say = inEnglish
): string | null {
	const { endpoint, addressing, accessKeyId } = link;
	if (!endpoint || !addressing || !accessKeyId) {
		return say({
			key: 'This link was saved without the endpoint and access key ID it was made with, so this app cannot tell which server holds its object. It cannot be disabled from here: nothing will be renamed or deleted for it.'
		});
	}
	const now = current ? linkOwner(current) : null;
	if (
		now &&
		now.endpoint === endpoint &&
		now.addressing === addressing &&
		now.accessKeyId === accessKeyId
	) {
		return null;
	}
	const needed = describeOwner({ endpoint, addressing, accessKeyId }, say);
	return now
		? say({
				key: 'Disabling this link needs the connection it was made with: {needed}. The current connection is {current}. Change the connection to that one; nothing is renamed or deleted through another.',
				params: { needed, current: describeOwner(now, say) }
			})
		: say({
				key: 'Disabling this link needs the connection it was made with: {needed}. Change the connection to that one; nothing is renamed or deleted through another.',
				params: { needed }
			});
}
