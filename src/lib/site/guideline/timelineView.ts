import type { TimelineLaneInput } from '$lib/charts/treatmentTimelineLayout';
import type { OnsetWindow, TimelineData } from './treatmentTimeline';

/** Localized wording of the timeline; every number is passed in as printed. */
export interface TimelineText {
	readonly leukapheresis: string;
	readonly bridging: string;
	readonly lymphodepletion: string;
	readonly infusion: string;
	readonly crs: (trial: string) => string;
	readonly neuro: (trial: string) => string;
	readonly notPrinted: string;
	readonly bridgingTrials: (days: string, trials: string) => string;
	readonly lymphodepletionWhen: (start: string, days: string) => string;
	readonly infusionWhen: (minutes: string) => string;
	readonly onset: (median: string, lower: string, upper: string) => string;
}

export interface TimelineTableRow {
	readonly id: string;
	readonly phase: string;
	readonly when: string;
	readonly lines: readonly string[];
}

/**
 * The timeline as chart lanes and as a table (its text alternative). Leukapheresis and bridging have no printed
 * day or length in sections 1 and 6: they are drawn without one. Lymphodepletion starts the printed number of days
 * before the infusion and lasts the printed number of days; onset windows are the printed median and range.
 * @example timelineView(data, timelineText()).lanes.map((l) => l.kind).slice(0, 4) // ['unscaled', 'unscaled', 'span', 'point']
 */
export function timelineView(
	data: TimelineData,
	t: TimelineText
): { lanes: TimelineLaneInput[]; rows: TimelineTableRow[] } {
	const ld = data.lymphodepletion;
	const bridgingDays = [...new Set(data.bridging.trials.map((b) => b.daysBefore.printed))].join(', ');
	const bridgingTrials = data.bridging.trials.map((b) => b.trial).join(', ');
	const windows = (list: readonly OnsetWindow[], group: 'crs' | 'neuro') =>
		list.map((w) => ({
			lane: {
				id: `${group}-${w.trial}`,
				label: group === 'crs' ? t.crs(w.trial) : t.neuro(w.trial),
				kind: 'window' as const,
				group,
				median: Number(w.median.printed),
				lower: Number(w.lower),
				upper: Number(w.upper),
				note: t.onset(w.median.printed, w.lower, w.upper)
			},
			line: w.median.line
		}));
	const onsets = [...windows(data.crsOnset, 'crs'), ...windows(data.neuroOnset, 'neuro')];
	const lanes: TimelineLaneInput[] = [
		{ id: 'leukapheresis', label: t.leukapheresis, kind: 'unscaled', note: t.notPrinted },
		{ id: 'bridging', label: t.bridging, kind: 'unscaled', note: t.notPrinted },
		{
			id: 'lymphodepletion',
			label: t.lymphodepletion,
			kind: 'span',
			from: -Number(ld.startDaysBefore.printed),
			days: Number(ld.days.printed),
			note: t.lymphodepletionWhen(ld.startDaysBefore.printed, ld.days.printed)
		},
		{
			id: 'infusion',
			label: t.infusion,
			kind: 'point',
			day: 0,
			note: t.infusionWhen(data.infusion.premedicationMinutes.printed)
		},
		...onsets.map((o) => o.lane)
	];
	const rows: TimelineTableRow[] = [
		{ id: 'leukapheresis', phase: t.leukapheresis, when: t.notPrinted, lines: [data.leukapheresis.line] },
		{
			id: 'bridging',
			phase: t.bridging,
			when: `${t.notPrinted} ${t.bridgingTrials(bridgingDays, bridgingTrials)}`,
			lines: data.bridging.trials.map((b) => b.daysBefore.line)
		},
		{
			id: 'lymphodepletion',
			phase: t.lymphodepletion,
			when: t.lymphodepletionWhen(ld.startDaysBefore.printed, ld.days.printed),
			lines: [ld.startDaysBefore.line, ld.days.line]
		},
		{
			id: 'infusion',
			phase: t.infusion,
			when: t.infusionWhen(data.infusion.premedicationMinutes.printed),
			lines: [data.infusion.line, data.infusion.premedicationMinutes.line]
		},
		...onsets.map((o) => ({ id: o.lane.id, phase: o.lane.label, when: o.lane.note, lines: [o.line] }))
	];
	return { lanes, rows };
}
