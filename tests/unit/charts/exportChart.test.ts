import { describe, expect, it } from 'vitest';
import { spreadsheetCsv } from '$lib/data/csv';
import {
	EXPORT_FONT_STACK,
	exportFileName,
	exportPresets,
	exportStyle,
	figureFrame,
	fileNamePart,
	provenanceCsvLines,
	svgFileText,
	viewBoxSize,
	withJapaneseFonts
} from '$lib/charts/exportChart';
import { estimateTextWidth } from '$lib/charts/textMetrics';

describe('file names', () => {
	it('are <chart-kind>-<selection>-<lang>.<ext> and ASCII-safe', () => {
		expect(exportFileName('survival-PFS', 'ja', 'png')).toBe('survival-PFS-ja.png');
		expect(exportFileName('response-gl_t2_mm001_2019_best_response', 'en', 'csv')).toBe(
			'response-gl_t2_mm001_2019_best_response-en.csv'
		);
		expect(exportFileName('orr-intervals-clopper-pearson', 'en', 'svg')).toBe('orr-intervals-clopper-pearson-en.svg');
		expect(exportFileName('生存曲線 PFS/OS', 'ja', 'svg')).toBe('PFS-OS-ja.svg');
		expect(exportFileName('日本人', 'ja', 'csv')).toBe('chart-ja.csv');
		expect(exportFileName('../../etc/passwd', 'en', 'svg')).toBe('etc-passwd-en.svg');
	});

	it('keep letters, digits, "_" and "." and drop accents and everything else', () => {
		expect(fileNamePart('Agresti–Coull · café')).toBe('Agresti-Coull-cafe');
		expect(fileNamePart('  a  b  ')).toBe('a-b');
		expect(fileNamePart('x'.repeat(300))).toHaveLength(100);
		expect(fileNamePart('a:b*c?d"e<f>g|h\\i')).toBe('a-b-c-d-e-f-g-h-i');
	});
});

describe('standalone SVG: the pure parts', () => {
	it('reads the size from the viewBox', () => {
		expect(viewBoxSize('0 0 960 428')).toEqual({ x: 0, y: 0, width: 960, height: 428 });
		expect(viewBoxSize('0,0,860.5,520')).toEqual({ x: 0, y: 0, width: 860.5, height: 520 });
		expect(() => viewBoxSize(null)).toThrow(/viewBox/);
		expect(() => viewBoxSize('0 0 0 10')).toThrow(/viewBox/);
	});

	it('writes every inherited property at the root, with the Japanese font stack', () => {
		const root = {
			fill: 'rgb(0, 0, 0)',
			stroke: 'none',
			'stroke-width': '1px',
			'font-size': '13px',
			'font-weight': '400',
			'font-family': 'system-ui, sans-serif',
			'text-anchor': 'start',
			opacity: '1',
			'dominant-baseline': 'auto'
		};
		expect(exportStyle(root, null)).toBe(
			`fill: rgb(0, 0, 0); stroke: none; stroke-width: 1px; font-size: 13px; font-weight: 400; font-family: ${EXPORT_FONT_STACK}; text-anchor: start`
		);
		expect(EXPORT_FONT_STACK).toBe(
			'"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif'
		);
	});

	it('writes on a child only what differs from its parent, what it sets itself, and non-default own properties', () => {
		const parent = {
			fill: 'rgb(0, 0, 0)',
			stroke: 'none',
			'font-size': '13px',
			'font-family': 'system-ui, sans-serif',
			'text-anchor': 'start',
			opacity: '1'
		};
		// a CSS rule made this text grey and centred: both written; the rest inherits
		expect(exportStyle({ ...parent, fill: 'rgb(102, 102, 102)', 'text-anchor': 'middle' }, parent)).toBe(
			'fill: rgb(102, 102, 102); text-anchor: middle'
		);
		// the element sets fill="#111" but a rule overrides it with the parent's black: the computed value is kept explicitly
		expect(exportStyle(parent, parent, new Set(['fill']))).toBe('fill: rgb(0, 0, 0)');
		expect(exportStyle(parent, parent)).toBe('');
		expect(exportStyle({ ...parent, opacity: '0.5', 'dominant-baseline': 'central' }, parent)).toBe(
			'opacity: 0.5; dominant-baseline: central'
		);
		// a different font on a child keeps its own family and gains the Japanese fallbacks
		expect(exportStyle({ ...parent, 'font-family': 'monospace' }, parent)).toBe(
			`font-family: monospace, ${EXPORT_FONT_STACK}`
		);
	});

	it('appends only the Japanese fonts a family does not name yet', () => {
		expect(withJapaneseFonts('"Hiragino Sans", serif')).toBe(
			'"Hiragino Sans", serif, "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", system-ui, sans-serif'
		);
		expect(withJapaneseFonts(EXPORT_FONT_STACK)).toBe(EXPORT_FONT_STACK);
	});

	it('makes the file text: XML declaration, no comments (Svelte anchors), the element itself', () => {
		const text = svgFileText(
			'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><title>生存曲線</title><!----><rect width="10" height="5"/><!--[--></svg>'
		);
		expect(text).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><title>生存曲線</title><rect width="10" height="5"/></svg>\n'
		);
		expect(svgFileText('<?xml version="1.0"?>\n<svg/>')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg/>\n');
	});
});

