import { tableName } from '../chartProvenance';
import { methodNameIn } from '../checkWords';
import { ho, methods } from './phrases';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about proportion intervals: which method reproduces a printed interval, and
 * when Wald misleads (verify/intervalChecks.ts).
 */
export const INTERVAL_SENTENCES = {
	interval_not_plain: {
		ja: (p) => [
			`信頼区間は数値からのみ再計算できる（限界値は 6.8 や 93.2 のような数値、信頼水準は 0 と 100 の間、奏効例数は ${p.n} 例中 ${p.x} 例）。記載は [${p.lower}, ${p.upper}]、信頼水準 ${p.level}% であった。`
		],
		en: (p) => [
			`An interval is recomputed from plain numbers: bounds such as 6.8 and 93.2, a level between 0 and 100 and ${p.x} of ${p.n} responders; found [${p.lower}, ${p.upper}] at ${p.level}%.`
		]
	},
	interval_none_reproduces: {
		ja: (p) => [
			`${p.x}/${p.n}、信頼水準 ${p.level}% で [${p.lower}, ${p.upper}] を再現する方法はない${p.stated ? `（脚注の記載は ${ho(p.stated, 'ja')}）` : ''}。`,
			`各方法による区間：${p.methods.map((m, i) => `${methodNameIn(m, 'ja')} ${p.values[i]}`).join('、')}。`
		],
		en: (p) => [
			`No method reproduces [${p.lower}, ${p.upper}] for ${p.x}/${p.n} at ${p.level}%${p.stated ? ` (the footnote states ${methodNameIn(p.stated, 'en')})` : ''}. `,
			`Each method gives: ${p.methods.map((m, i) => `${methodNameIn(m, 'en')} ${p.values[i]}`).join('; ')}.`
		]
	},
	interval_stated_reproduces: {
		ja: (p) => [
			`記載の ${ho(p.stated, 'ja')}で再現される。`,
			p.also.length > 0 ? `${methods(p.also, 'ja')}でも再現される。` : ''
		],
		en: (p) => [
			`The stated ${methodNameIn(p.stated, 'en')} interval reproduces it${p.also.length > 0 ? `, as do ${methods(p.also, 'en')}` : ''}.`
		]
	},
	interval_other_method: {
		ja: (p) => [
			`脚注では ${ho(p.stated, 'ja')}とされているが（${ho(p.stated, 'ja')}では ${p.stated_gives}）、印刷された区間を再現するのは ${methods(p.reproducing, 'ja')}である。`
		],
		en: (p) => [
			`The footnote states ${methodNameIn(p.stated, 'en')}, which gives ${p.stated_gives}; the printed interval is reproduced by ${methods(p.reproducing, 'en')} instead.`
		]
	},
	interval_no_stated: {
		ja: (p) => [`方法の記載はない。${methods(p.reproducing, 'ja')}で再現される。`],
		en: (p) => [
			`No method is stated; ${methods(p.reproducing, 'en')} reproduce${p.reproducing.length === 1 ? 's' : ''} it.`
		]
	},
	wald_unreliable: {
		ja: (p) => [
			`${p.n} 例中 ${p.x} 例（${p.few === 'events' ? '事象あり' : '事象なし'}が 5 例未満）では Wald 法は信頼できず、実際の被覆確率は ${p.level}% を大きく下回る（Brown, Cai & DasGupta 2001）。`
		],
		en: (p) => [
			`The Wald interval is unreliable here: with ${p.x} of ${p.n} (fewer than 5 ${p.few}) its actual coverage falls well below ${p.level}% (Brown, Cai & DasGupta 2001).`
		]
	},
	wald_truncated_only: {
		ja: (p) => [
			`[0, 100] に切り詰めた Wald 区間でのみ再現される。切り詰める前の${p.bound === 'lower' ? '下限' : '上限'}（${p.value}）が ${p.bound === 'lower' ? 0 : 100} に切り詰められており、正規近似がこの例数に適合しないことを示す。`
		],
		en: (p) => [
			`Only a Wald interval truncated to [0, 100] reproduces it: the untruncated ${p.bound} bound (${p.value}) was cut at ${p.bound === 'lower' ? 0 : 100}, a sign the normal approximation does not fit these counts.`
		]
	},
	wald_zero_width: {
		ja: (p) => [`${p.n} 例中 ${p.x} 例では Wald 区間の幅が 0 となり、不確かさを何も示さない。`],
		en: (p) => [`With ${p.x} of ${p.n} the Wald interval has zero width: it says nothing about uncertainty.`]
	},
	counts_from: {
		ja: (p) => [`例数 ${p.x}/${p.n} は${tableName(p.table, 'ja')}（${p.line} 行目）による。`],
		en: (p) => [`Counts ${p.x}/${p.n} from ${tableName(p.table, 'en')} (line ${p.line}).`]
	}
} satisfies Sentences;
