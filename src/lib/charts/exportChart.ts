import { chartType, type ChartSize } from './typography';
import { wrapText, type TextMeasure } from './textMetrics';

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

/**
 * Where an exported chart comes from, written into the file so that it stays a figure one can publish once it has
 * left the site: a subtitle (trial · endpoint or table · cut-off), the source (document, table or figure, lines) and,
 * where one applies, the caveat (e.g. a curve rebuilt from the numbers at risk on an assumed time axis).
 */
export interface ChartProvenance {
	readonly subtitle: string;
	readonly source: string;
	readonly caveat?: string | null;
}

/** The words around the drawing, in the page's language. */
export interface FrameWords {
	/** "Source: {source}" */
	readonly source: (source: string) => string;
	/** "{url} · saved {date}" */
	readonly link: (url: string, date: string) => string;
}

/** A size to save at: as shown (2× PNG), a 16:9 slide, or a journal column at 300 dpi. */
export interface ExportPreset {
	readonly id: 'shown' | 'slide' | 'column' | 'page';
	/** the chart re-laid out at this size; null: the drawing as it is on the page */
	readonly size: ChartSize | null;
	/** a fixed canvas (the slide); null: the drawing's own size plus the title and source */
	readonly canvas: { readonly width: number; readonly height: number } | null;
	/** PNG pixels per CSS px */
	readonly scale: number;
	/** the physical width written into the SVG (journal presets), in mm */
	readonly widthMm: number | null;
}

const MM = 96 / 25.4;
/** The export presets. Journal widths: 85 mm single column and 174 mm full page width (the common Elsevier/Springer sizes). */
export function exportPresets(): Readonly<Record<ExportPreset['id'], ExportPreset>> {
	return {
		shown: { id: 'shown', size: null, canvas: null, scale: 2, widthMm: null },
		slide: {
			id: 'slide',
			size: { width: 1920 - 2 * 56, type: chartType('slide') },
			canvas: { width: 1920, height: 1080 },
			scale: 1,
			widthMm: null
		},
		column: {
			id: 'column',
			size: { width: Math.round(85 * MM), type: chartType('print') },
			canvas: null,
			scale: 300 / 96,
			widthMm: 85
		},
		page: {
			id: 'page',
			size: { width: Math.round(174 * MM), type: chartType('print') },
			canvas: null,
			scale: 300 / 96,
			widthMm: 174
		}
	};
}

/** One line of text of the frame around an exported chart. */
export interface FrameLine {
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly size: number;
	readonly weight: number;
	readonly fill: string;
	readonly role: 'title' | 'subtitle' | 'source' | 'caveat' | 'link';
}

/** The title and subtitle above an exported chart, the caveat, source and link below it. */
export interface FigureFrame {
	readonly width: number;
	/** height of the header; the drawing starts here */
	readonly top: number;
	/** height of the footer under the drawing */
	readonly bottom: number;
	readonly header: readonly FrameLine[];
	/** y relative to the footer's top */
	readonly footer: readonly FrameLine[];
}

/**
 * The text around an exported chart, wrapped to its width: title (bold) and subtitle above; caveat, source and
 * the view's link with the date below. Type follows the medium (a slide gets slide type).
 * @example figureFrame({ width: 800, title: 'PFS', provenance: { subtitle: 'MM-003 · PFS', source: 'Guideline, Figure 1' }, url: 'https://x/', date: '2026-12-03', words, size: 13, measure }).top
 */