describe('provenance in exports', () => {
	const provenance = {
		subtitle: 'MM-003 · PFS · data cut-off 2022-04-18',
		source: 'Optimal Use Promotion Guideline (MHLW, 2023-12): Table 7, lines 247–260; Figure 1, lines 264–270',
		caveat: 'Rebuilt from the numbers at risk on an assumed time axis (3-month steps): not the published curve.'
	};
	const words = { source: (s: string) => `Source: ${s}`, link: (u: string, d: string) => `${u} · saved ${d}` };

	it('writes the provenance first in the CSV as comment lines, then the header', () => {
		const about = provenanceCsvLines(
			{ title: 'PFS', provenance, url: 'https://example.org/en/survival/?endpoint=PFS', date: '2026-12-03' },
			{ title: 'Title', subtitle: 'Subtitle', source: 'Source', caveat: 'Caveat', link: 'Link', saved: 'Saved' }
		);
		expect(about).toEqual([
			'Title: PFS',
			'Subtitle: MM-003 · PFS · data cut-off 2022-04-18',
			`Source: ${provenance.source}`,
			`Caveat: ${provenance.caveat}`,
			'Link: https://example.org/en/survival/?endpoint=PFS',
			'Saved: 2026-12-03'
		]);
		const text = spreadsheetCsv(['t', 'surv'], [[0, '1.000']], about);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toBe('# Title: PFS');
		expect(lines[6]).toBe('t,surv');
		expect(lines[7]).toBe('0,1.000');
		// no caveat: no caveat line
		expect(
			provenanceCsvLines(
				{ title: 'T', provenance: { subtitle: 's', source: 'x' }, url: 'u', date: 'd' },
				{ title: 'Title', subtitle: 'Subtitle', source: 'Source', caveat: 'Caveat', link: 'Link', saved: 'Saved' }
			)
		).not.toContain('Caveat: null');
	});

	it('frames a drawing with its title and subtitle above, the caveat, source and link below, wrapped to its width', () => {
		const f = figureFrame({
			width: 400,
			title: 'MM-003 PFS: Kaplan–Meier curves (reconstructed)',
			provenance,
			url: 'https://example.org/en/survival/',
			date: '2026-12-03',
			words,
			size: 13,
			measure: estimateTextWidth
		});
		expect(f.header.map((l) => l.role)).toEqual(expect.arrayContaining(['title', 'subtitle']));
		expect(f.header[0]!.weight).toBe(700);
		const roles = f.footer.map((l) => l.role);
		expect(roles.indexOf('caveat')).toBeLessThan(roles.indexOf('source'));
		expect(roles.at(-1)).toBe('link');
		// every line fits inside the figure and the lines never overlap
		for (const l of [...f.header, ...f.footer]) {
			expect(l.x).toBeGreaterThanOrEqual(0);
			expect(l.x + estimateTextWidth(l.text, l.size, l.weight)).toBeLessThanOrEqual(400);
			expect(l.size).toBeGreaterThanOrEqual(11);
		}
		for (const part of [f.header, f.footer])
			for (let i = 1; i < part.length; i++) expect(part[i]!.y - part[i - 1]!.y).toBeGreaterThanOrEqual(part[i]!.size);
		expect(f.header.at(-1)!.y).toBeLessThan(f.top);
		// the long source wraps onto several lines rather than running off
		expect(f.footer.filter((l) => l.role === 'source').length).toBeGreaterThan(1);
		expect(
			f.footer
				.filter((l) => l.role === 'source')
				.map((l) => l.text)
				.join(' ')
		).toContain('Table 7');
	});

	it('offers slide and journal presets at their real sizes', () => {
		const p = exportPresets();
		expect(p.shown.scale).toBe(2);
		expect(p.slide.canvas).toEqual({ width: 1920, height: 1080 });
		expect(p.slide.size!.type.small).toBe(18);
		// 85 mm at 96 CSS px per inch, saved at 300 dpi
		expect(p.column.size!.width).toBe(321);
		expect(p.column.scale * p.column.size!.width).toBeCloseTo((85 / 25.4) * 300, -1);
		expect(p.page.widthMm).toBe(174);
	});
});
