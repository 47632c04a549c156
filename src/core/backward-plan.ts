/**
 * A backward plan for a deadline: the steps a municipality must finish before it
 * can apply, counted back from the deadline with lead times the user can change.
 * A council that meets every six weeks cannot decide on an application the week
 * it is due; the plan shows when each step must be done, and which dates have
 * already passed.
 */
import { addDays } from './dates.ts';

export const milestones = [
  {
    id: 'haushalt',
    label: 'Haushaltsmittel für den Eigenanteil gesichert',
    help: 'Ansatz im Haushalt oder über- bzw. außerplanmäßige Ausgabe, beschlossen vom zuständigen Gremium',
    defaultWeeks: 12,
  },
  {
    id: 'ratsbeschluss',
    label: 'Beschluss des Rats oder Kreistags über den Antrag',
    help: 'viele Programme verlangen ihn als Anlage; Sitzungstermine und Ladungsfristen einrechnen',
    defaultWeeks: 6,
  },
  {
    id: 'antrag',
    label: 'Antrag fertig entworfen und abgestimmt',
    help: 'Zeit für Rückfragen an die Bewilligungsstelle und für Unterschriften',
    defaultWeeks: 2,
  },
] as const;

export type MilestoneId = (typeof milestones)[number]['id'];
/** Weeks before the deadline by which each step must be done. */
export type LeadTimes = Record<MilestoneId, number>;

export const defaultLeadTimes: LeadTimes = Object.fromEntries(milestones.map((m) => [m.id, m.defaultWeeks])) as LeadTimes;

/** More than two years ahead is no plan for a call; the field says so. */
export const MAX_LEAD_WEEKS = 104;

export interface PlannedStep {
  id: MilestoneId | 'frist';
  label: string;
  date: string;
  /** The day is before today: the step is late or must already be done. */
  past: boolean;
}

/** The milestones before `deadline`, earliest first, ending with the deadline itself. */
export function backwardPlan(deadline: string, deadlineLabel: string, lead: LeadTimes, today: string): PlannedStep[] {
  const steps: PlannedStep[] = milestones.map((m) => {
    const date = addDays(deadline, -7 * lead[m.id]);
    return { id: m.id, label: m.label, date, past: date < today };
  });
  steps.sort((a, b) => a.date.localeCompare(b.date));
  return [...steps, { id: 'frist', label: deadlineLabel, date: deadline, past: deadline < today }];
}

/**
 * Reads a lead time typed into a field: a whole number of weeks, 0 to MAX_LEAD_WEEKS.
 * Anything else is undefined, for the page to show an error at the field.
 */
export function parseWeeks(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const weeks = Number(trimmed);
  return weeks <= MAX_LEAD_WEEKS ? weeks : undefined;
}
