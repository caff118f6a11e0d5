import { describe, expect, it } from 'vitest';
import { documentLineHref } from '$lib/site/documentLink';
import { href } from '$lib/site/i18n';

describe('documentLineHref', () => {
	it('links a line of a source document with its anchor after the folder slash', () => {
		expect(documentLineHref('guideline', 131)).toBe(`${href('/documents/guideline/')}#L131`);
		expect(documentLineHref('rmp', '237')).toMatch(/\/documents\/rmp\/#L237$/);
	});
});
