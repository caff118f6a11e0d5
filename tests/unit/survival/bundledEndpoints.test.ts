import { describe, expect, it } from 'vitest';
import { guidelineAndRmp } from '../../helpers/documents';
import { ipdCsv } from '$lib/data/ipdCsv';
import { bundledInput, rebuildEndpoints } from '$lib/survival/bundledEndpoints';
import { reconstructionsOf } from '$lib/documents/profiles';

const { datasets, profiles } = guidelineAndRmp();
const pfs = reconstructionsOf(profiles).find((s) => s.id === 'mm003_pfs')!;

describe('bundledInput: a spec and its datasets as the survival engine input', () => {
	it('takes arms in the spec order, events by the spec statistic, medians and the hazard ratio of the second arm', () => {
		const input = bundledInput(pfs, datasets)!;
		expect(
			input.arms.map((a) => [a.id, a.atRisk.length, a.atRisk[0], a.printedEvents, a.printedMedian?.value, a.curve])
		).toEqual([
			['standard', 12, { time: 0, n: 132 }, 93, '4.4', null],
			['idecel', 12, { time: 0, n: 254 }, 149, '13.3', null]
		]);
		expect(input.hazardRatio).toEqual({ arm: 'idecel', value: '0.493', lower: '0.365', upper: '0.666', level: '97.2' });
		const os = bundledInput(
			reconstructionsOf(profiles).find((s) => s.id === 'mm003_os')!,
			datasets
		)!;
		expect(os.arms.map((a) => [a.id, a.printedEvents, a.printedMedian])).toEqual([
			['standard', 58, { value: '37.9', lower: '23.4', upper: 'NE', level: '95' }],
			['idecel', 106, { value: '41.4', lower: '30.9', upper: 'NE', level: '95' }]
		]);
	});

	it('is null when a dataset of the spec is missing', () => {
		expect(bundledInput({ ...pfs, summaryDataset: 'no_such_dataset' }, datasets)).toBeNull();
	});
});

describe('rebuildEndpoints: the bundled endpoints through the one survival engine', () => {
	const [pfsRebuilt, osRebuilt] = rebuildEndpoints(datasets, reconstructionsOf(profiles));

	it('rebuilds each spec whose datasets are present, skipping the others', () => {
		expect([pfsRebuilt!.spec.id, osRebuilt!.spec.id]).toEqual(['mm003_pfs', 'mm003_os']);
		expect(rebuildEndpoints(datasets, [{ ...pfs, atRiskDataset: 'no_such_dataset' }])).toEqual([]);
	});

	it('reproduces the printed numbers at risk and events, and compares the second arm with the reference', () => {
		const r = pfsRebuilt!.rebuild;
		expect(r.arms.map((a) => [a.id, a.mode, a.patients, a.events.rebuilt])).toEqual([
			['standard', 'table', 132, 93],
			['idecel', 'table', 254, 149]
		]);
		for (const a of r.arms) for (const t of a.atRisk) expect(t.rebuilt).toBe(t.printed);
		expect([r.comparison!.reference, r.comparison!.compared]).toEqual(['standard', 'idecel']);
		// measured: HR 0.465 at 95% [0.358, 0.604]; median of ide-cel 13.3 met by construction
		expect(r.comparison!.cox!.hr).toBeCloseTo(0.465, 3);
		expect(r.comparison!.cox!.atPrintedLevel!.level).toBe(97.2);
		expect(r.arms[1]!.median).toBeCloseTo(13.3, 6);
		expect([r.xMax, r.xStep]).toEqual([33, 3]);
	});

	it('reads the reference arm from the spec: reversed arms give the reciprocal hazard ratio and the other order', () => {
		const reversed = rebuildEndpoints(datasets, [{ ...pfs, arms: ['idecel', 'standard'] }])[0]!.rebuild;
		expect(reversed.arms.map((a) => a.id)).toEqual(['idecel', 'standard']);
		expect([reversed.comparison!.reference, reversed.comparison!.compared]).toEqual(['idecel', 'standard']);
		// the printed 0.493 is ide-cel's: read as standard versus ide-cel it is a different target, so only the direction is fixed
		expect(reversed.comparison!.cox!.hr!).toBeGreaterThan(1.5);
	});

	it('writes the file the site serves as /derived/mm003_pfs_ipd.csv: the reference arm first, six decimals', () => {
		const text = ipdCsv(pfsRebuilt!.rebuild.ipd);
		const lines = text.trimEnd().split('\n');
		expect(lines[0]).toBe('time,event,arm');
		expect(lines).toHaveLength(1 + 132 + 254);
		expect(lines[1]).toMatch(/^\d+(\.\d{1,6})?,[01],standard$/);
		expect(lines.at(-1)).toMatch(/,idecel$/);
	});
});
