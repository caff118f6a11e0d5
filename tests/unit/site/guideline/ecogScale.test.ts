import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { ecogScale } from '$lib/site/guideline/ecogScale';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';

const { datasets } = readDocumentsOrThrow();

describe('ecogScale', () => {
	it('keeps the ECOG scale with its lines', () => {
		expect(ecogScale(datasets, GUIDELINE_FACTS.ecog).map((e) => [e.code, e.line])).toEqual([
			['0', '613'],
			['1', '614'],
			['2', '615'],
			['3', '616'],
			['4', '617']
		]);
	});
});
