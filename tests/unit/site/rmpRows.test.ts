import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_DIR, readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import {
	boundText,
	ciText,
	concernOptions,
	concernsWithoutFigures,
	defaultRmpSelection,
	gradeText,
	indicationGroups,
	NO_RISK_MINIMISATION,
	parseRmpSelection,
	plotGroups,
	rmpData,
	selectedGroups,
	sortFigures,
	studyLabel,
	writeRmpSelection
} from '$lib/site/rmpRows';

const { datasets, profiles } = readDocumentsOrThrow();
const checks = verifyCatalog(datasets, profiles).checks;
const data = rmpData(datasets, checks, (x, n) => clopperPearson(x, n, 0.95), percentOf);
const fig = (id: string) => data.figures.find((f) => f.id === id)!;
const RMP = readFileSync(join(DOCUMENTS_DIR, 'rmp', '004_f7c24d200ce56001.txt'), 'utf8').split('\n');
const docLine = (n: number) => RMP[n - 1]!;

describe('safety specification matrix', () => {
	it('has the number of concerns per category the summary (lines 18–36) prints, in printed order', () => {
		// the summary table: a header of the three categories, then a row a line (tab-separated) until the blank line
		const head = RMP.findIndex((l) => l.startsWith('【重要な特定されたリスク】'));
		expect(RMP[head]!.split('\t')).toEqual([
			'【重要な特定されたリスク】',
			'【重要な潜在的リスク】',
			'【重要な不足情報】'
		]);
		const end = RMP.findIndex((l, i) => i > head && l.trim() === '');
		const summary = RMP.slice(head + 1, end).map((l) => l.split('\t'));
		const printed = [0, 1, 2].map((col) => summary.filter((cells) => (cells[col] ?? '').trim() !== '').length);
		const efficacyHead = RMP.findIndex((l) => l.startsWith('1.2. 有効性に関する検討事項'));
		const efficacy = RMP.slice(efficacyHead + 1)
			.find((l) => l.trim() !== '')!
			.split('\t')
			.filter((c) => c.trim() !== '').length;
		expect([head + 1, end + 1, efficacyHead + 1]).toEqual([18, 33, 34]);
		expect(printed).toEqual([14, 2, 1]);
		expect(efficacy).toBe(2);
		expect(data.matrix.groups.map((g) => [g.category, g.concerns.length])).toEqual([
			['important_identified_risk', printed[0]],
			['important_potential_risk', printed[1]],
			['missing_information', printed[2]],
			['efficacy_consideration', efficacy]
		]);
		// printed order within each category, the summary's first cell the first concern
		expect(data.matrix.groups[0]!.concerns.map((c) => c.order)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
		expect(docLine(19).split('\t')[0]).toBe('infusion reaction');
		expect(data.matrix.groups[0]!.concerns[0]!.ja).toBe('infusion reaction');
		expect(data.matrix.groups[1]!.concerns.map((c) => c.ja)).toEqual(['免疫反応性の低下', '悪性腫瘍の発現']);
	});

	it('links each concern to the line that prints its heading', () => {
		for (const c of data.matrix.groups.flatMap((g) => g.concerns))
			expect(docLine(c.line), c.id).toContain(c.ja.slice(0, 6));
	});

	it('resolves every activity id to its bilingual name and the line that defines it', () => {
		expect(data.matrix.pv.map((a) => a.id)).toEqual(['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd']);
		expect(data.matrix.rm.map((a) => a.id)).toEqual([
			'rmm_nephrotic',
			'rmm_transplant',
			'rmm_ssc',
			'rmm_pemphigus',
			'rmm_nmosd'
		]);
		const cll = data.matrix.pv[0]!;
		expect([cll.ja, cll.en, cll.dataset, cll.line, cll.status_en]).toEqual([
			'CD20 陽性の CLL における一般使用成績調査',
			'General use-results survey in CD20-positive chronic lymphocytic leukaemia (CLL)',
			'rmp_surveys',
			458,
			'ongoing'
		]);
		const nephrotic = data.matrix.rm[0]!;
		expect([nephrotic.dataset, nephrotic.line, nephrotic.status_ja]).toEqual(['rmp_risk_minimisation', 515, '実施中']);
		expect(docLine(nephrotic.line)).toContain('ネフローゼ症候群における医療従事者向け資材');
		for (const a of [...data.matrix.pv, ...data.matrix.rm]) expect(a.ja && a.en, a.id).toBeTruthy();
	});

	it('agrees with what each activity lists as its own safety concerns (sections 2 and 4)', () => {
		const surveys = datasets.find((d) => d.entry.id === 'rmp_surveys')!.rows;
		const plan = datasets.find((d) => d.entry.id === 'rmp_risk_minimisation')!.rows;
		for (const a of data.matrix.pv) {
			// 「…」 per concern; the NMOSD survey adds 「長期投与時の本剤の安全性」 (missing information)
			const listed = surveys.find((r) => r.survey_id === a.id)!.safety_concerns_ja!.match(/「[^」]+」/g)!.length;
			expect(a.concerns, a.id).toBe(listed);
		}
		for (const a of data.matrix.rm)
			expect(a.concerns, a.id).toBe(plan.filter((r) => r.parent_id === a.id && r.code === 'safety_concern').length);
		// the 13 identified risks other than TLS have every material; TLS only routine activities
		const tls = data.matrix.groups[0]!.concerns.find((c) => c.id === 'tumour_lysis_syndrome')!;
		expect([tls.pv, tls.rm]).toEqual([[], []]);
	});

	it('says routine activities once, with the concerns whose plan prints no risk minimisation at all', () => {
		expect(data.matrix.routine.pv.line).toBe(553);
		expect(data.matrix.routine.rm.en).toBe(
			'Provision of information through the package insert and the patient drug guide'
		);
		expect(data.matrix.noRiskMinimisation.map((x) => x.concern)).toEqual(['malignancy', 'nmosd_long_term_safety']);
		for (const x of NO_RISK_MINIMISATION)
			expect(docLine(x.line)).toMatch(/リスク最小化活動の内容及びその選択理由：\s*【内容】\s*なし/);
		// and no other risk-minimisation block of section 1.1 prints なし
		const nashi = RMP.map((l, i) =>
			/リスク最小化活動の内容及びその選択理由：\s*【内容】\s*なし/.test(l) ? i + 1 : 0
		).filter(Boolean);
		expect(nashi).toEqual(NO_RISK_MINIMISATION.map((x) => x.line));
	});

	it('lists the completed section 5 activities no concern names, once each', () => {
		expect(data.matrix.unnamed.map((a) => a.id)).toEqual([
			'epmv_nephrotic',
			'urs_nephrotic',
			'epmv_abo_transplant',
			'urs_abo_kidney',
			'urs_abo_liver',
			'epmv_ssc',
			'epmv_nmosd'
		]);
		expect(data.matrix.unnamed.every((a) => a.status_en === 'completed')).toBe(true);
	});

	it('refuses an activity id defined nowhere, naming it', () => {
		const broken = datasets.map((d) =>
			d.entry.id === 'rmp_safety_specification'
				? { ...d, rows: d.rows.map((r, i) => (i === 0 ? { ...r, pv_additional: 'gus_typo' } : r)) }
				: d
		);
		expect(() => rmpData(broken, checks, (x, n) => clopperPearson(x, n, 0.95), percentOf)).toThrow(/gus_typo/);
	});
});

describe('incidence figures', () => {
	it('holds every figure of both files, each under a concern of the specification', () => {
		const rows = datasets.filter((d) => d.entry.schema === 'rmp_incidence').reduce((s, d) => s + d.rows.length, 0);
		expect(data.figures).toHaveLength(rows);
		expect(rows).toBe(214);
		const concerns = new Set(data.matrix.groups.flatMap((g) => g.concerns.map((c) => c.id)));
		expect(data.figures.every((f) => concerns.has(f.concern))).toBe(true);
		expect(concernOptions(data.matrix).map((c) => [c.id, c.figures])).toEqual([
			['infusion_reaction', 26],
			['hbv_fulminant_hepatitis', 1],
			['hepatic_dysfunction_jaundice', 38],
			['cytopenias', 50],
			['infections', 79],
			['interstitial_pneumonia', 1],
			['cardiac_disorders', 2],
			['renal_disorders', 8],
			['gi_perforation_obstruction', 3],
			['hypotension', 3],
			['tumour_lysis_syndrome', 1],
			['malignancy', 2]
		]);
		expect(concernsWithoutFigures(data.matrix).map((c) => c.id)).toEqual([
			'mucocutaneous_sjs_ten',
			'pml',
			'rpls',
			'reduced_immune_response',
			'nmosd_long_term_safety',
			'efficacy_abo_kidney',
			'efficacy_abo_liver'
		]);
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

	it('groups a concern by indication in the order the document names them, one English name per Japanese one', () => {
		const groups = indicationGroups(data.figures, 'infusion_reaction');
		expect(groups.map((g) => g.ja)).toEqual([
			'NHL',
			'CLL',
			'GPA/MPA',
			'頻回再発型・ステロイド依存性ネフローゼ症候群',
			'難治性の頻回再発型・ステロイド依存性ネフローゼ症候群',
			'難治性のステロイド抵抗性ネフローゼ症候群',
			'全身性強皮症',
			'難治性の尋常性天疱瘡及び落葉状天疱瘡',
			'中等症～重症の尋常性天疱瘡',
			'NMOSD',
			'ABOi 腎移植',
			'ABOi 肝移植',
			'ABMR 抑制',
			'ABMR 治療'
		]);
		expect(groups.reduce((s, g) => s + g.figures.length, 0)).toBe(26);
		for (const c of concernOptions(data.matrix)) {
			const gs = indicationGroups(data.figures, c.id);
			for (const g of gs) expect(new Set(g.figures.map((f) => f.indication_ja)).size, `${c.id}/${g.key}`).toBe(1);
			expect(new Set(gs.map((g) => g.ja)).size).toBe(gs.length);
		}
	});
});

describe('labels', () => {
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

	it('writes printed grades in English words on the English page', () => {
		expect(
			['grade3 以上', 'grade 3 以上', 'grade2 以下', '全 grade', 'grade1 及び grade2', 'grade3/4', 'grade1'].map((g) =>
				gradeText(g, 'en')
			)
		).toEqual(['grade ≥3', 'grade ≥3', 'grade ≤2', 'all grades', 'grade 1 and grade 2', 'grade 3/4', 'grade 1']);
		expect(gradeText('grade3 以上', 'ja')).toBe('grade3 以上');
		const grades = new Set(data.figures.map((f) => gradeText(f.grade, 'en')));
		expect([...grades].some((g) => /[^\x20-\x7e≥≤]/.test(g))).toBe(false);
	});

	it('prints interval bounds readably at any size', () => {
		expect([0, 0.00064, 0.0871, 0.397, 8.7, 99.73, 100].map(boundText)).toEqual([
			'0',
			'0.00064',
			'0.087',
			'0.40',
			'8.7',
			'99.7',
			'100.0'
		]);
	});
});

describe('selection in the URL, and the table', () => {
	it('defaults to the first concern with figures, and drops what it does not know', () => {
		expect(defaultRmpSelection(data.matrix)).toEqual({
			concern: 'infusion_reaction',
			indication: '',
			sort: null,
			dir: 'asc'
		});
		expect(parseRmpSelection(new URLSearchParams('concern=pml&indication=nope&sort=bogus'), data)).toEqual(
			defaultRmpSelection(data.matrix)
		);
		// an indication of another concern falls back to all
		expect(
			parseRmpSelection(new URLSearchParams('concern=hbv_fulminant_hepatitis&indication=cll-x'), data).indication
		).toBe('');
	});

	it('round-trips concern, indication and sort through the query string', () => {
		const sel = {
			concern: 'renal_disorders',
			indication: 'abo-incompatible-liver-transplantation',
			sort: 'ci' as const,
			dir: 'desc' as const
		};
		const url = writeRmpSelection(new URL('http://x/en/rmp/'), sel);
		expect(url.search).toBe(
			'?concern=renal_disorders&indication=abo-incompatible-liver-transplantation&sort=ci&dir=desc'
		);
		expect(parseRmpSelection(url.searchParams, data)).toEqual(sel);
		expect(selectedGroups(data, sel).flatMap((g) => g.figures.map((f) => f.printed))).toEqual(['2.7', '2.7']);
	});

	it('sorts by a column, keeping figures printed without a count last in either direction', () => {
		const groups = selectedGroups(data, { concern: 'infections', indication: '', sort: null, dir: 'asc' });
		for (const dir of ['asc', 'desc'] as const) {
			const rows = sortFigures(groups, 'ci', dir, 'en');
			expect(rows).toHaveLength(79);
			expect(rows.slice(-4).every((f) => f.ci === null)).toBe(true);
			const lowers = rows.filter((f) => f.ci).map((f) => f.ci!.lower);
			expect(lowers).toEqual([...lowers].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
		}
		const printed = sortFigures(groups, 'printed', 'desc', 'en').map((f) => Number(f.printed));
		expect(printed[0]).toBe(100);
		// without a key: grouped by indication, as the plot
		const grouped = sortFigures(groups, null, 'asc', 'en');
		expect(grouped.map((f) => f.id)).toEqual(groups.flatMap((g) => g.figures.map((f) => f.id)));
	});

	it('puts the flagged rows first when sorted by verification', () => {
		const groups = selectedGroups(data, { concern: 'cytopenias', indication: '', sort: null, dir: 'asc' });
		expect(
			sortFigures(groups, 'status', 'asc', 'en')
				.slice(0, 4)
				.map((f) => f.id)
		).toEqual(['rmp_inc_a_108', 'rmp_inc_a_109', 'rmp_inc_a_110', 'rmp_inc_a_111']);
	});
});
