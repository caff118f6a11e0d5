import { tableName } from '../chartProvenance';
import type { Sentences } from './words';

/**
 * The wording of the engine's sentences about survival statistics recomputed from rebuilt patient data
 * (verify/survivalPending.ts).
 */
export const SURVIVAL_SENTENCES = {
	survival_median_by_construction: {
		ja: () => ['中央値は再構成の条件として一致させてあり、その信頼区間は中央値付近の再構成曲線に依存する。'],
		en: () => ['The median is met by construction; its interval depends on the rebuilt curve around it.']
	},
	survival_hr_stratified: {
		ja: () => [
			'公表されたハザード比は層別解析によるが（記載の方法を参照）、ここでの値は層別しておらず、層ごとのデータは文書に記載されていない。'
		],
		en: () => [
			'The published hazard ratio is stratified (see the stated method); this one is not, and the strata are not in the document.'
		]
	},
	survival_interval_95: {
		ja: (p) => [`95% 信頼区間：[${p.lower}, ${p.upper}]。`],
		en: (p) => [`95% interval: [${p.lower}, ${p.upper}].`]
	},
	survival_p_value: {
		ja: (p) => [`再構築したデータによるログランク検定の p 値は ${p.p} である。`],
		en: (p) => [`The log-rank p-value of the rebuilt data is ${p.p}.`]
	},
	survival_p_stratified: {
		ja: (p) => [`公表された p 値は層別ログランク検定によるが、ここでの値（p = ${p.p}）は層を用いていない。`],
		en: (p) => [
			`The published p-value comes from a stratified log-rank test; this one (p = ${p.p}) does not use the strata.`
		]
	},
	survival_rebuilt: {
		ja: (p) => [
			`${tableName(p.at_risk_table, 'ja')} のリスク患者数（${p.grid === 'printed' ? `記載された ${p.grid_months} カ月ごとの時点` : `${p.grid_months} カ月間隔と仮定`}）、イベント数及び中央値から表モードで再構成した患者単位データによる再計算であり、構成上、近似値である。`
		],
		en: (p) => [
			`Recomputed from patient data rebuilt in table mode from the numbers at risk (${tableName(p.at_risk_table, 'en')}, ${p.grid === 'printed' ? `at its printed times, every ${p.grid_months} months` : `on the assumed ${p.grid_months}-month grid`}), the event totals and the medians: approximate by construction.`
		]
	},
	survival_needs_patient_data: {
		ja: (p) => [
			`この集団にはリスク患者数の記載がなく、文書から患者単位の生存時間データが得られないため再計算できない${p.stratified ? '（印刷されたハザード比は層別解析による）' : ''}。`
		],
		en: (p) => [
			`Needs patient-level survival data that the document does not give for this population (no numbers at risk are printed for it)${p.stratified ? '; the printed ratio is stratified' : ''}.`
		]
	}
} satisfies Sentences;
