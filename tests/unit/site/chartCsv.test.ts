import { describe, expect, it } from 'vitest';
import { subgroupForestsOf } from '$lib/documents/profiles';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { orrIntervalRows } from '$lib/verify/orrIntervalRows';
import { responseTables } from '$lib/data/responseTables';
import { forestRows } from '$lib/site/survivalPanels';
import { forestCsv, intervalCsv, responseCsv } from '$lib/site/chartCsv';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { responseBars } from '$lib/site/responseBars';

const { datasets, profiles } = readDocumentsOrThrow();

describe('chart CSVs keep the printed strings', () => {
	it('response: one row per cohort and category, "50.0" not 50', () => {
		const t = responseTables(datasets).find((x) => x.id === 'gl_t2_mm001_2019_best_response')!;
		const csv = responseCsv(responseBars(t.rows, t.rates, 'en'));
		expect(csv.rows).toHaveLength(4 * 8);
		expect(csv.rows[0]).toEqual(['Foreign cohort, 150×10⁶ CAR+ T cells', 'sCR', 1, '25.0', 4, '50.0']);
	});
	it('intervals: printed bounds split as printed, recomputed by the chosen method or the row’s own', () => {
		const rows = orrIntervalRows(datasets, verifyCatalog(datasets, profiles).checks, 'MM-001');
		const d150 = (csv: ReturnType<typeof intervalCsv>) =>
			csv.rows.find((r) => r[1] === 'Foreign cohort, 150×10⁶ CAR+ T cells')!;
		expect(d150(intervalCsv(rows, 'stated', 'en')).slice(2, 10)).toEqual([
			2,
			4,
			'50.0',
			'6.8',
			'93.2',
			'clopper-pearson',
			'6.8',
			'93.2'
		]);
		expect(d150(intervalCsv(rows, 'wald', 'en')).slice(7, 10)).toEqual(['wald', '1.0', '99.0']);
	});
	it('forest: the printed hazard ratio and limits, and the events', () => {
		const csv = forestCsv(
			subgroupForestsOf(profiles).flatMap((f) => forestRows(datasets, f)),
			'en'
		);
		expect(csv.columns).toEqual(['subgroup', 'hr', 'ci_lower_95', 'ci_upper_95', 'events']);
		expect(csv.rows).toHaveLength(5);
		expect(csv.rows.some((r) => r[1] === '0.445' && r[2] === '0.292' && r[3] === '0.678')).toBe(true);
	});
});
