import type { Quantity, QuantityCode, QuantityParams } from '$lib/verify/explanation';
import type { Locale } from '../i18n';
import { gradeText } from '../rmp/figureText';
import { wordCode, type Wording, type Words } from './words';

/** What a checked number is (a check's `where.quantity`), worded in Japanese or English. */

/** A grade as printed, with グレード in Japanese as the guideline writes it: "grade3 以上" → "グレード 3 以上". */
function gradeWords(grade: string, lang: Locale): string {
	if (lang === 'en') return gradeText(grade, 'en');
	return grade.replace(/全 ?grade/g, '全グレード').replace(/grade ?(?=\d)/g, 'グレード ');
}

// a survival statistic's name when a reader's file gives no Japanese label
const STATISTIC_JA: Readonly<Record<string, string>> = {
	median: '中央値',
	hazard_ratio: 'ハザード比',
	p_value: 'p 値',
	events: 'イベント数',
	deaths: '死亡数',
	landmark_survival: '生存率',
	progression: 'PD',
	death_before_progression: 'PD 確認前の死亡'
};

const QUANTITIES: { readonly [C in QuantityCode]: Wording<QuantityParams[C]> } = {
	orr: { ja: () => ['全奏効割合'], en: () => ['ORR'] },
	orr_ci: { ja: (p) => [`全奏効割合の ${p.level}% 信頼区間`], en: (p) => [`${p.level}% CI of the ORR`] },
	category: { ja: (p) => [p.category], en: (p) => [p.category] },
	adverse_reaction: {
		ja: (p) => [`${p.term_ja || p.term_en}（${p.grade === 'all' ? '全グレード' : 'グレード 3 以上'}）`],
		en: (p) => [`${p.term_en}, ${p.grade === 'all' ? 'all grades' : 'grade ≥3'}`]
	},
	survival_statistic: {
		ja: (p) => {
			const name = p.statistic_ja || STATISTIC_JA[p.statistic] || p.statistic;
			return [
				`${name.startsWith(p.endpoint) ? name : `${p.endpoint} ${name}`}${p.time_point ? `（${p.time_point} カ月時点）` : ''}`
			];
		},
		en: (p) => [`${p.endpoint} ${p.statistic.replaceAll('_', ' ')}${p.time_point ? ` at ${p.time_point} months` : ''}`]
	},
	incidence: {
		ja: (p) => [
			`${p.trial ? `${p.trial}：` : ''}${p.event_ja || p.event_en}${p.grade ? `（${gradeWords(p.grade, 'ja')}）` : ''}`
		],
		en: (p) => [`${p.trial ? `${p.trial}: ` : ''}${p.event_en}${p.grade ? ` (${gradeWords(p.grade, 'en')})` : ''}`]
	},
	quantity: { ja: (p) => [p.ja || p.en], en: (p) => [p.en] },
	p_value: {
		ja: (p) => [`閾値 ${p.threshold}% に対する${p.sided === 'two-sided' ? '両側' : '片側'} p 値`],
		en: (p) => [`${p.sided === 'two-sided' ? 'two-sided' : 'one-sided'} p-value against ${p.threshold}%`]
	},
	categories_sum: { ja: () => ['効果判定別の例数の合計 = N'], en: () => ['response categories sum to N'] },
	// a report from before the categories were named: IMWG's
	responders_sum: {
		ja: (p) => [`奏効例数 = ${(p.categories ?? ['sCR', 'CR', 'VGPR', 'PR']).join(' + ')}`],
		en: (p) => [`responders = ${(p.categories ?? ['sCR', 'CR', 'VGPR', 'PR']).join(' + ')}`]
	},
	events_sum: {
		ja: (p) => [`${p.endpoint} イベント数 = PD + PD 確認前の死亡`],
		en: (p) => [`${p.endpoint} events = progression + death before progression`]
	},
	pooled_sum: {
		ja: (p) => [
			`${p.item_ja || p.item_en}${p.grade === 'all' ? '（全グレード）' : p.grade === '3plus' ? '（グレード 3 以上）' : ''}：併合列 = 各コホートの合計`
		],
		en: (p) => [
			`${p.item_en}${p.grade === 'all' ? ', all grades' : p.grade === '3plus' ? ', grade ≥3' : ''}: pooled column = sum of its cohorts`
		]
	},
	subgroups_n: { ja: () => ['部分集団の例数の合計 = ITT 集団の各群'], en: () => ['subgroup N add up to the ITT arm'] },
	subgroups_events: {
		ja: () => ['部分集団の PFS イベント数の合計 = ITT 集団の各群'],
		en: () => ['subgroup PFS events add up to the ITT arm']
	},
	hazard_ratio: { ja: (p) => [`${p.endpoint} のハザード比`], en: (p) => [`${p.endpoint} hazard ratio`] },
	hr_log_symmetry: {
		ja: (p) => [`${p.endpoint} のハザード比、${p.level}% 信頼区間（対数尺度での対称性）`],
		en: (p) => [`${p.endpoint} hazard ratio, ${p.level}% CI on the log scale`]
	},
	hr_re_expressed: {
		ja: (p) => [`${p.endpoint} のハザード比、${p.level}% 信頼区間の 95% への換算`],
		en: (p) => [`${p.endpoint} hazard ratio, ${p.level}% CI re-expressed at 95%`]
	},
	// one figure can cover the same event twice (two rows): each event once
	quoted_figure: {
		ja: (p) => [[...new Set(p.events_ja)].join('、')],
		en: (p) => [[...new Set(p.events_en)].join(', ')]
	},
	n_for_one_serious_infection: {
		ja: (p) => [`重篤な感染症を ${p.probability}% の確率で 1 例以上検出するのに必要な例数`],
		en: (p) => [`patients needed to see ≥1 serious infection with ${p.probability}% probability`]
	},
	n_for_doubled_infection_rate: {
		ja: (p) => [
			`重篤な感染症の発現割合の倍増を検出するのに必要な例数（閾値 ${p.threshold}%、有意水準片側 ${p.alpha}%、検出力 ${p.power}%）`
		],
		en: (p) => [
			`patients needed to detect a doubled serious-infection rate (threshold ${p.threshold}%, one-sided ${p.alpha}%, power ${p.power}%)`
		]
	},
	probability_of_one_case: {
		ja: (p) => [`発現割合 ${p.rate}% の有害事象を ${p.n} 例中 1 例以上収集できる確率（記載は ${p.claimed}% 以上）`],
		en: (p) => [
			`probability of collecting ≥1 case of an adverse event with incidence ${p.rate}% among ${p.n} patients (claimed ≥${p.claimed}%)`
		]
	},
	expected_serious_infections: {
		ja: (p) => [
			`${p.trial ? `${p.trial} 試験` : '国外臨床試験'}の発現割合で ${p.n} 例中に見込まれる重篤な感染症の例数`
		],
		en: (p) => [`expected serious infections among ${p.n} patients at the ${p.trial || 'foreign trial'} rate`]
	},
	accrual_total: {
		ja: (p) => [`${p.approximate ? '概ね ' : ''}${p.years} 年間の収集例数（初年度と以降の各年の合計）`],
		en: (p) => [
			p.approximate
				? `accrual: first year plus later years over about ${p.years} years`
				: `accrual over the ${p.years}-year registration`
		]
	},
	n_for_trial_precision: {
		ja: (p) => [`臨床試験と同程度の精度で mRSS 変化量を推定するのに必要な例数（SD ${p.sd}、試験の標準誤差 ${p.se}）`],
		en: (p) => [`patients for an mRSS estimate as precise as the trial (SD ${p.sd}, trial SE ${p.se})`]
	}
};

/**
 * What a number is, in the reader's language; null for an unknown code.
 * @example quantityWords({ code: 'orr_ci', params: { level: '95' } }, 'ja') // ['全奏効割合の 95% 信頼区間']
 */
export const quantityWords = (q: Quantity, lang: Locale): Words | null =>
	wordCode(QUANTITIES as unknown as Record<string, Wording<never>>, q, lang);
