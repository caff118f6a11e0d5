import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * A chart component rendered on the server: the HTML the page gets (the <figure> with its <svg>, then the export
 * controls).
 * @example renderSvg(ForestPlot, { rows, labels, width: 800 }) // '<figure class="chart forest-plot …"><svg …'
 */
export function renderSvg<Props extends object>(component: Component<Props>, props: Props): string {
	return render(component, { props }).body;
}

/**
 * The rendered markup without what may change between renders: generated ids, the aria-labelledby that point at
 * them, and Svelte's hydration comments. What the .snap snapshots store.
 * @example stableSvg('<svg id="s1" aria-labelledby="s1-t"><!--[--><title id="s1-t">T</title></svg>') // '<svg  ><title >T</title></svg>'
 */
export function stableSvg(html: string): string {
	return html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart's drawing as a standalone SVG file a reviewer opens in a browser (Observable Plot keeps its test
 * snapshots this way): the one <svg> of the render, without the figure and export controls around it, made stable,
 * with the SVG namespace and an XML declaration.
 * @example svgFile(renderSvg(ForestPlot, props)) // '<?xml version="1.0" encoding="UTF-8"?>\n<svg viewBox=… xmlns="http://www.w3.org/2000/svg" …'
 */
export function svgFile(html: string): string {
	const drawings = stableSvg(html).match(/<svg[\s>][\s\S]*?<\/svg>/g) ?? [];
	if (drawings.length !== 1) throw new Error(`svgFile: expected one <svg> in the render, found ${drawings.length}`);
	const svg = drawings[0] as string;
	const withNs = svg.includes(`xmlns="${SVG_NS}"`) ? svg : svg.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${withNs}\n`;
}
