// npm run templates: writes the filled-in example of each upload kind to static/templates/ (the analysis page links
// them). Response, safety, at-risk and summary examples are rows of the guideline's own tables (Tables 2, 7, 11, Figure 1);
// the curve and IPD examples come from the public kmdata ACT2 figure 2A case in bench/km (MIT, see its README).
import { readFileSync, writeFileSync } from 'node:fs';
import { readDocumentsOrThrow } from '../src/lib/documents/readDocuments';
import type { Row } from '../src/lib/data/parseDataset';
import { csvText } from '../src/lib/data/csv';

const OUT = 'static/templates';
const { datasets } = readDocumentsOrThrow();
const rows = (id: string) => datasets.find((d) => d.entry.id === id)!.rows;
const pick = (list: readonly Row[], columns: string[]) =>
	csvText(
		columns,
		list.map((r) => columns.map((c) => r[c] ?? ''))
	);

/** Every template, by file name; a test checks the committed files equal these. */
export function templates(): Record<string, string> {
	const t2 = rows('gl_t2_mm001_2019_best_response').filter((r) => r.group_id === 'd150' || r.group_id === 'd300');
	const t2rates = rows('gl_t2_mm001_2019_orr');
	const t11 = rows('gl_t11_mm001_adverse_reactions').filter(
		(r) =>
			r.group_id === 'overall' &&
			['', 'Cytokine release syndrome', 'Hypogammaglobulinaemia', 'Neutropenia'].includes(r.pt_en ?? '') &&
			(r.level !== 'soc' ||
				['Immune system disorders', 'Blood and lymphatic system disorders'].includes(r.soc_en ?? ''))
	);
	const f1 = rows('gl_f1_mm003_pfs_at_risk');
	// Table 7: events and medians per arm, the hazard ratio of ide-cel vs standard regimens at its printed 97.2% level
	const t7 = rows('gl_t7_mm003_pfs');
	const summary = t7.flatMap((r): string[][] => {
		if (r.statistic === 'events') return [[r.arm_id!, 'events', r.count!, '', '', '']];
		if (r.statistic === 'median') return [[r.arm_id!, 'median', r.estimate!, r.ci_lower!, r.ci_upper!, r.ci_level!]];
		if (r.statistic === 'hazard_ratio')
			return [['idecel', 'hazard_ratio', r.estimate!, r.ci_lower!, r.ci_upper!, r.ci_level!]];
		return [];
	});
	const act2 = 'bench/km/cases/kmdata_ACT2_2A';
	return {
		'best_response.csv': pick(t2, [
			'group_id',
			'group_ja',
			'group_en',
			'n',
			'category',
			'count',
			'percent',
			'source_line'
		]),
		'response_rate.csv': pick(t2rates, [
			'group_id',
			'group_ja',
			'group_en',
			'n',
			'responders',
			'orr_percent',
			'ci_level',
			'ci_lower',
			'ci_upper',
			'ci_method_stated',
			'source_line'
		]),
		'adverse_reaction.csv': pick(t11, [
			'level',
			'soc_ja',
			'soc_en',
			'pt_ja',
			'pt_en',
			'group_id',
			'group_ja',
			'group_en',
			'n',
			'grade',
			'count',
			'percent',
			'source_line'
		]),
		'at_risk.csv': csvText(
			['arm', 'time', 'n_at_risk'],
			f1.map((r) => [r.arm_id!, r.time_assumed!, r.n_at_risk!])
		),
		'survival_summary.csv': csvText(['arm', 'statistic', 'value', 'ci_lower', 'ci_upper', 'ci_level'], summary),
		'km_curve.csv': readFileSync(`${act2}/input_curve_wt_b.csv`, 'utf8'),
		'ipd.csv': readFileSync(`${act2}/truth_ipd.csv`, 'utf8')
	};
}

if (process.argv[1]?.endsWith('make-templates.ts')) {
	for (const [name, text] of Object.entries(templates())) writeFileSync(`${OUT}/${name}`, text);
	console.log(`wrote ${Object.keys(templates()).length} templates to ${OUT}/`);
}
