import { describe, expect, it } from 'vitest';
import { flagWords, methodName, methodNameIn, statusLabel } from '$lib/site/checkWords';
import { INTERVAL_METHODS } from '$lib/stats/binomial/interval';
import { CHECK_STATUSES } from '$lib/verify/check';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

const FLAGS = ['stated-method-differs', 'unreliable-method', 'truncated-bound', 'zero-width'] as const;

describe('checkWords', () => {
	it('words every status and flag in Japanese, with no code left over', () => {
		overwriteGetLocale(() => 'ja');
		expect(statusLabel('mismatch')).toBe('不一致');
		expect(flagWords('unreliable-method').label).toBe('信頼性の低い方法');
		for (const s of CHECK_STATUSES) expect(statusLabel(s)).not.toMatch(/[a-z]-[a-z]/);
		for (const f of FLAGS) {
			const w = flagWords(f);
			expect(w.label).not.toMatch(/[a-z]-[a-z]/);
			expect(w.why.length).toBeGreaterThan(w.label.length);
		}
	});
	it('words them in English as plain words', () => {
		overwriteGetLocale(() => 'en');
		expect(statusLabel('not-recomputable')).not.toContain('not-recomputable');
		expect(flagWords('truncated-bound').label).toBe('bound cut at 0 or 100%');
		expect(new Set(FLAGS.map((f) => flagWords(f).label)).size).toBe(FLAGS.length);
	});
	it("names every interval method as its authors write it, and the two variants in the page's language", () => {
		overwriteGetLocale(() => 'ja');
		expect(methodName('clopper-pearson')).toBe('Clopper–Pearson');
		expect(methodName('wald-truncated')).toBe('Wald（0～100% に切り詰め）');
		// every code but mid-p (which is its name) reads differently from its code
		for (const c of INTERVAL_METHODS.filter((x) => x !== 'mid-p')) expect(methodName(c)).not.toBe(c);
		expect(methodName('an-unknown-method')).toBe('an-unknown-method');
		overwriteGetLocale(() => 'en');
		expect(methodName('wilson-cc')).toBe('Wilson with continuity correction');
	});
	it("names the one-sample tests of the p-value checks, in the page's language or the one asked for", () => {
		overwriteGetLocale(() => 'ja');
		expect(['normal', 'normal-cc', 'exact'].map(methodName)).toEqual([
			'正規近似',
			'連続性補正付き正規近似',
			'正確二項検定'
		]);
		expect(methodNameIn('exact', 'en')).toBe('exact binomial test');
		expect(methodNameIn('wald-truncated', 'en')).toBe('Wald, cut to 0–100%');
		expect(methodNameIn('clopper-pearson', 'ja')).toBe('Clopper–Pearson');
	});
});
