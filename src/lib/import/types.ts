// What an import found: one set of connection settings per profile, remote or alias.

/** The settings of one profile; absent fields were not in the imported text. */
export interface ImportedProfile {
	/** Profile, remote or alias name. */
	name: string;
	/** Which kind of file it came from, as people call it. */
	source: string;
	endpointUrl?: string;
	region?: string;
	accessKeyId?: string;
	secretAccessKey?: string;
	sessionToken?: string;
	/** true = path-style, false = virtual-hosted, null = the endpoint's default. */
	pathStyle?: boolean | null;
	/** Which signature the tool was set to use. */
	signer?: 'v2' | 'v4';
	/** When temporary keys expire (ISO-8601), when the text says. */
	expiration?: string;
}
