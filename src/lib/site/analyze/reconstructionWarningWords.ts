import type { ReconstructionWarningCode, ReconstructionWarningParams } from '$lib/stats/survival/reconstruct/warnings';
import type { Locale } from '../i18n';
import { localized } from '../localized';

// The reconstruction reports what it adjusted as codes with parameters (stats/survival/reconstruct/warnings.ts); the
// /analyze/ page words them here. Japanese in the guideline's terms (リスク患者数 as the document's Figures 1 and 2
// print it, イベント, 打ち切り, 中央値) in its concise noun-ending style; English as plain sentences for a reader.

/** A warning as the page receives it: a known code's parameters are read, an unknown code shows its English message. */
export interface WarningLike {
	readonly code: string;
	readonly params: Readonly<Record<string, unknown>>;
	readonly message: string;
}

/** A worded warning and the language it is in (an unknown code stays English whatever the page's language). */
export interface WordedWarning {
	readonly text: string;
	readonly lang: Locale;
}

type Words = { [C in ReconstructionWarningCode]: (p: ReconstructionWarningParams[C]) => string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
// a share of the x range as a percent without binary noise (0.03 → 3)
const percentOf = (share: number) => `${+(share * 100).toPrecision(12)}%`;

const JA: Words = {
	'y-read-as-percent': () => '生存割合に 1.5 を超える値があるため百分率とみなし、100 で除算',
	'negative-x-set-to-zero': (p) => `時間が負の点 ${p.count} 点を 0 に補正（最小 ${p.lowest}）`,
	'negative-x-check-axis': (p) =>
		`時間が負の点 ${p.count} 点を 0 に補正（最小 ${p.lowest}）。デジタイズの誤差を超える大きさのため、横軸の目盛り合わせを要確認`,
	'y-clipped': (p) => `生存割合が [0, 1] の範囲外の点 ${p.count} 点を範囲内に切り詰め`,
	'start-point-added': () => '時点 0 の点がないため (0, 1) を追加',
	'upward-jitter-flattened': (p) => `ランニングミニマムにより上向きの揺れ ${p.count} 点を平坦化（最大 ${p.largest}）`,
	'drops-moved-mid-gap': (p) =>
		`点の間隔が時間軸全体の ${percentOf(p.gapShare)} を超える箇所の後の低下 ${p.count} か所を、その間隔の中点に移動`,
	'points-after-zero-at-risk': (p) => `リスク患者数が 0 となる時点 ${p.time} 以降の曲線の点 ${p.count} 点を除外`,
	'at-risk-starts-late': (p) =>
		`リスク患者数の最初の時点が 0 ではなく ${p.time} のため、時点 ${p.time} までの打ち切りはないものとして、時点 0 のリスク患者数を ${p.assumed} と仮定`,
	'at-risk-beyond-curve': (p) =>
		`リスク患者数の時点 ${p.time} が曲線の最後の点（時点 ${p.lastCurveTime}）より後のため、曲線を水平に延長`,
	'drop-exceeds-at-risk': (p) =>
		`時点 ${p.from} から ${p.to} までの区間で、曲線の低下がリスク患者数の減少で説明できる例数を ${p.excess} 例上回るため、遅い時点のイベントから ${p.excess} 例を除去`,
	'events-exceed-total': (p) =>
		`時点 ${p.time} より前のイベント数（${p.events}）が、公表されたイベント総数（${p.published}）を既に上回る`,
	'censorings-made-events': (p) =>
		`曲線から求めたイベント数は ${p.implied}、公表値は ${p.published}。曲線の動きが最も小さい位置で、打ち切り ${p.changed} 例をイベントに変更（リスク患者数は不変）`,
	'events-made-censorings': (p) =>
		`曲線から求めたイベント数は ${p.implied}、公表値は ${p.published}。曲線の動きが最も小さい位置で、イベント ${p.changed} 例を打ち切りに変更（リスク患者数は不変）`,
	'events-within-five-percent': (p) =>
		`曲線から求めたイベント数は ${p.implied}、公表値は ${p.published}。差が 5% 以内のため曲線のまま採用`,
	'at-risk-not-reproduced': (p) => `時点 ${p.time} のリスク患者数：再構成 ${p.reconstructed}、記載 ${p.printed}`,
	'median-interval-missed': (p) =>
		`イベント数を整数にすると、記載された中央値 ${p.median} を含む区間で生存割合が 0.5 を下回るようにできなかった`,
	'median-not-reached-missed': () =>
		'記載では中央値に未到達だが、イベント数を整数にすると生存割合を 0.5 より上に保てなかった',
	'median-crossing-outside': (p) =>
		`再構成した曲線が 0.5 を下回る時点が、記載された中央値 ${p.median} を含む区間の外にある`,
	'model-events-differ': (p) =>
		`平滑化したモデルの期待イベント数 ${p.expected.toFixed(1)} に対し、記載は ${p.printed}。差は整数化の丸めで配分`,
	'cox-not-converged': () => 'Cox モデルが収束せず、ハザード比が発散（イベントのない群がある可能性）',
	'cox-no-events': () => 'イベントが 1 例もないため、Cox モデルは当てはめられない',
	'cox-failed': () => 'Cox モデルを当てはめられなかった'
};

const EN: Words = {
	'y-read-as-percent': () => 'Survival values read as percentages (one exceeds 1.5) and divided by 100',
	'negative-x-set-to-zero': (p) =>
		`${plural(p.count, 'point', 'points')} with a negative time set to 0 (lowest ${p.lowest})`,
	'negative-x-check-axis': (p) =>
		`${plural(p.count, 'point', 'points')} with a negative time set to 0 (lowest ${p.lowest}): more than digitizing jitter, check the axis calibration`,
	'y-clipped': (p) => `${plural(p.count, 'point', 'points')} with a survival value outside [0, 1] clipped to the range`,
	'start-point-added': () => 'No point at time 0: (0, 1) added',
	'upward-jitter-flattened': (p) =>
		`${plural(p.count, 'upward jitter', 'upward jitters')} flattened by the running minimum (largest ${p.largest})`,
	'drops-moved-mid-gap': (p) =>
		`${plural(p.count, 'drop', 'drops')} after a gap wider than ${percentOf(p.gapShare)} of the time axis placed mid-gap`,
	'points-after-zero-at-risk': (p) =>
		`${plural(p.count, 'curve point', 'curve points')} at or after time ${p.time}, where no one is at risk, ignored`,
	'at-risk-starts-late': (p) =>
		`The numbers at risk start at time ${p.time}, not 0: ${p.assumed} at risk at 0 assumed (no censoring before ${p.time})`,
	'at-risk-beyond-curve': (p) =>
		`At-risk time ${p.time} is after the last curve point (time ${p.lastCurveTime}): the curve carried flat`,
	'drop-exceeds-at-risk': (p) =>
		`From ${p.from} to ${p.to} the curve drops by ${plural(p.excess, 'patient', 'patients')} more than the numbers at risk allow: the latest events removed`,
	'events-exceed-total': (p) =>
		`The ${p.events} events before time ${p.time} already exceed the published total of ${p.published}`,
	'censorings-made-events': (p) =>
		`The curve implies ${p.implied} events, ${p.published} are published: ${p.changed === 1 ? '1 censoring' : `${p.changed} censorings`} turned into ${p.changed === 1 ? 'an event' : 'events'} where that moves the curve least (numbers at risk unchanged)`,
	'events-made-censorings': (p) =>
		`The curve implies ${p.implied} events, ${p.published} are published: ${p.changed === 1 ? '1 event' : `${p.changed} events`} turned into ${p.changed === 1 ? 'a censoring' : 'censorings'} where that moves the curve least (numbers at risk unchanged)`,
	'events-within-five-percent': (p) =>
		`The curve implies ${p.implied} events, ${p.published} are published: within 5%, left as the curve has it`,
	'at-risk-not-reproduced': (p) => `Number at risk at time ${p.time}: rebuilt ${p.reconstructed}, printed ${p.printed}`,
	'median-interval-missed': (p) =>
		`Whole numbers of events could not make the curve cross ½ in the interval holding the printed median ${p.median}`,
	'median-not-reached-missed': () =>
		'The printed median is not reached, but whole numbers of events could not keep the curve above ½',
	'median-crossing-outside': (p) =>
		`The rebuilt curve crosses ½ outside the interval holding the printed median ${p.median}`,
	'model-events-differ': (p) =>
		`The smooth model expects ${p.expected.toFixed(1)} events where ${p.printed} are printed: the difference was placed by rounding`,
	'cox-not-converged': () => 'The Cox model did not converge (an arm without events?): its hazard ratio runs off',
	'cox-no-events': () => 'No Cox model: the data hold no event',
	'cox-failed': (p) => `No Cox model: ${p.reason}`
};

const WORDS: Record<Locale, Words> = { ja: JA, en: EN };

/** The codes this module words (every code of the reconstruction; tests compare the two lists). */
export const WORDED_CODES = Object.keys(JA) as ReconstructionWarningCode[];

/**
 * A reconstruction warning in the page's language; an unknown code (or parameters it cannot read) keeps its English
 * message, marked as English.
 * @example wordWarning({ code: 'start-point-added', params: {}, message: 'no point at x = 0: (0, 1) added' }, 'ja') // { text: '時点 0 の点がないため (0, 1) を追加', lang: 'ja' }
 */
export function wordWarning(w: WarningLike, lang: Locale): WordedWarning {
	const words = WORDS[lang];
	if (!Object.hasOwn(words, w.code)) return { text: w.message, lang: 'en' };
	try {
		return { text: (words[w.code as ReconstructionWarningCode] as (p: unknown) => string)(w.params ?? {}), lang };
	} catch {
		// parameters the wording cannot read (e.g. a missing number): the English message still says it right
		return { text: w.message, lang: 'en' };
	}
}

/**
 * The arm a warning belongs to, before the warning: the arm's name as the reader's file has it.
 * @example armPrefix('idecel', 'ja') // 'idecel：'
 */
export const armPrefix = (arm: string, lang: Locale): string => localized(lang, { ja: `${arm}：`, en: `${arm}: ` });
