import { describe, expect, it } from 'vitest';
import { readDataDirOrThrow } from '../../src/lib/data/readDataDir';
import { verifyCatalog } from '../../src/lib/verify/verifyCatalog';
import { atLeastOne, curveRange, expected, parseField, parseInputs, powerAt, powerCurve, surveyPlannerData, type Field } from '../../src/lib/site/surveyPlanner';

const datasets = readDataDirOrThrow('static/data');
const { surveys, activities } = surveyPlannerData(datasets, verifyCatalog(datasets).checks);
const survey = (id: string) => surveys.find((s) => s.id === id)!;
const values = (id: string) => Object.fromEntries(Object.entries(survey(id).defaults).map(([k, d]) => [k, d.value])) as Record<Field, string>;

describe('surveyPlannerData', () => {
	it('holds the four surveys with periods, target sizes and every printed number of their rationale', () => {
		expect(surveys.map((s) => s.id)).toEqual(['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd']);
		const p = survey('gus_pemphigus');
		expect([p.start, p.end, p.target_n, p.line]).toEqual(['2022-06-01', '2030-05-31', '125', 470]);
		expect(p.numbers).toHaveLength(34);
		expect(survey('gus_ssc').numbers).toHaveLength(41);
		// as printed: "18.0", "9.0", "4～8", "半年" stay strings
		expect(p.numbers.find((r) => r.seq === 17)).toMatchObject({ role: 'assumed_rate', value: '18.0', unit: '%', line: 480 });
		expect(survey('sus_nmosd').numbers.find((r) => r.seq === 6)!.value).toBe('4～8');
	});

	it('matches the engine sample_size checks to their survey', () => {
		expect(surveys.map((s) => s.checks.length)).toEqual([1, 7, 4, 1]);
		const power = survey('gus_pemphigus').checks.find((c) => c.seq === 21)!;
		expect(power.status).toBe('reproduced');
		expect(power.recomputed).toBe('115');
		expect(power.detail).toContain('power at 115: 90.09%');
		expect(power.detail).toContain('power at 115 is 84.6%');
		expect(power.detail).toContain('reaching 90% is 122');
		const nmosd = survey('sus_nmosd').checks[0]!;
		expect([nmosd.published, nmosd.recomputed, nmosd.status]).toEqual(['10', '11', 'approximate']);
		expect(nmosd.detail).toContain('200 × 1/19 = 10.53');
		expect(survey('gus_cll').checks[0]).toMatchObject({ published: '29', recomputed: '29', status: 'reproduced', line: 458 });
	});

	it('starts the calculator at the printed values of each rationale, with their lines', () => {
		expect(values('gus_pemphigus')).toEqual({ an: '125', ap: '1.5', at: '80', n: '115', p0: '9', p1: '18.0', alpha: '5', power: '90', en: '125', ep: '9.0' });
		expect(survey('gus_pemphigus').defaults.n).toEqual({ value: '115', seq: 21, line: 480 });
		expect(values('gus_cll')).toMatchObject({ an: '29', ap: '10', at: '95' });
		expect(values('sus_nmosd')).toMatchObject({ en: '200', ep: '5.3' });
		// SSC prints no rate for its expected counts nor a power calculation: example values, marked as such
		expect(survey('gus_ssc').defaults.ep).toEqual({ value: '1', seq: null, line: null });
		expect(survey('gus_ssc').defaults.p0.seq).toBeNull();
		expect(survey('gus_ssc').defaults.en).toEqual({ value: '360', seq: 17, line: 462 });
	});

	it('lists every activity of sections 5.1–5.3 with its status, and the survey period for the surveys', () => {
		expect(activities).toHaveLength(25);
		expect(activities.map((a) => a.section).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['5.1', '5.2', '5.3']);
		const cll = activities.find((a) => a.key === '5.1:gus_cll')!;
		expect([cll.status_ja, cll.status_en, cll.start, cll.end, cll.line]).toEqual(['実施中', 'ongoing', '2019-06-03', '2028-03-31', 562]);
		expect(activities.filter((a) => a.start).map((a) => a.id)).toEqual(['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd']);
		expect(activities.find((a) => a.id === 'routine_pv')!.status_ja).toBe('');
	});
});

