import { flushSync } from 'svelte';

/**
 * Whether the page is being printed, as reactive state: charts lay themselves out for the printed page's width and
 * type while it is true. Chromium and Firefox fire beforeprint before laying the page out for print, so the charts
 * are redrawn (flushSync) before the print layout is taken; the print media query covers emulated print media.
 */
const state = $state({ printing: false });

if (typeof window !== 'undefined') {
	const set = (v: boolean) => {
		if (state.printing === v) return;
		state.printing = v;
		flushSync();
	};
	const query = window.matchMedia?.('print');
	query?.addEventListener('change', (e) => set(e.matches));
	window.addEventListener('beforeprint', () => set(true));
	window.addEventListener('afterprint', () => set(query?.matches ?? false));
}

/** True while the page is printed (or print media is emulated). */
export const isPrinting = (): boolean => state.printing;
