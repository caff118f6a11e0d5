import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSurvival } from '$lib/analysis/survivalAnalysis';
import { parseSurvivalSummaryCsv } from '$lib/data/survivalSummary';
import { parseAtRiskCsv, parseCurveCsv } from '$lib/data/survivalInputs';
import { armPrefix, wordWarning, WORDED_CODES } from '$lib/site/analyze/reconstructionWarningWords';
import {
	RECONSTRUCTION_WARNING_CODES,
	reconstructionWarning,
	type ReconstructionWarningCode,
	type ReconstructionWarningParams
} from '$lib/stats/survival/reconstruct/warnings';

// Parameters for every code: typed by code, so a new code without a sample does not compile.
const SAMPLE: { [C in ReconstructionWarningCode]: ReconstructionWarningParams[C] } = {
	'y-read-as-percent': {},
	'negative-x-set-to-zero': { count: 2, lowest: '-0.0365778' },
	'negative-x-check-axis': { count: 1, lowest: '-5' },
	'y-clipped': { count: 2 },
	'start-point-added': {},
	'upward-jitter-flattened': { count: 12, largest: 0.0123 },
	'drops-moved-mid-gap': { count: 6, gapShare: 0.03 },
	'points-after-zero-at-risk': { count: 1, time: '6' },
	'at-risk-starts-late': { time: '1', assumed: 50 },
	'at-risk-beyond-curve': { time: '30', lastCurveTime: '26.51' },
	'drop-exceeds-at-risk': { from: '3', to: '6', excess: 18 },
	'events-exceed-total': { events: 96, time: '30', published: 93 },
	'censorings-made-events': { implied: 114, published: 160, changed: 46 },
	'events-made-censorings': { implied: 230, published: 149, changed: 81 },
	'events-within-five-percent': { implied: 96, published: 93 },
	'at-risk-not-reproduced': { time: '12', reconstructed: 40, printed: 41 },
	'median-interval-missed': { median: '3.0' },
	'median-not-reached-missed': {},
	'median-crossing-outside': { median: '13.3' },
	'model-events-differ': { expected: 71, printed: 75 },
	'cox-not-converged': {},
	'cox-no-events': {},
	'cox-failed': { reason: 'the information matrix is singular' }
};

// helper-rules-12.md's allowlist: what Japanese clinicians read as-is (trial ids, abbreviations, method names, units)
const ALLOWED_IN_JAPANESE =
	/\bMM-\d{3}\b|\b(?:ORR|HR|CI|sCR|CR|VGPR|PR|IMWG|MedDRA|Clopper|Pearson|Wilson|Wald|Agresti|Coull|Jeffreys|Greenwood|Brookmeyer|Crowley|Cox|Kaplan|Meier|mg|kg|mL)\b/g;
const latinWords = (text: string) => text.replace(ALLOWED_IN_JAPANESE, ' ').match(/[A-Za-z]+/g) ?? [];
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

const template = (name: string) => readFileSync(`static/templates/${name}`, 'utf8');

