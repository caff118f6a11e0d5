import { describe, expect, it } from 'vitest';
import { flagWords, statusLabel } from '../../src/lib/site/checkWords';
import { CHECK_STATUSES } from '../../src/lib/verify/check';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';

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
});
