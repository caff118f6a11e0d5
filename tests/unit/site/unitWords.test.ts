import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { unitName } from '$lib/site/unitWords';

describe('unitName', () => {
	it('words units in Japanese as the documents do and leaves English as stored', () => {
		expect(unitName('patients', 'ja')).toBe('例');
		expect(unitName('months', 'ja')).toBe('カ月');
		expect(unitName('mg/day', 'ja')).toBe('mg/日');
		expect(unitName('patients', 'en')).toBe('patients');
		expect(unitName('mg/m²', 'ja')).toBe('mg/m²');
	});
	it('has a Japanese word for every unit of the bundled transcriptions that contains an English word', () => {
		const units = new Set<string>();
		for (const d of readDocumentsOrThrow().datasets) for (const r of d.rows) if (r.unit) units.add(r.unit);
		expect(units.size).toBeGreaterThan(30);
		// symbols and SI units stay; any other Latin word must have been worded
		const latinWords = (s: string) => s.replace(/\b(?:mg|kg|mL|m|min|body|mRSS)\b/g, '').match(/[A-Za-z]{2,}/g) ?? [];
		const missing = [...units].filter((u) => latinWords(unitName(u, 'ja')).length > 0);
		expect(missing).toEqual([]);
	});
});
