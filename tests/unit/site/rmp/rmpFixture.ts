import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_DIR, readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { clopperPearson } from '$lib/stats/binomial';
import { percentOf } from '$lib/stats/printedPrecision';
import { verifyCatalog } from '$lib/verify/verifyCatalog';
import type { IncidenceFigure } from '$lib/site/rmp/incidenceFigures';
import { rmpData } from '$lib/site/rmp/rmpData';
import { RMP_FACTS } from '$lib/site/rmp/rmpFacts';

// The RMP explorer's page model built as the server builds it, and the RMP's text, for the tests of site/rmp/.

export const { datasets, profiles } = readDocumentsOrThrow();
export const checks = verifyCatalog(datasets, profiles).checks;
export const interval = (x: number, n: number) => clopperPearson(x, n, 0.95);
export const data = rmpData(datasets, checks, interval, percentOf, RMP_FACTS);

/** A figure by its incidence_id. */
export function fig(id: string): IncidenceFigure {
	const figure = data.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`no incidence figure ${id}`);
	return figure;
}

/** The RMP's text, a line per entry (line n at index n − 1). */
export const RMP = readFileSync(join(DOCUMENTS_DIR, 'rmp', '004_f7c24d200ce56001.txt'), 'utf8').split('\n');
export const docLine = (n: number): string => RMP[n - 1] ?? '';
