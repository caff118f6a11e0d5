import { documentRef } from '$lib/documents/profiles';
import { bundledProfiles } from '$lib/server/datasets';

/** Every bundled document, as its profile cites it. */
export function load() {
	return { documents: bundledProfiles().map(documentRef) };
}