export function figureFrame(opts: {
	width: number;
	title: string;
	provenance: ChartProvenance | undefined;
	url: string;
	date: string;
	words: FrameWords;
	size: number;
	measure: TextMeasure;
	pad?: number;
}): FigureFrame {
	const { width, title, provenance, url, date, words, size, measure } = opts;
	const pad = opts.pad ?? Math.round(size * 1.2);
	const inner = width - 2 * pad;
	const lead = 1.3;
	const header: FrameLine[] = [];
	let y = pad;
	const push = (
		into: FrameLine[],
		text: string,
		s: number,
		weight: number,
		fill: string,
		role: FrameLine['role'],
		maxLines: number
	) => {
		for (const line of wrapText(text, inner, s, measure, maxLines, weight)) {
			y += s * lead;
			into.push({ text: line, x: pad, y: Math.round((y - s * 0.3) * 100) / 100, size: s, weight, fill, role });
		}
	};
	push(header, title, Math.round(size * 1.35), 700, '#1b1f24', 'title', 3);
	if (provenance?.subtitle) push(header, provenance.subtitle, size, 400, '#57606a', 'subtitle', 2);
	const top = Math.ceil(y + pad * 0.75);
	const footer: FrameLine[] = [];
	y = pad * 0.5;
	if (provenance?.caveat) push(footer, provenance.caveat, size, 600, '#8a3b00', 'caveat', 4);
	if (provenance?.source) push(footer, words.source(provenance.source), size, 400, '#1b1f24', 'source', 4);
	push(footer, words.link(url, date), Math.max(11, Math.round(size * 0.85)), 400, '#57606a', 'link', 3);
	return { width, top, bottom: Math.ceil(y + pad), header, footer };
}

/** Japanese first, so an exported file shows the same glyphs on any machine that has one of them. */
export const EXPORT_FONT_STACK =
	'"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", system-ui, sans-serif';

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

/**
 * The provenance of a chart's CSV as "label: value" lines: title, subtitle, source, caveat (when one applies), the
 * view's link and the date it was saved.
 * @example provenanceCsvLines({ title: 'PFS', provenance: { subtitle: 'MM-003', source: 'Figure 1' }, url: 'u', date: 'd' }, labels)[0] // 'Title: PFS'
 */
