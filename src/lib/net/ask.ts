// A question to another context (the service worker, or a tab it controls) answered over a
// private MessageChannel: the page and the worker ask each other which build they run.

/** Anything that takes a message with transferable ports: a ServiceWorker, or a worker's Client. */
export interface MessageTarget {
	postMessage(message: unknown, transfer: Transferable[]): void;
}

/** Posts `question` and resolves with the string answer, or undefined after `timeoutMs`. */
export function askForText(
	target: MessageTarget,
	question: { type: string },
	timeoutMs: number
): Promise<string | undefined> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => {
			channel.port1.close();
			resolve(undefined);
		}, timeoutMs);
		channel.port1.onmessage = (event: MessageEvent) => {
			clearTimeout(timer);
			channel.port1.close();
			resolve(typeof event.data === 'string' ? event.data : undefined);
		};
		target.postMessage(question, [channel.port2]);
	});
}
