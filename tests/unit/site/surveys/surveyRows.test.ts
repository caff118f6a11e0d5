import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import { RMP_SURVEY_FACTS } from '$lib/site/surveys/rmpSurveyFacts';
import { surveyPlannerData } from '$lib/site/surveys/surveyRows';

const { datasets, profiles } = readDocumentsOrThrow();
const { surveys, activities } = surveyPlannerData(
	datasets,
	verifyCatalog(datasets, profiles).checks,
	RMP_SURVEY_FACTS.schemas
);
const survey = (id: string) => {
	const s = surveys.find((x) => x.id === id);
	if (!s) throw new Error(`no survey ${id}`);
	return s;
};

describe('surveyPlannerData', () => {
	it('holds the four surveys with periods, target sizes and every printed number of their rationale', () => {
		expect(surveys.map((s) => s.id)).toEqual(['gus_cll', 'gus_ssc', 'gus_pemphigus', 'sus_nmosd']);
		const p = survey('gus_pemphigus');
		expect([p.start, p.end, p.targetN, p.line]).toEqual(['2022-06-01', '2030-05-31', '125', 470]);
		expect(p.name.en).toMatch(/pemphigus/);
		expect(p.numbers).toHaveLength(34);
		expect(survey('gus_ssc').numbers).toHaveLength(41);
		// as printed: "18.0", "9.0", "4～8", "半年" stay strings
		expect(p.numbers.find((r) => r.seq === 17)).toMatchObject({
			role: 'assumed_rate',
			value: '18.0',
			unit: '%',
			line: 480
		});
		expect(survey('sus_nmosd').numbers.find((r) => r.seq === 6)?.value).toBe('4～8');
	});

	it('matches the engine sample_size checks to their survey', () => {
		expect(surveys.map((s) => s.checks.length)).toEqual([1, 7, 4, 1]);
		const power = survey('gus_pemphigus').checks.find((c) => c.seq === 21);
		expect(power?.status).toBe('reproduced');
		expect(power?.recomputed).toBe('115');
		expect(power?.detail).toContain('power at 115: 90.09%');
		expect(power?.detail).toContain('power at 115 is 84.6%');
		expect(power?.detail).toContain('reaching 90% is 122');
		const nmosd = survey('sus_nmosd').checks[0];
		expect([nmosd?.published, nmosd?.recomputed, nmosd?.status]).toEqual(['10', '11', 'approximate']);
		expect(nmosd?.detail).toContain('200 × 1/19 = 10.53');
		expect(survey('gus_cll').checks[0]).toMatchObject({
			published: '29',
			recomputed: '29',
			status: 'reproduced',
			line: 458
		});
	});

	it('lists every activity of sections 5.1–5.3 with its status in both languages, and the survey period for the surveys', () => {
		expect(activities).toHaveLength(25);
		expect(activities.map((a) => a.section).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['5.1', '5.2', '5.3']);
		const cll = activities.find((a) => a.key === '5.1:gus_cll');
		expect([cll?.status, cll?.start, cll?.end, cll?.line]).toEqual([
			{ ja: '実施中', en: 'ongoing' },
			'2019-06-03',
			'2028-03-31',
			562
		]);
		expect(activities.filter((a) => a.start).map((a) => a.id)).toEqual([
			'gus_cll',
			'gus_ssc',
			'gus_pemphigus',
			'sus_nmosd'
		]);
		expect(activities.find((a) => a.id === 'routine_pv')?.status).toEqual({ ja: '', en: '' });
	});

	it('finds nothing in datasets of other schemas', () => {
		expect(surveyPlannerData(datasets, [], { surveys: 'none', numbers: 'none', activities: 'none' })).toEqual({
			surveys: [],
			activities: []
		});
	});
});
