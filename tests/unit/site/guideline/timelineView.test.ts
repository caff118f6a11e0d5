import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';
import { timelineView, type TimelineText } from '$lib/site/guideline/timelineView';
import { timelineData } from '$lib/site/guideline/treatmentTimeline';

const { datasets } = readDocumentsOrThrow();

describe('timelineView', () => {
	const data = timelineData(datasets, GUIDELINE_FACTS.timeline);
	const text: TimelineText = {
		leukapheresis: 'Leukapheresis',
		bridging: 'Bridging',
		lymphodepletion: 'Lymphodepletion',
		infusion: 'Infusion',
		crs: (t) => `CRS ${t}`,
		neuro: (t) => `Neuro ${t}`,
		notPrinted: 'not printed',
		bridgingTrials: (d, t) => `(≥${d} d: ${t})`,
		lymphodepletionWhen: (s, d) => `from −${s}, ${d} days`,
		infusionWhen: (m) => `premed ${m} min`,
		onset: (m, l, u) => `${m} (${l}–${u})`
	};

	it('draws phases without printed days without a length, and gives the table the same numbers', () => {
		const v = timelineView(data, text);
		expect(v.lanes.map((l) => [l.id, l.kind])).toEqual([
			['leukapheresis', 'unscaled'],
			['bridging', 'unscaled'],
			['lymphodepletion', 'span'],
			['infusion', 'point'],
			['crs-MM-001', 'window'],
			['crs-CRB-401', 'window'],
			['crs-MM-003', 'window'],
			['neuro-MM-001', 'window'],
			['neuro-CRB-401', 'window'],
			['neuro-MM-003', 'window']
		]);
		expect(v.lanes[2]).toMatchObject({ from: -5, days: 3, note: 'from −5, 3 days' });
		expect(v.lanes[7]).toMatchObject({ median: 6, lower: 1, upper: 720, note: '6.0 (1–720)' });
		expect(v.rows.map((r) => [r.id, r.when, r.lines])).toEqual([
			['leukapheresis', 'not printed', ['49']],
			['bridging', 'not printed (≥14 d: MM-001, CRB-401, MM-003)', ['105', '182', '225']],
			['lymphodepletion', 'from −5, 3 days', ['65', '67']],
			['infusion', 'premed 30～60 min', ['69', '624']],
			['crs-MM-001', '1.0 (1–12)', ['625']],
			['crs-CRB-401', '2.0 (1–19)', ['625']],
			['crs-MM-003', '1.0 (1–14)', ['625']],
			['neuro-MM-001', '6.0 (1–720)', ['648']],
			['neuro-CRB-401', '6.0 (1–451)', ['648']],
			['neuro-MM-003', '5.0 (1–394)', ['648']]
		]);
	});
});
