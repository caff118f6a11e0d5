import { describe, expect, it } from 'vitest';
import { reconstructionsOf } from '$lib/documents/profiles';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { rebuildEndpoints } from '$lib/survival/bundledEndpoints';
import {
	chosenPanel,
	forestExportName,
	forestViews,
	survivalExportName,
	survivalPanels
} from '$lib/site/survivalPanels';

const { datasets, profiles } = readDocumentsOrThrow();

describe('forestViews', () => {
	const [forest] = forestViews(datasets, profiles);
	it('draws the profile’s subgroup tables with the arms’ names as the tables print them, reference first', () => {
		expect(forest).toMatchObject({
			trial: 'MM-003',
			endpoint: 'PFS',
			arms: { reference: { ja: '標準治療群', en: 'standard regimens' }, other: { ja: '本品群', en: 'ide-cel' } }
		});
		expect(forest!.note?.en).toContain('5.21 × 10⁷ [0.000, NE]');
	});
	it('keeps the printed strings and leaves out the rows the profile omits', () => {
		expect(forest!.rows.map((r) => [r.label_en, r.text, r.events])).toEqual([
			['2 prior regimens (Table 9)', '0.511 [0.311, 0.839]', 67],
			['3 prior regimens (Table 9)', '0.445 [0.292, 0.678]', 94],
			['4 prior regimens (Table 9)', '0.580 [0.364, 0.923]', 81],
			['Overall (Table 9)', '0.493 [0.377, 0.645]', 242],
			// Table 10's overall row repeats Table 9's: the profile omits it
			['Japanese population (Table 10)', '5.21 × 10⁷ [0.000, NE]', 3]
		]);
		// "5.21 × 10⁷" is not a number the plot can place: not estimable
		expect(forest!.rows.at(-1)).toMatchObject({ estimate: null, upper: null });
	});
});

describe('survival panels', () => {
	const panels = survivalPanels(datasets, rebuildEndpoints(datasets, reconstructionsOf(profiles)), profiles);
	it('carry their trial, how the at-risk times were set, and how the document computed its hazard ratio', () => {
		expect(panels.map((p) => [p.id, p.trial, p.endpoint, p.grid, p.gridStep])).toEqual([
			['mm003_pfs', 'MM-003', 'PFS', 'assumed', 3],
			['mm003_os', 'MM-003', 'OS', 'assumed', 3],
			['checkmate017_os', 'CheckMate 017', 'OS', 'printed', 3]
		]);
		expect(panels[0]!.hr.method?.en).toMatch(/^a Cox proportional hazards model stratified by age/);
		// the CheckMate 017 transcription does not say how its hazard ratio was computed
		expect(panels[2]!.hr).toMatchObject({ printed: '0.59 [0.44, 0.79]', method: null });
	});
	it('open the panel a link names, old links without a trial included', () => {
		const ids = (trial: string, endpoint: string) => chosenPanel(panels, { trial, endpoint }).id;
		expect(ids('MM-003', 'OS')).toBe('mm003_os');
		expect(ids('', 'OS')).toBe('mm003_os');
		expect(ids('', '')).toBe('mm003_pfs');
		expect(ids('No such trial', 'OS')).toBe('mm003_os');
		expect(ids('MM-003', 'EFS')).toBe('mm003_pfs');
		expect(ids('CheckMate 017', 'OS')).toBe('checkmate017_os');
		// CheckMate 017 rebuilds OS only: its PFS falls back to its own first panel
		expect(ids('CheckMate 017', 'PFS')).toBe('checkmate017_os');
		expect(() => chosenPanel([], { trial: '', endpoint: '' })).toThrow(/no rebuilt survival endpoint/);
	});
});

describe('export names', () => {
	it('name the trial in lowercase letters and digits, and the endpoint', () => {
		expect(survivalExportName({ trial: 'MM-003', endpoint: 'OS' })).toBe('survival-mm003-os');
		expect(survivalExportName({ trial: 'CheckMate 017', endpoint: 'OS' })).toBe('survival-checkmate017-os');
		expect(forestExportName([{ trial: 'MM-003', endpoint: 'PFS' }])).toBe('forest-mm003-pfs-subgroups');
		expect(forestExportName([])).toBe('forest-subgroups');
	});
});
