import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';
import { timelineData } from '$lib/site/guideline/treatmentTimeline';

const { datasets } = readDocumentsOrThrow();

describe('treatment timeline (sections 1 and 6)', () => {
	const data = timelineData(datasets, GUIDELINE_FACTS.timeline);
	it('takes the printed days with their lines', () => {
		expect(data.lymphodepletion).toEqual({
			startDaysBefore: { printed: '5', line: '65' },
			days: { printed: '3', line: '67' }
		});
		expect(data.infusion).toEqual({ line: '69', premedicationMinutes: { printed: '30～60', line: '624' } });
		expect(data.leukapheresis.line).toBe('49');
		expect(data.crsOnset.map((w) => [w.trial, w.median.printed, w.lower, w.upper, w.median.line])).toEqual([
			['MM-001', '1.0', '1', '12', '625'],
			['CRB-401', '2.0', '1', '19', '625'],
			['MM-003', '1.0', '1', '14', '625']
		]);
		expect(data.neuroOnset.map((w) => [w.trial, w.median.printed, w.lower, w.upper, w.median.line])).toEqual([
			['MM-001', '6.0', '1', '720', '648'],
			['CRB-401', '6.0', '1', '451', '648'],
			['MM-003', '5.0', '1', '394', '648']
		]);
		expect(data.bridging.trials.map((b) => [b.trial, b.daysBefore.printed, b.daysBefore.line])).toEqual([
			['MM-001', '14', '105'],
			['CRB-401', '14', '182'],
			['MM-003', '14', '225']
		]);
	});
});
