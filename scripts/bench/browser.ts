// The browser half of `npm run bench`: the survival crosshair's update time and how soon each page is interactive,
// measured in Debian's Chromium on the built site (served on its own port so it never meets the e2e server).
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}`;

export interface Timing {
	readonly name: string;
	readonly samples: number[];
}

async function startServer(): Promise<() => void> {
	const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
	return () => child.kill();
}

/**
 * One crosshair update = the event handler, Svelte's update of the line, markers, readout and ARIA value, and the style and
 * layout the browser must redo before it can paint (forced with a layout read). Paint itself is not included.
 */
async function crosshair(page: Page, path: string, how: 'keyboard' | 'pointer', count: number): Promise<number[]> {
	await page.goto(`${BASE}${path}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	return page.evaluate(
		async ({ how, count }) => {
			const overlay = document.querySelector('figure.survival-chart rect.overlay') as SVGRectElement;
			// the crosshair is drawn only while the chart has the pointer or focus: focus it, then watch the whole drawing
			overlay.focus();
			const svg = overlay.ownerSVGElement!;
			const box = overlay.getBoundingClientRect();
			const out: number[] = [];
			for (let i = 0; i < count; i++) {
				const changed = new Promise<void>((resolve) => {
					const mo = new MutationObserver(() => {
						mo.disconnect();
						resolve();
					});
					mo.observe(svg, { attributes: true, subtree: true, childList: true });
				});
				const t0 = performance.now();
				if (how === 'keyboard') {
					// Home every 40 presses so the crosshair keeps moving instead of resting at the end
					overlay.dispatchEvent(new KeyboardEvent('keydown', { key: i % 40 === 39 ? 'Home' : 'ArrowRight', bubbles: true, cancelable: true }));
				} else {
					const x = box.left + ((i * 37) % Math.floor(box.width - 2)) + 1;
					overlay.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: box.top + box.height / 2, bubbles: true }));
				}
				await changed;
				void document.body.getBoundingClientRect().height;
				out.push(performance.now() - t0);
				await new Promise((r) => requestAnimationFrame(() => r(null)));
			}
			return out;
		},
		{ how, count }
	);
}

/** The longest main-thread task (PerformanceObserver 'longtask') from choosing a file on /en/analyze/ to its drawn result. */
async function uploadLongestTask(page: Page, name: string, buffer: Buffer): Promise<number> {
	await page.goto(`${BASE}/en/analyze/`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// a fresh page: nothing kept from an earlier run is analysed before the file
	await page.evaluate(() => new Promise((r) => { const q = indexedDB.deleteDatabase('trial-evidence-explorer'); q.onsuccess = q.onerror = q.onblocked = r; }));
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => {
		const w = window as unknown as { longest: number };
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
	await page.getByText(/Analysed in \d+ ms/).waitFor({ timeout: 120_000 });
	// the result's drawing is the last task: wait two frames so it is recorded
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	return page.evaluate(() => (window as unknown as { longest: number }).longest);
}

/** Navigation start → the page marks itself hydrated (its controls respond), in a fresh browser context (cold cache). */
async function interactive(browser: import('@playwright/test').Browser, path: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${BASE}${path}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const ms = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const mark = performance.getEntriesByName('hydrated')[0];
		return (mark?.startTime ?? performance.now()) - nav.startTime;
	});
	await context.close();
	return ms;
}

export interface UploadFile {
	readonly name: string;
	readonly buffer: Buffer;
}

export async function browserTimings(
	pages: readonly string[],
	uploads: readonly UploadFile[]
): Promise<{ crosshair: Timing[]; interactive: { path: string; ms: number }[]; uploads: Timing[] }> {
	const stop = await startServer();
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'] });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const out: Timing[] = [];
		for (const path of ['/en/survival/', '/en/survival/?endpoint=OS']) {
			for (const how of ['keyboard', 'pointer'] as const) out.push({ name: `${path} ${how}`, samples: await crosshair(page, path, how, 200) });
		}
		const times: { path: string; ms: number }[] = [];
		for (const path of pages) {
			const runs: number[] = [];
			for (let i = 0; i < 3; i++) runs.push(await interactive(browser, path));
			times.push({ path, ms: runs.sort((a, b) => a - b)[1]! });
		}
		const uploadTimes: Timing[] = [];
		for (const file of uploads) {
			const samples: number[] = [];
			// a file the page never finishes counts as an endless task: reported, not thrown
			for (let i = 0; i < 3; i++) samples.push(await uploadLongestTask(page, file.name, file.buffer).catch(() => Infinity));
			uploadTimes.push({ name: `${file.name} (${(file.buffer.length / 1024 / 1024).toFixed(1)} MB)`, samples });
		}
		return { crosshair: out, interactive: times, uploads: uploadTimes };
	} finally {
		await browser.close();
		stop();
	}
}
