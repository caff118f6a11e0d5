import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { survivalUploadProvenance, uploadProvenance } from '$lib/site/analyze/uploadProvenance';

const files = [
	{ name: 'rates.csv', kind: 'response_rate' as const },
	{ name: 'risk.csv', kind: 'at_risk' as const },
	{ name: 'summary.csv', kind: 'survival_summary' as const }
];

afterEach(() => overwriteGetLocale(() => 'ja'));

describe('uploadProvenance', () => {
	it('cites the reader files of the kinds a chart draws, never a published source', () => {
		overwriteGetLocale(() => 'en');
		expect(uploadProvenance(files, ['response_rate'])).toEqual({
			subtitle: 'rates.csv',
			source: 'Your file rates.csv, analysed in this browser (not a published source)',
			caveat: null
		});
		expect(uploadProvenance(files, ['at_risk', 'survival_summary']).subtitle).toBe('risk.csv, summary.csv');
	});
	it('says a rebuilt survival chart is rebuilt, naming a digitized curve when there is one', () => {
		overwriteGetLocale(() => 'en');
		expect(survivalUploadProvenance(files)).toEqual({
			subtitle: 'risk.csv, summary.csv',
			source: 'Your file risk.csv, summary.csv, analysed in this browser (not a published source)',
			caveat: 'Rebuilt from your numbers at risk: not a published curve.'
		});
		expect(survivalUploadProvenance([...files, { name: 'curve.csv', kind: 'km_curve' }]).caveat).toBe(
			'Rebuilt from your numbers at risk and digitized curve: not a published curve.'
		);
	});
});
