import { describe, expect, it } from 'vitest';
import { runAnalysis } from '$lib/analysis/runAnalysis';
import { MAX_UPLOAD_BYTES } from '$lib/data/upload';
import { bigIpdCsv } from '../../../scripts/bench/bigUploads';

// the bench's generator: arms A and B, exponential with rates 0.05 and 0.08 (medians ln 2 / rate = 13.9 and 8.7,
// hazard ratio 1.6), censored uniformly on [0, 60]
const analyse = (text: string) => runAnalysis([{ id: 'ipd', name: 'ipd.csv', kind: 'ipd', text }]);
const eventsIn = (text: string, arm: string) => text.split(`,1,${arm}\n`).length - 1;

function expectAnalysed(text: string, perArm: number, events: [number, number]) {
	const r = analyse(text);
	expect(r.files.map((f) => [f.ok, f.size, f.errors.length])).toEqual([[true, 2 * perArm, 0]]);
	expect(r.files[0]!.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
	const ipd = r.ipd!;
	expect(ipd.patients).toBe(2 * perArm);
	expect(ipd.arms.map((a) => [a.id, a.patients, a.events.rebuilt])).toEqual([
		['A', perArm, events[0]],
		['B', perArm, events[1]]
	]);
	// the events the analysis counted are the lines of the file that end ",1,<arm>"
	expect(events).toEqual([eventsIn(text, 'A'), eventsIn(text, 'B')]);
	const [a, b] = ipd.arms.map((arm) => arm.medianCheck.rebuilt);
	expect(a!.estimate).toBeGreaterThan(12.5);
	expect(a!.estimate).toBeLessThan(14.5);
	expect(b!.estimate).toBeGreaterThan(7.8);
	expect(b!.estimate).toBeLessThan(9.2);
	for (const m of [a!, b!]) {
		expect(m.lower).toBeLessThan(m.estimate!);
		expect(m.upper).toBeGreaterThan(m.estimate!);
	}
	expect(ipd.thinned).toBe(true);
	const cox = ipd.comparison!.cox!;
	expect(cox.converged).toBe(true);
	expect(cox.hr).toBeGreaterThan(1.5);
	expect(cox.hr).toBeLessThan(1.7);
	expect(cox.lower).toBeLessThan(cox.hr!);
	expect(cox.upper).toBeGreaterThan(cox.hr!);
	expect(ipd.comparison!.logRank.chisq).toBeGreaterThan(10_000);
	return r;
}

describe('big patient-level uploads analyse without error (issue 13: Math.max(...array) overflowed the call stack)', () => {
	const text300k = bigIpdCsv(150_000).toString('utf8');

	it('analyses 300,000 patients (3.4 MB)', () => {
		expect(text300k.length).toBe(3_426_833);
		const r = expectAnalysed(text300k, 150_000, [103_716, 118_925]);
		expect(r.ipd!.arms.map((x) => x.median)).toEqual([13.1552, 8.2636]);
	}, 60_000);

	it('analyses a file just under the 20 MB upload limit (1,835,938 patients)', () => {
		// as many patients as fit: the 300,000-patient file scaled to the limit
		const perArm = Math.floor((150_000 * MAX_UPLOAD_BYTES) / text300k.length);
		const text = bigIpdCsv(perArm).toString('utf8');
		expect(perArm).toBe(917_969);
		expect(text.length).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
		expect(text.length).toBeGreaterThan(0.999 * MAX_UPLOAD_BYTES);
		expectAnalysed(text, perArm, [634_972, 727_813]);
	}, 300_000);
});
