/**
 * Saving a chart: the drawing as a self-contained SVG or a 2× PNG, its data as CSV. Everything happens in the
 * browser (object URLs); nothing is sent anywhere. The pure parts (CSV, file names, the style bookkeeping and the
 * document wrapper) take no DOM and are unit-tested; the rest needs a browser and is covered by the e2e tests.
 */

/** The data behind a chart, as the page shows it: printed numbers stay the printed strings. */
export interface ChartCsv {
	columns: string[];
	rows: (string | number | null)[][];
}

/** Japanese first, so an exported file shows the same glyphs on any machine that has one of them. */
export const EXPORT_FONT_STACK = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif';

/** Elements that exist only for interaction (the survival crosshair and its focusable overlay, any focus ring or
 * tooltip a chart marks with data-export="omit"): left out of the exported drawing. Other focusable elements (a data
 * mark that takes focus) stay, without their tabindex and widget role. */
export const INTERACTIVE_SELECTOR = '.crosshair, .overlay, .focus-ring, [data-export="omit"]';

/** Inherited properties: written on an element only when they differ from its parent's (or it sets them itself). */
export const INHERITED_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-opacity',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-weight',
	'font-style',
	'font-family',
	'text-anchor'
] as const;
/** Not inherited (dominant-baseline is not in SVG 1.1, which other editors follow): written when not the default. */
export const OWN_PROPS: Readonly<Record<string, string>> = { opacity: '1', 'dominant-baseline': 'auto' };

const CSV_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One CSV cell: formula-looking text neutralised, then quoted when it holds a comma, quote, CR or LF. */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	// a leading =, +, -, @, tab or CR makes spreadsheets run the cell as a formula: prefix ' — but not on plain numbers like -2.9, which must stay numeric
	if (/^[=+\-@\t\r]/.test(s) && !CSV_NUMBER.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text with CRLF line ends (the last line too) and a UTF-8 byte-order mark, so Excel reads Japanese. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
	return '\uFEFF' + [columns, ...rows].map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}

/** An ASCII-safe piece of a file name: anything but letters, digits, "_" and "." becomes "-". */
export function fileNamePart(s: string): string {
	const ascii = s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9._]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	return ascii.slice(0, 100);
}

/** "<chart-kind>-<selection>-<lang>.<ext>", e.g. exportFileName('survival-PFS', 'ja', 'png') → "survival-PFS-ja.png". */
export function exportFileName(base: string, lang: string, ext: 'svg' | 'png' | 'csv'): string {
	return `${[fileNamePart(base) || 'chart', fileNamePart(lang)].filter(Boolean).join('-')}.${ext}`;
}

/** The drawing size from a viewBox ("0 0 960 420" → 960 × 420). */
export function viewBoxSize(viewBox: string | null): { x: number; y: number; width: number; height: number } {
	const [x, y, width, height] = (viewBox ?? '').trim().split(/[\s,]+/).map(Number);
	if (![x, y, width, height].every((v) => v !== undefined && Number.isFinite(v)) || !(width! > 0) || !(height! > 0)) throw new Error(`exportChart: the SVG has no usable viewBox ("${viewBox}")`);
	return { x: x!, y: y!, width: width!, height: height! };
}