describe('calculator (values checked against scipy 1.17: binom, norm)', () => {
	it('reproduces the pemphigus power rationale: normal approximation 115, exact 122', () => {
		// norm.cdf((sqrt(115)*0.09 - norm.ppf(0.95)*sqrt(0.09*0.91)) / sqrt(0.18*0.82)) = 0.900937
		// exact: critical count 17 (binom.sf(16, 115, 0.09) <= 0.05), binom.sf(16, 115, 0.18) = 0.846497; first n with ≥ 0.9 is 122 (0.904332)
		const r = powerAt(0.09, 0.18, 0.05, 0.9, 115);
		expect(r.normal).toBeCloseTo(0.9009375, 6);
		expect(r.exact).toBeCloseTo(0.8464975, 6);
		expect(r.normalN).toBe(115);
		expect(r.exactN).toBe(122);
		expect(powerAt(0.09, 0.18, 0.05, 0.9, 125).exact).toBeCloseTo(0.8799997, 6);
	});

	it('reproduces the probability of at least one event: pemphigus 1.5% in 125, CLL 10% needs 29 for 95%', () => {
		// 1 - 0.985**125 = 0.848808; 1 - 0.9**29 = 0.952899, 1 - 0.9**28 = 0.947665
		const p = atLeastOne(125, 0.015, 0.8);
		expect(p.prob).toBeCloseTo(0.848808, 6);
		expect(p.minN).toBe(107);
		const c = atLeastOne(29, 0.1, 0.95);
		expect(c.prob).toBeCloseTo(0.952899, 6);
		expect(c.minN).toBe(29);
		expect(atLeastOne(28, 0.1, 0.95).prob).toBeCloseTo(0.947665, 6);
	});

	it('gives expected counts n × p: NMOSD 200 × 5.3% = 10.6, 200 × 1/19 = 10.53', () => {
		expect(expected(200, 0.053)).toBeCloseTo(10.6, 10);
		expect(expected(200, 1 / 19)).toBeCloseTo(10.526316, 6);
		expect(expected(125, 0.09)).toBeCloseTo(11.25, 10);
	});

	it('draws a saw-toothed exact power curve around the printed n', () => {
		const r = powerAt(0.09, 0.18, 0.05, 0.9, 115);
		const [lo, hi] = curveRange(115, r);
		expect([lo, hi]).toEqual([85, 152]);
		const pts = powerCurve(0.09, 0.18, 0.05, lo, hi);
		expect(pts).toHaveLength(hi - lo + 1);
		// normal power rises with n, exact power falls at some steps (the saw-tooth)
		expect(pts.every((p, i) => i === 0 || p.normal > pts[i - 1]!.normal)).toBe(true);
		expect(pts.some((p, i) => i > 0 && p.exact < pts[i - 1]!.exact)).toBe(true);
	});
});

describe('input validation', () => {
	it('accepts whole n ≥ 1 and percentages strictly between 0 and 100', () => {
		expect(parseField('n', '115')).toEqual({ value: 115 });
		expect(parseField('pct', '18.0')).toEqual({ value: 0.18 });
		expect(parseField('pct', '1,5')).toEqual({ value: 0.015 });
		expect(parseField('n', '')).toEqual({ error: 'required' });
		expect(parseField('n', 'abc')).toEqual({ error: 'not_number' });
		expect(parseField('n', '11.5')).toEqual({ error: 'n_whole' });
		expect(parseField('n', '0')).toEqual({ error: 'n_range' });
		expect(parseField('n', '100001')).toEqual({ error: 'n_range' });
		expect(parseField('pct', '0')).toEqual({ error: 'pct_range' });
		expect(parseField('pct', '100')).toEqual({ error: 'pct_range' });
		expect(parseField('pct', '-5')).toEqual({ error: 'pct_range' });
	});
	it('refuses an expected rate equal to the threshold', () => {
		const r = parseInputs({ ...values('gus_pemphigus'), p1: '9.0' });
		expect(r.errors).toEqual({ p1: 'p1_equal' });
		expect(r.values.p1).toBeUndefined();
		expect(parseInputs(values('gus_pemphigus')).errors).toEqual({});
	});
});
