import type { Dataset } from '$lib/data/dataset';
import { isDatasetOf, type DatasetOf } from '$lib/data/typedRows';
import type { DocumentProfile, SurveyRationale } from '$lib/documents/profile';
import { SURVEY_RECIPE_KINDS } from '$lib/documents/surveyRecipeKinds';
import type { Check } from './check';
import { printedCount } from './impliedRateCounts';
import { whereOf } from './location';
import { RecipeInputError, runSurveyRecipe, type RecipeInput, type SurveyNumber } from './surveyRecipes';

/**
 * The sample-size rationales of the documents' surveys, each recomputed from the numbers the rationale itself prints:
 * each profile's `verification.survey_rationales` names the formula (its kind) and the rows of the document's
 * rmp_survey_number table it reads, by survey and seq. Throws, naming the profile field, for a survey, a row or an
 * input the data does not have.
 * @example surveyChecks(datasets, [rmp])[0]?.recomputed // '29': the RMP's first rationale, 1 − 0.9ⁿ ≥ 0.95 from n = 29
 */
export function surveyChecks(datasets: readonly Dataset[], profiles: readonly DocumentProfile[]): Check[] {
	const checks: Check[] = [];
	for (const profile of profiles) {
		const rationales = profile.verification.survey_rationales;
		if (rationales.length === 0) continue;
		const field = `${profile.slug}/document.json: verification.survey_rationales`;
		const numbers = datasets.find((x) => isDatasetOf(x, 'rmp_survey_number') && x.entry.document === profile.file);
		if (!numbers || !isDatasetOf(numbers, 'rmp_survey_number'))
			throw new Error(`${field}: the document has no rmp_survey_number table to read them from`);
		// the survey's name (its rmp_survey table) names the place; its id when the document has no survey table
		const surveys = datasets.find((x) => isDatasetOf(x, 'rmp_survey') && x.entry.document === profile.file)?.rows ?? [];
		const surveyName = (id: string) => {
			const s = surveys.find((x) => x.survey_id === id);
			return { en: s?.name_en || id, ja: s?.name_ja || s?.name_en || id };
		};
		// "RMP section 2": the document's short name and the section of its survey table
		const place = numbers.entry.section ? `${profile.short_en} section ${numbers.entry.section}` : profile.short_en;
		rationales.forEach((rationale, i) =>
			checks.push(check(numbers, rationale, `${field}[${i}]`, profile.short_en, place, surveyName))
		);
	}
	return checks;
}

/** One rationale's check: its rows found by seq, recomputed by its kind's formula. */
function check(
	numbers: DatasetOf<'rmp_survey_number'>,
	rationale: SurveyRationale,
	field: string,
	documentName: string,
	place: string,
	surveyName: (id: string) => { en: string; ja: string }
): Check {
	const file = numbers.entry.file;
	const rows = numbers.rows.filter((r) => r.survey_id === rationale.survey);
	if (rows.length === 0) throw new Error(`${field}.survey: ${file} has no rows of survey ${rationale.survey}`);
	const rowAt = (seq: number, path: string) => {
		const found = rows.find((r) => r.seq === String(seq));
		if (!found) throw new Error(`${field}.${path}: survey ${rationale.survey} has no row seq ${seq} in ${file}`);
		return found;
	};
	const result = rowAt(rationale.result, 'result');
	const inputs: Record<string, SurveyNumber> = {};
	for (const [name, seq] of Object.entries<number>(rationale.inputs)) inputs[name] = rowAt(seq, `inputs.${name}`);
	const quote = rationale.quote ?? '';
	// words that print the result must print the number the row holds
	if (SURVEY_RECIPE_KINDS[rationale.kind].quote === 'result' && printedCount(quote)?.value !== result.value)
		throw new Error(
			`${field}.quote: "${quote}" names ${printedCount(quote)?.value ?? 'no number'}, row seq ${result.seq} prints ${result.value}`
		);
	let out;
	try {
		out = runSurveyRecipe(rationale.kind, {
			rows: inputs as RecipeInput<typeof rationale.kind>['rows'],
			result,
			quote,
			trial: rationale.trial ?? '',
			documentName
		});
	} catch (e) {
		if (e instanceof RecipeInputError)
			throw new Error(`${field}.${e.input === 'result' ? 'result' : `inputs.${e.input}`}: ${e.message}`, {
				cause: e
			});
		throw e;
	}
	return {
		id: `${numbers.entry.id}/${rationale.survey}/${rationale.result}/sample_size`,
		document: numbers.entry.document,
		location: `${place}, ${rationale.survey}: ${rationale.what ?? result.quantity_en}`,
		where: whereOf(numbers, result, out.quantity, surveyName(rationale.survey)),
		kind: 'sample_size',
		numerator: out.numerator ?? null,
		denominator: out.denominator ?? null,
		published: result.value,
		recomputed: out.recomputed,
		method: out.method,
		...(out.method_explanation ? { method_explanation: out.method_explanation } : {}),
		stated_method: null,
		status: out.status,
		detail: out.detail,
		explanation: out.explanation,
		dataset: numbers.entry.id,
		source_line: Number(result.source_line)
	};
}
