import { describe, expect, it } from 'vitest';
import { percentOf } from '$lib/stats/printedPrecision';
import { rmpData } from '$lib/site/rmp/rmpData';
import { RMP_FACTS } from '$lib/site/rmp/rmpFacts';
import { concernOf, concernOptions, concernsWithoutFigures } from '$lib/site/rmp/rmpMatrix';
import { checks, data, datasets, docLine, interval, RMP } from './rmpFixture';

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
		const tls = concernOf(data.matrix, 'tumour_lysis_syndrome');
		expect([tls.pv, tls.rm]).toEqual([[], []]);
	});

	it('says routine activities once, with the concerns whose plan prints no risk minimisation at all', () => {
		expect(data.matrix.routine.pv.line).toBe(553);
		expect(data.matrix.routine.rm.en).toBe(
			'Provision of information through the package insert and the patient drug guide'
		);
		expect(data.matrix.noRiskMinimisation.map((x) => x.concern)).toEqual(['malignancy', 'nmosd_long_term_safety']);
		for (const x of RMP_FACTS.noRiskMinimisation)
			expect(docLine(x.line)).toMatch(/リスク最小化活動の内容及びその選択理由：\s*【内容】\s*なし/);
		// and no other risk-minimisation block of section 1.1 prints なし
		const nashi = RMP.map((l, i) =>
			/リスク最小化活動の内容及びその選択理由：\s*【内容】\s*なし/.test(l) ? i + 1 : 0
		).filter(Boolean);
		expect(nashi).toEqual(RMP_FACTS.noRiskMinimisation.map((x) => x.line));
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
		expect(() => rmpData(broken, checks, interval, percentOf, RMP_FACTS)).toThrow(/gus_typo/);
	});

	it('offers the concerns with figures in the selector, and names the others under it', () => {
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

	it('finds a concern by id, and refuses one the specification does not hold', () => {
		expect(concernOf(data.matrix, 'malignancy').en).toBe('Malignancies');
		expect(() => concernOf(data.matrix, 'no_such_concern')).toThrow(/no_such_concern/);
	});
});
