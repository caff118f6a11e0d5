import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PowerCurveChart from '../../src/lib/charts/PowerCurveChart.svelte';
import { powerCurveLayout } from '../../src/lib/charts/powerCurveLayout';
import { powerCurve } from '../../src/lib/site/surveyPlanner';

// pemphigus rationale (RMP line 480): threshold 9%, expected 18.0%, one-sided 5%, power 90%, printed n = 115
const points = powerCurve(0.09, 0.18, 0.05, 110, 125);

describe('powerCurveLayout', () => {
	const l = powerCurveLayout(points, 0.9, 115, 120, 640, 300);
	it('spans the n range on x and a floor of whole tenths to 1 on y', () => {
		expect(l.plot).toEqual({ left: 56, right: 624, top: 28, bottom: 256 });
		expect(l.xTicks[0]).toEqual({ value: 110, x: 56 });
		expect(l.xTicks.map((t) => t.value)).toEqual([110, 112, 114, 116, 118, 120, 122, 124]);
		expect(l.xTicks.at(-1)).toEqual({ value: 124, x: 586.13 });
		// the smallest power here (exact, 0.80… at n = 110) → the axis starts at 0.8
		expect(l.yTicks[0]!.value).toBeCloseTo(0.8, 10);
		expect(l.yTicks[0]!.y).toBe(256);
		expect(l.yTicks.at(-1)).toEqual({ value: 1, y: 28 });
	});
	it('marks the target, the printed n and the reader’s n with both powers there', () => {
		// 0.9 on [0.8, 1] → halfway between 256 and 28
		expect(l.targetY).toBe(142);
		expect(l.printed).toEqual({ n: 115, x: 245.33 });
		expect(l.current).toEqual({ n: 120, x: 434.67, exactY: 153.43, normalY: 130.57 });
		// exact power sits below the normal one at n = 120 (larger y is lower power)
		expect(l.current!.exactY).toBeGreaterThan(l.current!.normalY);
		expect(powerCurveLayout(points, 0.9, 300, null).printed).toBeNull();
	});
	it('draws one path vertex per n, rounded to 2 decimals', () => {
		expect(l.exactPath.match(/[ML]/g)).toHaveLength(16);
		const nums = (l.exactPath + l.normalPath).match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(nums.every((v) => Math.round(v * 100) / 100 === v)).toBe(true);
	});
});

describe('PowerCurveChart SVG', () => {
	it('renders the same SVG for the same data (snapshot)', () => {
		const stable = (html: string) => html.replace(/id="[^"]*"|aria-labelledby="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		const labels = { title: 'Power by sample size', description: 'Exact vs normal', xAxis: 'n', yAxis: 'Power (%)', exact: 'Exact binomial test', normal: 'Normal approximation', target: 'target 90%', printed: 'printed n = 115', current: 'n = 120' };
		const props = { points, target: 0.9, printedN: 115, currentN: 120, labels };
		const a = render(PowerCurveChart, { props }).body;
		expect(stable(a)).toBe(stable(render(PowerCurveChart, { props }).body));
		expect(stable(a)).toMatchSnapshot();
		expect(a).toContain('role="img"');
		expect(a).toContain('class="curve-exact"');
		expect(a).toContain('class="printed-n"');
		expect(a).toContain('printed n = 115');
	});
});
