import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/dataset';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { orrThreshold } from '$lib/site/orrThreshold';

const { datasets } = readDocumentsOrThrow();

/** A response-rate table of one trial whose rows state `thresholds` (one row each). */
const table = (trial: string, thresholds: string[]): Dataset =>
	({
		entry: { id: `t_${trial}`, schema: 'response_rate', trial },
		rows: thresholds.map((t) => ({ threshold_percent: t })),
		lines: thresholds.map((_, i) => i + 2)
	}) as unknown as Dataset;

describe('orrThreshold', () => {
	it('reads the threshold a trial’s tables state (MM-001’s 50%) with the trial it belongs to', () => {
		expect(orrThreshold(datasets, 'MM-001')).toEqual({ percent: 50, trial: 'MM-001' });
		expect(orrThreshold(datasets)).toEqual({ percent: 50, trial: 'MM-001' });
		expect(orrThreshold(datasets, 'MM-003')).toBeNull();
	});
	it('draws no line when the tables state several thresholds, and names every trial that states the one', () => {
		expect(orrThreshold([table('A', ['50']), table('B', ['30'])])).toBeNull();
		expect(orrThreshold([table('A', ['50', '']), table('B', ['50'])])).toEqual({ percent: 50, trial: 'A, B' });
		expect(orrThreshold([table('A', [''])])).toBeNull();
	});
});
