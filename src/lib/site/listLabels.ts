import { m } from '$lib/paraglide/messages';

// the printed criteria lists (inclusion, exclusion, facility, …) by their id, in the page's language
const LIST_LABELS: Record<string, () => string> = {
	inclusion: m.list_inclusion,
	exclusion: m.list_exclusion,
	facility: m.list_facility,
	physician: m.list_physician,
	information_management: m.list_information_management,
	adverse_event_response: m.list_adverse_event_response,
	eligible: m.list_eligible,
	ineligible: m.list_ineligible,
	contraindicated: m.list_contraindicated,
	safety_not_established: m.list_safety_not_established,
	ecog: m.list_ecog,
	precaution: m.list_precaution,
	indication: m.list_indication,
	dosing_step: m.list_dosing_step,
	tocilizumab: m.list_tocilizumab,
	rmm: m.list_rmm
};

/** A criteria list's label in the current language, or its id when it has none. */
export const listLabel = (list: string): string => LIST_LABELS[list]?.() ?? list;