describe('reconstruction warnings worded for /analyze/', () => {
	it('words every code the algorithms report, in both languages', () => {
		expect([...WORDED_CODES].sort()).toEqual([...RECONSTRUCTION_WARNING_CODES].sort());
		for (const code of RECONSTRUCTION_WARNING_CODES) {
			const w = reconstructionWarning(code, SAMPLE[code] as never);
			const ja = wordWarning(w, 'ja');
			const en = wordWarning(w, 'en');
			expect(ja.lang, code).toBe('ja');
			expect(en.lang, code).toBe('en');
			expect(ja.text, code).toMatch(JAPANESE);
			expect(latinWords(ja.text), `${code}: ${ja.text}`).toEqual([]);
			expect(en.text, code).not.toMatch(JAPANESE);
			for (const text of [ja.text, en.text]) expect(text, code).not.toMatch(/undefined|NaN|\[object/);
		}
	});

	it('prints every number as the message does', () => {
		const jitter = reconstructionWarning('upward-jitter-flattened', { count: 12, largest: 0.0123 });
		expect(jitter.message).toBe('12 upward jitter(s) flattened by the running minimum (largest 0.0123)');
		expect(wordWarning(jitter, 'ja').text).toBe('ランニングミニマムにより上向きの揺れ 12 点を平坦化（最大 0.0123）');
		expect(wordWarning(jitter, 'en').text).toBe('12 upward jitters flattened by the running minimum (largest 0.0123)');
		const start = reconstructionWarning('start-point-added', {});
		expect(wordWarning(start, 'ja').text).toBe('時点 0 の点がないため (0, 1) を追加');
		const model = reconstructionWarning('model-events-differ', { expected: 71, printed: 75 });
		expect(model.message).toBe(
			'the smooth model expects 71.0 events where 75 are printed; the difference was placed by rounding'
		);
		expect(wordWarning(model, 'ja').text).toBe(
			'平滑化したモデルの期待イベント数 71.0 に対し、記載は 75。差は整数化の丸めで配分'
		);
		const one = reconstructionWarning('events-made-censorings', { implied: 94, published: 93, changed: 1 });
		expect(wordWarning(one, 'en').text).toBe(
			'The curve implies 94 events, 93 are published: 1 event turned into a censoring where that moves the curve least (numbers at risk unchanged)'
		);
		expect(wordWarning(one, 'ja').text).toBe(
			'曲線から求めたイベント数は 94、公表値は 93。曲線の動きが最も小さい位置で、イベント 1 例を打ち切りに変更（リスク患者数は不変）'
		);
	});

	it('words the warnings of the bundled templates (Figure 1 curve as the standard arm) in both languages', () => {
		const atRisk = parseAtRiskCsv(template('at_risk.csv'), 'at_risk.csv').rows;
		const summary = parseSurvivalSummaryCsv(template('survival_summary.csv'), 'survival_summary.csv').summary;
		const curve = parseCurveCsv(template('km_curve.csv'), 'km_curve.csv').points;
		const result = analyzeSurvival({
			atRisk,
			curves: { standard: curve },
			summary,
			files: { atRisk: 'at_risk.csv' }
		}).result!;
		const standard = result.arms.find((a) => a.id === 'standard')!;
		// the English messages `npm run reconstruct` prints, unchanged by the codes
		expect(standard.warnings.map((w) => w.message)).toEqual([
			'2 point(s) with x < 0 set to 0 (lowest -0.0365778)',
			'13 upward jitter(s) flattened by the running minimum (largest 0.0551)',
			'6 drop(s) after a gap wider than 0.03 of the x range placed mid-gap',
			'at-risk time 30 beyond the last curve point (26.51): curve carried flat',
			'interval 3–6: the curve drops by 18 more patient(s) than the numbers at risk allow; latest events removed',
			'interval 6–9: the curve drops by 8 more patient(s) than the numbers at risk allow; latest events removed',
			'interval 9–12: the curve drops by 7 more patient(s) than the numbers at risk allow; latest events removed',
			'96 events before 30 already exceed the published total 93',
			'the curve implies 96 events, 93 published: within 5%, left as the curve has it'
		]);
		expect(standard.warnings.map((w) => wordWarning(w, 'ja').text)).toEqual([
			'時間が負の点 2 点を 0 に補正（最小 -0.0365778）',
			'ランニングミニマムにより上向きの揺れ 13 点を平坦化（最大 0.0551）',
			'点の間隔が時間軸全体の 3% を超える箇所の後の低下 6 か所を、その間隔の中点に移動',
			'リスク患者数の時点 30 が曲線の最後の点（時点 26.51）より後のため、曲線を水平に延長',
			'時点 3 から 6 までの区間で、曲線の低下がリスク患者数の減少で説明できる例数を 18 例上回るため、遅い時点のイベントから 18 例を除去',
			'時点 6 から 9 までの区間で、曲線の低下がリスク患者数の減少で説明できる例数を 8 例上回るため、遅い時点のイベントから 8 例を除去',
			'時点 9 から 12 までの区間で、曲線の低下がリスク患者数の減少で説明できる例数を 7 例上回るため、遅い時点のイベントから 7 例を除去',
			'時点 30 より前のイベント数（96）が、公表されたイベント総数（93）を既に上回る',
			'曲線から求めたイベント数は 96、公表値は 93。差が 5% 以内のため曲線のまま採用'
		]);
		expect(standard.warnings.map((w) => wordWarning(w, 'en').text)).toEqual([
			'2 points with a negative time set to 0 (lowest -0.0365778)',
			'13 upward jitters flattened by the running minimum (largest 0.0551)',
			'6 drops after a gap wider than 3% of the time axis placed mid-gap',
			'At-risk time 30 is after the last curve point (time 26.51): the curve carried flat',
			'From 3 to 6 the curve drops by 18 patients more than the numbers at risk allow: the latest events removed',
			'From 6 to 9 the curve drops by 8 patients more than the numbers at risk allow: the latest events removed',
			'From 9 to 12 the curve drops by 7 patients more than the numbers at risk allow: the latest events removed',
			'The 96 events before time 30 already exceed the published total of 93',
			'The curve implies 96 events, 93 are published: within 5%, left as the curve has it'
		]);
		// the table-mode arm met every printed number: nothing to word
		expect(result.arms.find((a) => a.id === 'idecel')!.warnings).toEqual([]);
	});

	it('keeps an unknown code, or parameters it cannot read, in English marked as English', () => {
		const unknown = { code: 'a-later-code', params: { count: 3 }, message: 'something new happened 3 times' };
		expect(wordWarning(unknown, 'ja')).toEqual({ text: 'something new happened 3 times', lang: 'en' });
		expect(wordWarning(unknown, 'en')).toEqual({ text: 'something new happened 3 times', lang: 'en' });
		const broken = {
			code: 'model-events-differ',
			params: {},
			message: 'the smooth model expects 71.0 events where 75 are printed; the difference was placed by rounding'
		};
		expect(wordWarning(broken, 'ja')).toEqual({ text: broken.message, lang: 'en' });
		// inherited names are not codes
		expect(wordWarning({ code: 'toString', params: {}, message: 'm' }, 'ja')).toEqual({ text: 'm', lang: 'en' });
	});

	it("puts the arm before its warning with each language's colon", () => {
		expect(armPrefix('idecel', 'ja')).toBe('idecel：');
		expect(armPrefix('idecel', 'en')).toBe('idecel: ');
	});
});
