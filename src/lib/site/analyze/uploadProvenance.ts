import type { ChartProvenance } from '$lib/charts/exportChart';
import type { InputFile } from '$lib/analysis/runAnalysis';
import type { UploadKind } from '$lib/data/upload';
import { m } from '$lib/paraglide/messages';

/**
 * What an exported chart of the reader's own data cites: the files of the given kinds it was made from, never a
 * published source.
 * @example uploadProvenance(files, ['ipd']) // { subtitle: 'ipd.csv', source: 'Your file ipd.csv, analysed in this browser (not a published source)', caveat: null }
 */
export function uploadProvenance(
	files: readonly Pick<InputFile, 'name' | 'kind'>[],
	kinds: readonly UploadKind[]
): ChartProvenance {
	const names = files.filter((f) => kinds.includes(f.kind)).map((f) => f.name);
	return { subtitle: names.join(', '), source: m.provenance_upload_source({ file: names.join(', ') }), caveat: null };
}

/**
 * The rebuilt survival chart's provenance: the numbers at risk, curves and summary it used, with the caveat that it is
 * rebuilt (naming the digitized curve when there is one).
 * @example survivalUploadProvenance(files).caveat // 'Rebuilt from your numbers at risk: not a published curve.'
 */
export function survivalUploadProvenance(files: readonly Pick<InputFile, 'name' | 'kind'>[]): ChartProvenance {
	const curve = files.some((f) => f.kind === 'km_curve') ? m.provenance_with_curve() : '';
	return {
		...uploadProvenance(files, ['at_risk', 'km_curve', 'survival_summary']),
		caveat: m.provenance_upload_caveat({ curve })
	};
}
