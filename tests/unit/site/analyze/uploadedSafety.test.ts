import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '$lib/analysis/runAnalysis';
import { uploadedSafetySelection } from '$lib/site/analyze/uploadedSafety';

describe('uploadedSafetySelection', () => {
	it('shows every trial and group of the reader tables, all SOCs and both grade views, in table order', () => {
		const text = readFileSync('static/templates/adverse_reaction.csv', 'utf8');
		const safety = runAnalysis([{ id: 'f0', name: 'ae.csv', kind: 'adverse_reaction', text }]).tables?.safety;
		// the template holds one table (named after its file) with one group, "overall"
		expect(uploadedSafetySelection(safety)).toEqual({
			trial: 'all',
			groups: { 'ae.csv': ['overall'] },
			soc: '',
			grade: 'both',
			shared: false,
			sort: null,
			dir: 'asc'
		});
	});
	it('is null without an adverse-reaction table', () => {
		expect(uploadedSafetySelection(undefined)).toBeNull();
		expect(uploadedSafetySelection({ tables: [] } as never)).toBeNull();
	});
});
