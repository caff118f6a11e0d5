import { describe, expect, it } from 'vitest';
import { ciText } from '$lib/site/rmp/figureText';
import { slug, studyLabel } from '$lib/site/rmp/incidenceFigures';
import { indicationGroups } from '$lib/site/rmp/indicationGroups';
import { plotGroups } from '$lib/site/rmp/plotGroups';
import { checks, data, datasets, fig } from './rmpFixture';

describe('incidence figures', () => {
	it('holds every figure of both files, each under a concern of the specification', () => {
		const rows = datasets.filter((d) => d.entry.schema === 'rmp_incidence').reduce((s, d) => s + d.rows.length, 0);
		expect(data.figures).toHaveLength(rows);
		expect(rows).toBe(214);
		const concerns = new Set(data.matrix.groups.flatMap((g) => g.concerns.map((c) => c.id)));
		expect(data.figures.every((f) => concerns.has(f.concern))).toBe(true);
		expect(data.figures.map((f) => f.order)).toEqual(data.figures.map((_, i) => i));
		expect(data.doc).toBe('rmp');
	});

	it('serious hepatitis B in the NHL post-marketing surveys: 8/3,964 reproduces the printed 0.2%, with the interval scipy gives', () => {
		const f = fig('rmp_inc_a_027');
		expect([f.count, f.denominator, f.printed, f.recomputed, f.status, f.line, f.seriousness]).toEqual([
			8,
			3964,
			'0.2',
			'0.2',
			'reproduced',
			154,
			'serious'
		]);
		// scipy: beta.ppf(0.025, 8, 3957) * 100, beta.ppf(0.975, 9, 3956) * 100
		expect(f.ci!.lower).toBeCloseTo(0.0871689792273359, 4);
		expect(f.ci!.upper).toBeCloseTo(0.3972693409998837, 4);
		expect(ciText(f)).toBe('[0.087, 0.40]');
		expect(f.study_en).toBe('01NHL001 + 04NHL001 + IDEC-C2B8-5');
	});

	it('IDEC-C2B8-2 non-haematological toxicity 88/90 = 97.8%, and a count of 0 starts its interval at 0', () => {
		const f = fig('rmp_inc_a_001');
		expect([f.printed, f.recomputed, f.status]).toEqual(['97.8', '97.8', 'reproduced']);
		expect(f.ci!.lower).toBeCloseTo(92.2022314522336, 3);
		expect(f.ci!.upper).toBeCloseTo(99.72973641498523, 3);
		const placebo = fig('rmp_inc_a_020');
		expect([placebo.count, placebo.denominator, placebo.printed, placebo.recomputed, placebo.comparator]).toEqual([
			0,
			19,
			'0',
			'0',
			true
		]);
		expect(placebo.ci!.lower).toBe(0);
		// scipy: 1 − 0.025^(1/19)
		expect(placebo.ci!.upper).toBeCloseTo(17.646691180696536, 3);
	});

	it('every figure with count and denominator has its percentage check, and every one is reproduced', () => {
		const withCount = data.figures.filter((f) => f.count !== null && f.denominator !== null);
		expect(withCount).toHaveLength(208);
		expect(withCount.every((f) => f.status === 'reproduced' && f.recomputed === f.printed && f.ci !== null)).toBe(true);
	});

	it('lists the six RAVE figures printed without a count, with no recomputation and no interval', () => {
		const alone = data.figures.filter((f) => f.count === null);
		expect(alone.map((f) => [f.id, f.trial, f.printed])).toEqual([
			['rmp_inc_a_006', 'NCT00104299', '12.1'],
			['rmp_inc_a_007', 'NCT00104299', '11.2'],
			['rmp_inc_a_134', 'NCT00104299', '15.2'],
			['rmp_inc_a_135', 'NCT00104299', '15.3'],
			['rmp_inc_a_137', 'NCT00104299', '50.7'],
			['rmp_inc_a_138', 'NCT00104299', '58.0']
		]);
		expect(alone.every((f) => f.ci === null && f.recomputed === null && f.status === null && ciText(f) === '—')).toBe(
			true
		);
		const items = plotGroups(indicationGroups(data.figures, 'infusion_reaction'), 'en', {
			serious: 'serious',
			percentOnly: 'printed without a count'
		}).flatMap((g) => g.items);
		expect(items.find((i) => i.id === 'rmp_inc_a_006')).toMatchObject({ point: null, printed: '12.1' });
	});

	it('attaches the engine’s Akamatsu 1/24 vs 1/47 denominator flag to the four events of that figure, and to no other row', () => {
		const check = checks.find((c) => c.kind === 'denominator_consistency' && c.published === '4.2% (1/24)')!;
		expect(check).toBeDefined();
		expect([check.status, check.recomputed, check.source_line]).toEqual(['mismatch', '2.1% (1/47)', 237]);
		const flagged = data.figures.filter((f) => f.denominatorFlag);
		expect(flagged.map((f) => f.id)).toEqual(['rmp_inc_a_108', 'rmp_inc_a_109', 'rmp_inc_a_110', 'rmp_inc_a_111']);
		expect(
			flagged.every((f) => f.study_en === 'Akamatsu 2021' && f.line === 237 && f.denominatorFlag!.checkId === check.id)
		).toBe(true);
		expect(flagged.map((f) => `${f.event_en} ${f.grade}`)).toEqual([
			'Neutrophil count decreased grade4',
			'White blood cell count decreased grade4',
			'Neutrophil count decreased grade3',
			'White blood cell count decreased grade3'
		]);
		// the same line's IDEC-C2B8-T2 figures (also /24, but that study is always quoted with 24) carry no flag
		expect(fig('rmp_inc_a_107').denominatorFlag).toBeNull();
		// 1/24 and 1/47 agree with scipy
		expect(flagged[0]!.ci!.lower).toBeCloseTo(0.10543524454697471, 4);
		expect(flagged[0]!.ci!.upper).toBeCloseTo(21.12016834569731, 3);
		// and the other Akamatsu quotations (1/47 at line 186) are not flagged
		expect(
			data.figures
				.filter((f) => f.study_en === 'Akamatsu 2021' && f.denominator === 47)
				.every((f) => f.denominatorFlag === null)
		).toBe(true);
	});
});

describe('study names and indication keys', () => {
	it('names a survey by first author and year, a trial by its ids', () => {
		expect(studyLabel('', 'retrospective survey (Egawa H, et al. Ishoku 2015;50(1):62-77)')).toBe('Egawa 2015');
		expect(studyLabel('', '後方視的調査（江川裕人ら「移植」vol.50, No.1, 62-77, 2015）')).toBe('江川裕人ら 2015');
		expect(studyLabel('', '肝移植における使用実態調査（Akamatsu N, et al. Transplant Direct 2021; 7(8):e729.）')).toBe(
			'Akamatsu 2021'
		);
		expect(studyLabel('IDEC-C2B8-2;IDEC-C2B8-3', 'pooled')).toBe('IDEC-C2B8-2 + IDEC-C2B8-3');
		// every figure has a study name
		expect(data.figures.every((f) => f.study_ja && f.study_en && f.study_en.length <= 40)).toBe(true);
	});

	it('keys an indication by a slug of its English name', () => {
		expect(slug('B-cell non-Hodgkin lymphoma (NHL)')).toBe('b-cell-non-hodgkin-lymphoma-nhl');
		expect(fig('rmp_inc_a_027').indication).toBe(slug(fig('rmp_inc_a_027').indication_en));
	});
});
