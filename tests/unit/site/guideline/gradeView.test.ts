import { describe, expect, it } from 'vitest';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { rowsById } from '$lib/site/datasetById';
import type { AlgorithmKey } from '$lib/site/guideline/algorithmSelection';
import { gradeView } from '$lib/site/guideline/gradeView';
import { GUIDELINE_FACTS } from '$lib/site/guideline/guidelineFacts';

const { datasets } = readDocumentsOrThrow();
const algorithmRows = (key: AlgorithmKey) => rowsById(datasets, GUIDELINE_FACTS.algorithms[key], 'algorithm', 'test');

describe('algorithms (Tables 15 and 16)', () => {
	it('shows the grade-2 CRS definition and steps column by column', () => {
		const g = gradeView(algorithmRows('crs'), '2');
		expect(g.definition_en).toMatch(
			/^Symptoms require and respond to moderate intervention\. Oxygen requirement FiO₂ <0\.4/
		);
		expect(g.columns.map((c) => [c.column, c.steps.map((s) => s.line)])).toEqual([
			['tocilizumab', ['632', '635', '636']],
			['corticosteroid', ['632']]
		]);
		expect(g.columns[0]!.steps[0]!.action_en).toBe(
			'Administer tocilizumab 8 mg/kg intravenously (over 1 hour, not exceeding 800 mg).'
		);
		expect(g.columns[0]!.steps[2]!.action_en).toMatch(/^Switch to methylprednisolone \(2 mg\/kg/);
		expect(g.columns[1]!.steps[0]!.action_en).toBe('Consider dexamethasone 10 mg intravenously every 12–24 hours.');
		expect(g.lines).toEqual(['632', '635', '636']);
	});

	it('has no grade definitions in Table 16 and three steps at grade 4', () => {
		const g = gradeView(algorithmRows('neurologic'), '4');
		expect(g.definition_ja).toBe('');
		expect(g.columns.map((c) => [c.column, c.steps.length])).toEqual([['management', 3]]);
		expect(g.lines).toEqual(['656']);
	});
});
