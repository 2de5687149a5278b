import { describe, expect, it } from 'vitest';
import { splitMessage } from './message-pieces';

describe('splitMessage', () => {
	it('cuts a message at its placeholders, keeping the text between', () => {
		expect(splitMessage('Save as {file}, then run:')).toEqual([
			{ text: 'Save as ' },
			{ name: 'file' },
			{ text: ', then run:' }
		]);
		expect(splitMessage('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
	});
});
