import type { Row } from '$lib/data/parseDataset';

export interface AlgorithmStep {
	readonly condition: string;
	readonly action: string;
	readonly line: string;
}

export interface AlgorithmGrid {
	readonly columns: readonly string[];
	readonly grades: readonly { grade: string; definition: string; cells: readonly (readonly AlgorithmStep[])[] }[];
}

/** Grade by grade (rows), management column by column (cells), steps in order within a cell. */
export function algorithmGrid(rows: readonly Row[], lang: 'ja' | 'en'): AlgorithmGrid {
	const text = (r: Row, base: string) => r[`${base}_${lang}`] || r[`${base}_ja`] || '';
	const columns = [...new Set(rows.map((r) => r.column ?? ''))];
	const grades = [...new Set(rows.map((r) => r.grade ?? ''))];
	return {
		columns,
		grades: grades.map((grade) => {
			const ofGrade = rows.filter((r) => r.grade === grade);
			return {
				grade,
				definition: text(ofGrade.find((r) => text(r, 'grade_definition')) ?? ofGrade[0]!, 'grade_definition'),
				cells: columns.map((c) =>
					ofGrade
						.filter((r) => r.column === c)
						.sort((a, b) => Number(a.step) - Number(b.step))
						.map((r) => ({ condition: text(r, 'condition'), action: text(r, 'action'), line: r.source_line ?? '' }))
				)
			};
		})
	};
}