/** A font-family with the Japanese stack appended (what is already named is not repeated). */
export function withJapaneseFonts(family: string): string {
	const names = (f: string) => f.split(',').map((n) => n.trim()).filter(Boolean);
	const have = new Set(names(family).map((n) => n.replace(/["']/g, '').toLowerCase()));
	const extra = names(EXPORT_FONT_STACK).filter((n) => !have.has(n.replace(/["']/g, '').toLowerCase()));
	return [...names(family), ...extra].join(', ');
}

/**
 * The inline style that makes a clone look like the page's element without the page's CSS. `own` is the element's
 * computed style, `parent` its parent's (null at the root: every inherited property is written there); `attrs`
 * the presentation attributes the element sets itself (its computed value is written then, whatever the parent's,
 * so a CSS rule that overrides the attribute wins in the file as it did on the page).
 */
export function exportStyle(own: Readonly<Record<string, string>>, parent: Readonly<Record<string, string>> | null, attrs: ReadonlySet<string> = new Set()): string {
	const out: string[] = [];
	for (const p of INHERITED_PROPS) {
		const v = own[p];
		if (!v) continue;
		if (p === 'font-family') {
			if (parent === null) out.push(`font-family: ${EXPORT_FONT_STACK}`);
			else if (v !== parent[p] || attrs.has(p)) out.push(`font-family: ${withJapaneseFonts(v)}`);
		} else if (parent === null || v !== parent[p] || attrs.has(p)) out.push(`${p}: ${v}`);
	}
	for (const [p, dflt] of Object.entries(OWN_PROPS)) {
		const v = own[p];
		if (v && v !== dflt) out.push(`${p}: ${v}`);
	}
	return out.join('; ');
}

/** The file text: an XML declaration before the serialised root element (Svelte's comment anchors dropped). */
export function svgFileText(serialized: string): string {
	const body = serialized.replace(/<!--[\s\S]*?-->/g, '').replace(/^<\?xml[^>]*\?>\s*/, '');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Hidden on the page (display: none or visibility: hidden): not part of the exported drawing. */
const hidden = (cs: CSSStyleDeclaration) => cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';

function snapshot(cs: CSSStyleDeclaration): Record<string, string> {
	const out: Record<string, string> = {};
	for (const p of [...INHERITED_PROPS, ...Object.keys(OWN_PROPS)]) out[p] = cs.getPropertyValue(p);
	return out;
}

/**
 * A self-contained SVG document of a chart as it is drawn now: xmlns, width and height from the viewBox, a white
 * background, its <title> and <desc>, the page's styles on each element, interactive-only and hidden elements left
 * out, and a font stack with Japanese fonts. Browser only (it reads computed styles).
 */
export function standaloneSvg(svg: SVGSVGElement): string {
	const box = viewBoxSize(svg.getAttribute('viewBox'));
	const clone = svg.cloneNode(true) as SVGSVGElement;

	// walk the original and the clone together (same shape), styling the clone and marking what to drop
	const drop: Element[] = [];
	const walk = (orig: Element, copy: Element, parentStyle: Record<string, string> | null) => {
		// <title> and <desc> are never rendered (display: none) but name the image: kept as they are
		if (orig.localName === 'title' || orig.localName === 'desc') return;
		const cs = getComputedStyle(orig);
		if (parentStyle !== null && (hidden(cs) || orig.matches(INTERACTIVE_SELECTOR))) {
			drop.push(copy);
			return;
		}
		const own = snapshot(cs);
		if (orig.namespaceURI === SVG_NS) {
			const attrs = new Set(INHERITED_PROPS.filter((p) => orig.hasAttribute(p)));
			const style = exportStyle(own, parentStyle, attrs);
			const inline = orig.getAttribute('style');
			// the element's own style attribute (e.g. font-variant-numeric) is kept after the computed values
			if (style || inline) copy.setAttribute('style', [style, parentStyle === null ? '' : (inline ?? '')].filter(Boolean).join('; '));
		}
		const a = orig.children;
		const b = copy.children;
		for (let i = 0; i < a.length; i++) walk(a[i]!, b[i]!, own);
	};
	walk(svg, clone, null);
	for (const el of drop) el.remove();
	for (const el of Array.from(clone.querySelectorAll('[tabindex]'))) {
		el.removeAttribute('tabindex');
		if (['slider', 'button', 'link', 'checkbox', 'option'].includes(el.getAttribute('role') ?? '')) el.removeAttribute('role');
	}
	// Svelte's hydration anchors are comments: not part of the drawing
	const comments: Node[] = [];
	const it = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
	while (it.nextNode()) comments.push(it.currentNode);
	for (const c of comments) c.parentNode?.removeChild(c);

	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('version', '1.1');
	clone.setAttribute('width', String(box.width));
	clone.setAttribute('height', String(box.height));
	clone.setAttribute('font-family', EXPORT_FONT_STACK);
	// nothing in the file is interactive any more: a plain image named by its title and description
	clone.setAttribute('role', 'img');
	clone.removeAttribute('class');

	const bg = document.createElementNS(SVG_NS, 'rect');
	bg.setAttribute('x', String(box.x));
	bg.setAttribute('y', String(box.y));
	bg.setAttribute('width', String(box.width));
	bg.setAttribute('height', String(box.height));
	bg.setAttribute('fill', '#ffffff');
	bg.setAttribute('stroke', 'none');
	// after <title> and <desc>, which stay the first children
	let after: Element | null = null;
	for (const c of Array.from(clone.children)) if (c.localName === 'title' || c.localName === 'desc') after = c;
	clone.insertBefore(bg, after ? after.nextSibling : clone.firstChild);

	return svgFileText(new XMLSerializer().serializeToString(clone));
}

/** Draws an SVG document on a canvas at `scale` × its size (2 by default, sharp on slides) and returns the PNG. */
export async function svgToPng(svgString: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgString], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('exportChart: the SVG could not be drawn as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('exportChart: no 2D canvas');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportChart: the canvas gave no PNG'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob under a file name through a temporary <a download>; the object URL is released afterwards. */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// revoking at once can cancel the download in some browsers
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
