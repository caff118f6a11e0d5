import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { guidelineData } from '$lib/site/guideline/guidelineData';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';

const { datasets } = readDocumentsOrThrow();

describe('guidelineData', () => {
	const data = guidelineData(datasets, GUIDELINE_FACTS);

	it('counts each eligibility column by its name in the caption, and marks the approved population', () => {
		expect(data.eligibilityCaption).toEqual({ mm001: 14, crb401: 17, mm003: 13, approved: 15 });
		expect(data.eligibility.columns.map((c) => [c.key, c.approved])).toEqual([
			['MM-001', false],
			['CRB-401', false],
			['MM-003', false],
			['approved', true]
		]);
		expect([data.doc, data.timelineTrials]).toEqual(['guideline', 'MM-001, CRB-401, MM-003']);
	});

	it('holds the facility checklist by list and both algorithms’ rows', () => {
		expect(data.facility.map((s) => s.list)).toEqual(['facility', 'information_management', 'adverse_event_response']);
		expect(data.algorithms.crs.every((r) => r.algorithm === 'crs')).toBe(true);
		expect(data.algorithms.neurologic.every((r) => r.algorithm === 'neurologic')).toBe(true);
	});

	it('fails, naming the dataset, when one it reads is missing', () => {
		const without = datasets.filter((d) => d.entry.id !== GUIDELINE_FACTS.facility);
		expect(() => guidelineData(without, GUIDELINE_FACTS)).toThrow(/gl_s4_facility_requirements is missing/);
	});
});
