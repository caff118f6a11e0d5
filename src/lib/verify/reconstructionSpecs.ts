import type { ReconstructionSpec } from '$lib/data/reconstructionSpec';

/** The guideline's MM-003 PFS (Figure 1, Table 7) and OS (Figure 2, Table 8): ide-cel versus standard regimens, at risk every 3 months. */
export const RECONSTRUCTIONS: readonly ReconstructionSpec[] = [
	{
		id: 'mm003_pfs',
		endpoint: 'PFS',
		atRiskDataset: 'gl_f1_mm003_pfs_at_risk',
		summaryDataset: 'gl_t7_mm003_pfs',
		eventStatistic: 'events',
		arms: ['standard', 'idecel'],
		assumedGridMonths: 3
	},
	{
		id: 'mm003_os',
		endpoint: 'OS',
		atRiskDataset: 'gl_f2_mm003_os_at_risk',
		summaryDataset: 'gl_t8_mm003_os',
		eventStatistic: 'deaths',
		arms: ['standard', 'idecel'],
		assumedGridMonths: 3
	}
];
