import { m } from '$lib/paraglide/messages';
import type { Locale } from './i18n';

// The RMP's risk-minimisation list marks its items by kind with ids (routine, safety_concern …): worded as the RMP
// form's own headings.
const KIND: Readonly<Record<string, (inputs: object, options: { locale: Locale }) => string>> = {
	routine: m.item_code_routine,
	additional: m.item_code_additional,
	safety_concern: m.item_code_safety_concern,
	method: m.item_code_method,
	milestones: m.item_code_milestones,
	objective: m.item_code_objective,
	report_timing: m.item_code_report_timing
};

/**
 * A list item's number as the document prints it ("表 14 (1)", "①-2") with 表/図 worded for an English page, or the
 * heading of an item kind given by id.
 * @example itemCode('表 14 (1)', 'en') // 'Table 14 (1)'
 * @example itemCode('safety_concern', 'ja') // '安全性検討事項'
 */
export function itemCode(code: string, lang: Locale): string {
	if (Object.hasOwn(KIND, code)) return KIND[code]!({}, { locale: lang });
	return lang === 'en' ? code.replace(/^表\s*(\d+)/, 'Table $1').replace(/^図\s*(\d+)/, 'Figure $1') : code;
}
