// The object the user chose to share: the hand-off from the browser to the presign panel.

export interface SelectedObject {
	bucket: string;
	key: string;
	size?: number;
	etag?: string;
}

class Selection {
	#current = $state<SelectedObject | null>(null);
	/** Incremented on every pick, so the panel can scroll into view even for the same key. */
	#picks = $state(0);

	get current(): SelectedObject | null {
		return this.#current;
	}

	get picks(): number {
		return this.#picks;
	}

	pick(object: SelectedObject): void {
		this.#current = object;
		this.#picks++;
	}

	clear(): void {
		this.#current = null;
	}
}

export const selection = new Selection();
