// The efficacy pages' data, computed below site so the analysis worker builds the same rows for a reader's tables.
export { orrIntervalRows, type OrrIntervalRow } from '$lib/verify/orrIntervalRows';
export { responseTables, type ResponseTable } from '$lib/data/responseTables';
