import { readDataDirOrThrow } from '$lib/data/readDataDir';
import type { Dataset } from '$lib/data/dataset';

let cache: Dataset[] | null = null;

/** Every bundled dataset, validated once per build; a bad file fails the build with file, row and column. */
export function bundledDatasets(): Dataset[] {
	cache ??= readDataDirOrThrow('static/data');
	return cache;
}
