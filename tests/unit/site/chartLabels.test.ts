import { describe, expect, it } from 'vitest';
import { forestLabels, INTERVAL_CHOICES, methodLabel, survivalLabels } from '$lib/site/chartLabels';
import { readDocumentsOrThrow } from '$lib/documents/readDocuments';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { forestViews } from '$lib/site/survivalPanels';

describe('the interval chart’s method choices', () => {
	it('offer the footnote’s method, then the registry’s methods without variants, in the page’s order', () => {
		expect(INTERVAL_CHOICES).toEqual(['stated', 'clopper-pearson', 'wald', 'wilson', 'agresti-coull', 'jeffreys']);
		expect(INTERVAL_CHOICES.slice(1).map(methodLabel)).toEqual([
			'Clopper–Pearson',
			'Wald',
			'Wilson',
			'Agresti–Coull',
			'Jeffreys'
		]);
	});
});

describe('the survival and forest charts’ labels name their own trial, endpoint and arms', () => {
	const { datasets, profiles } = readDocumentsOrThrow();
	const [forest] = forestViews(datasets, profiles);
	const panel = {
		trial: 'CheckMate 017',
		endpoint: 'OS' as const,
		grid: 'printed' as const,
		arms: [
			{ label: 'docetaxel', label_ja: 'ドセタキセル群' },
			{ label: 'nivolumab', label_ja: 'ニボルマブ群' }
		]
	};
	it('in English', () => {
		overwriteGetLocale(() => 'en');
		const s = survivalLabels(panel, 'en');
		expect(s.title).toBe('CheckMate 017 OS: Kaplan–Meier curves (reconstructed)');
		expect(s.description).toMatch(/^Step curves of OS for nivolumab and docetaxel with 95% confidence bands/);
		// CheckMate 017 prints its at-risk times; MM-003's are assumed
		expect(s.xAxis).toBe('Months since randomisation');
		expect(survivalLabels({ ...panel, grid: 'assumed' }, 'en').xAxis).toBe('Months since randomisation (assumed axis)');
		const f = forestLabels(forest!, 'en');
		expect(f.title).toBe('PFS hazard ratio by subgroup (MM-003, as printed)');
		expect(f.axis).toBe('Hazard ratio (ide-cel / standard regimens, log scale)');
		expect(f.favours).toEqual(['favours ide-cel', 'favours standard regimens']);
		expect(f.description).toBe(
			"PFS hazard ratios with their printed intervals by subgroup (Table 9, Table 10), on a log scale; each square's area is proportional to its events. Shown as not estimable: Japanese population (Table 10) 5.21 × 10⁷ [0.000, NE]."
		);
	});
	it('in Japanese', () => {
		overwriteGetLocale(() => 'ja');
		expect(survivalLabels(panel, 'ja').description).toMatch(/^ニボルマブ群とドセタキセル群の OS の階段状曲線/);
		const f = forestLabels(forest!, 'ja');
		expect(f.axis).toBe('ハザード比（本品群 / 標準治療群、対数目盛）');
		expect(f.favours).toEqual(['本品群が良好', '標準治療群が良好']);
		expect(f.description).toBe(
			'サブグループ別（表 9、表 10）の PFS ハザード比と印刷された信頼区間を対数目盛で示します。四角の面積はイベント数に比例します。推定不能として示す行：日本人集団（表 10）5.21 × 10⁷ [0.000, NE]。'
		);
	});
});
