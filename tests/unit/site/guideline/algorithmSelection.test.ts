import { describe, expect, it } from 'vitest';
import { parseAlgorithmSelection, writeAlgorithmSelection } from '$lib/site/guideline/algorithmSelection';

describe('the algorithm selection in the URL', () => {
	it('reads and writes the selection in the URL, refusing unknown values', () => {
		expect(parseAlgorithmSelection(new URLSearchParams('algorithm=neurologic&grade=3'))).toEqual({
			algorithm: 'neurologic',
			grade: '3'
		});
		expect(parseAlgorithmSelection(new URLSearchParams('algorithm=x&grade=9'))).toEqual({
			algorithm: 'crs',
			grade: '1'
		});
		const url = writeAlgorithmSelection(new URL('https://x.test/en/guideline/?a=1#t'), {
			algorithm: 'crs',
			grade: '2'
		});
		expect(url.search).toBe('?a=1&algorithm=crs&grade=2');
		expect(url.hash).toBe('#t');
	});
});