export function provenanceCsvLines(
	about: { title: string; provenance?: ChartProvenance; url: string; date: string },
	labels: { title: string; subtitle: string; source: string; caveat: string; link: string; saved: string }
): string[] {
	const p = about.provenance;
	const pairs: [string, string | null | undefined][] = [
		[labels.title, about.title],
		[labels.subtitle, p?.subtitle],
		[labels.source, p?.source],
		[labels.caveat, p?.caveat],
		[labels.link, about.url],
		[labels.saved, about.date]
	];
	return pairs.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
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
	const [x, y, width, height] = (viewBox ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	if (![x, y, width, height].every((v) => v !== undefined && Number.isFinite(v)) || !(width! > 0) || !(height! > 0))
		throw new Error(`exportChart: the SVG has no usable viewBox ("${viewBox}")`);
	return { x: x!, y: y!, width: width!, height: height! };
}

/** A font-family with the Japanese stack appended (what is already named is not repeated). */
export function withJapaneseFonts(family: string): string {
	const names = (f: string) =>
		f
			.split(',')
			.map((n) => n.trim())
			.filter(Boolean);
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
export function exportStyle(
	own: Readonly<Record<string, string>>,
	parent: Readonly<Record<string, string>> | null,
	attrs: ReadonlySet<string> = new Set()
): string {
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
const hidden = (cs: CSSStyleDeclaration) =>
	cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';

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
export function standaloneSvg(
	svg: SVGSVGElement,
	frame?: { frame: FigureFrame; canvas: { width: number; height: number } | null; widthMm: number | null }
): string {
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
			if (style || inline)
				copy.setAttribute('style', [style, parentStyle === null ? '' : (inline ?? '')].filter(Boolean).join('; '));
		}
		const a = orig.children;
		const b = copy.children;
		for (let i = 0; i < a.length; i++) walk(a[i]!, b[i]!, own);
	};
	walk(svg, clone, null);
	for (const el of drop) el.remove();
	for (const el of Array.from(clone.querySelectorAll('[tabindex]'))) {
		el.removeAttribute('tabindex');
		if (['slider', 'button', 'link', 'checkbox', 'option'].includes(el.getAttribute('role') ?? ''))
			el.removeAttribute('role');
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

	if (!frame) return svgFileText(new XMLSerializer().serializeToString(clone));
	return svgFileText(
		new XMLSerializer().serializeToString(framed(clone, box, frame.frame, frame.canvas, frame.widthMm))
	);
}

/**
 * The drawing inside a figure: a root <svg> with the frame's title and subtitle above it and its caveat, source and
 * link below, the drawing as a nested <svg> (scaled to fit when the canvas is fixed, e.g. a 16:9 slide).
 */
function framed(
	chart: SVGSVGElement,
	box: { width: number; height: number },
	frame: FigureFrame,
	canvas: { width: number; height: number } | null,
	widthMm: number | null
): SVGSVGElement {
	const W = canvas?.width ?? Math.max(box.width, frame.width);
	const H = canvas?.height ?? frame.top + box.height + frame.bottom;
	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('version', '1.1');
	root.setAttribute('viewBox', `0 0 ${W} ${H}`);
	root.setAttribute('width', widthMm ? `${widthMm}mm` : String(W));
	root.setAttribute('height', widthMm ? `${Math.round((H / W) * widthMm * 100) / 100}mm` : String(H));
	root.setAttribute('font-family', EXPORT_FONT_STACK);
	root.setAttribute('role', 'img');
	for (const c of Array.from(chart.children))
		if (c.localName === 'title' || c.localName === 'desc') root.append(c.cloneNode(true));
	const bg = document.createElementNS(SVG_NS, 'rect');
	for (const [k, v] of Object.entries({
		x: '0',
		y: '0',
		width: String(W),
		height: String(H),
		fill: '#ffffff',
		stroke: 'none'
	}))
		bg.setAttribute(k, v);
	root.append(bg);
	const text = (l: FrameLine, dy: number) => {
		const t = document.createElementNS(SVG_NS, 'text');
		t.setAttribute('class', `figure-${l.role}`);
		t.setAttribute('x', String(l.x));
		t.setAttribute('y', String(Math.round((l.y + dy) * 100) / 100));
		t.setAttribute('font-size', String(l.size));
		t.setAttribute('font-weight', String(l.weight));
		t.setAttribute('fill', l.fill);
		t.textContent = l.text;
		root.append(t);
	};
	for (const l of frame.header) text(l, 0);
	// the drawing: at its own size, or scaled down to the space a fixed canvas leaves (centred)
	const room = { width: W, height: H - frame.top - frame.bottom };
	const k = canvas ? Math.min(1, room.width / box.width, room.height / box.height) : 1;
	const w = box.width * k;
	const h = box.height * k;
	chart.removeAttribute('xmlns');
	chart.removeAttribute('version');
	chart.removeAttribute('role');
	chart.removeAttribute('aria-labelledby');
	chart.setAttribute('x', String(Math.round(((W - w) / 2) * 100) / 100));
	chart.setAttribute('y', String(frame.top));
	chart.setAttribute('width', String(Math.round(w * 100) / 100));
	chart.setAttribute('height', String(Math.round(h * 100) / 100));
	chart.setAttribute('class', 'figure-drawing');
	for (const c of Array.from(chart.children)) if (c.localName === 'title' || c.localName === 'desc') c.remove();
	root.append(chart);
	const footTop = canvas ? H - frame.bottom : frame.top + h;
	for (const l of frame.footer) text(l, footTop);
	return root;
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
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportChart: the canvas gave no PNG'))), 'image/png')
		);
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

/** The props every chart component takes besides its data and labels: size, medium and what its exports carry. */
export interface ChartCommonProps {
	/** a fixed width in CSS px; by default the chart takes the width of its box */
	width?: number;
	medium?: import('./typography').ChartMedium;
	/** file names: "<exportName>-<lang>.<ext>" */
	exportName?: string;
	csv?: ChartCsv;
	provenance?: ChartProvenance;
}
