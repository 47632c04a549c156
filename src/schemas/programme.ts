/** Schema of a funding programme (content/programmes/*.mdx). */
import { z } from 'zod';
import { combinability, deadlineKinds, fundingTypes, levels, programmeStatuses, rateConditions } from '../core/vocabulary.ts';
import {
  applicantList,
  calendarDay,
  fieldList,
  isoDate,
  refs,
  stageList,
  stateScope,
  provided,
  summary,
} from './common.ts';

/** A dated deadline with what it is for. */
const deadline = z.object({
  /** Last day on which the step can be taken (YYYY-MM-DD). */
  date: calendarDay,
  /** What must happen by then, e.g. „Einreichung der Projektskizze“. */
  label: z.string().min(3),
  /** Kind of date: antragsfrist (default), stichtag, richtlinienende, aufruf-erwartet. */
  kind: z.enum(deadlineKinds.ids).default('antragsfrist'),
});

/** A date that comes back every year, e.g. the cut-off „jedes Jahr zum 15. Januar“. */
const recurringDeadline = z.object({
  /** Month and day as MM-DD, e.g. 01-15 for 15 January. */
  day: z
    .string()
    .regex(/^\d{2}-\d{2}$/, { error: 'Monat und Tag im Format MM-TT erwartet', abort: true })
    // A leap year admits 02-29; the status then falls back to 28 February in other years.
    .refine((value) => isoDate.safeParse(`2024-${value}`).success, 'kein gültiger Tag im Jahr'),
  /** What must happen by then, e.g. „Stichtag für Anträge“. */
  label: z.string().min(3),
  kind: z.enum(deadlineKinds.ids).default('stichtag'),
  /** Last year's date still in force (e.g. the guideline's end); leave out if open-ended. */
  until: calendarDay.optional(),
});

/** Inclusive range; either end may be unknown. */
const range = z
  .object({
    min: z.number().nonnegative().optional(),
    max: z.number().positive().optional(),
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min darf nicht größer als max sein');

/**
 * A rate the source states only for some applicants, e.g. „90 % für Kommunen in
 * Haushaltsnotlage“. The programme's own fundingRate is then the rate for everyone else.
 */
const specialRate = z.object({
  /**
   * Which applicants: haushaltsnotlage (Haushaltsnotlage or Haushaltssicherung), finanzschwach,
   * geringe-steuereinnahmekraft, raum-besonderer-handlungsbedarf (Bavaria's Raum mit besonderem Handlungsbedarf).
   */
  condition: z.enum(rateConditions.ids),
  /** Their rate in percent of eligible costs, as published: min and max alike for a fixed rate, only max for „bis zu“. */
  fundingRate: range.refine((r) => r.min !== undefined || r.max !== undefined, 'min oder max angeben'),
  /** The condition in the source's words where it says more than the label, e.g. „nur, wenn genügend Haushaltsmittel vorhanden sind“. */
  note: z.string().min(3).optional(),
});

export const programmeSchema = z
  .object({
    /** Official name of the programme. */
    title: z.string().min(3),
    /** What it funds, for whom, in one or two sentences. */
    summary,
    /** Who gives the money (Fördergeber), e.g. a ministry or the EU. */
    provider: z.string().min(2),
    /** Body that receives and approves applications (Bewilligungsstelle), where different. */
    approvingBody: z.string().optional(),
    /** Level of the provider: eu, bund, land or stiftung. */
    level: z.enum(levels.ids),
    /** Länder whose municipalities may apply: 'all' or ISO codes. */
    states: stateScope,
    /** Who may apply. */
    applicants: applicantList,
    /** Inhabitants of an eligible municipality; leave out when the programme sets no limit. */
    population: range.optional(),
    /** Strategy stages the programme suits. */
    stages: stageList,
    /** Fields of action it funds. */
    fields: fieldList,
    /** How it helps: zuschuss, darlehen, beratung, wettbewerb, sachleistung. */
    fundingTypes: z.array(z.enum(fundingTypes.ids)).min(1),
    /** Funding rate in percent of eligible costs, as published; leave out if unknown. Where some applicants get another rate, this is the rate for the others (see specialRates). */
    fundingRate: range.optional(),
    /** Rate conditions in words, e.g. „90 % für finanzschwache Kommunen“; stays as published when specialRates carry the figures. */
    fundingRateNote: z.string().optional(),
    /**
     * Rates the source states only for some applicants (Haushaltsnotlage, finanzschwach …), each
     * checked on the official page; fundingRate then holds the rate for all others. One entry per condition.
     */
    specialRates: z
      .array(specialRate)
      .default([])
      .refine((rates) => new Set(rates.map((r) => r.condition)).size === rates.length, 'jede Bedingung nur einmal angeben'),
    /** Amount per project in euros, as published; leave out if unknown. */
    amount: range.optional(),
    /** Own contribution (Eigenanteil) in words, as published. */
    ownContribution: z.string().optional(),
    /** Whether it may be combined with other funding; leave out if not published. */
    combinable: z.enum(combinability.ids).optional(),
    /** Whether the project may start before approval (vorzeitiger Maßnahmenbeginn). */
    earlyStart: z.boolean().optional(),
    /** Status as the official page states it on lastChecked. */
    status: z.enum(programmeStatuses.ids),
    /** Dated deadlines; empty for rolling programmes or calls not yet announced. */
    deadlines: z.array(deadline).default([]),
    /** Dates that recur every year; the next occurrence counts like a dated deadline. */
    recurringDeadlines: z.array(recurringDeadline).default([]),
    /** A note on deadlines in words, e.g. „Anträge jederzeit bis 31.12.2027“. */
    deadlineNote: z.string().optional(),
    /** The usual steps from idea to approval, in order. */
    applicationSteps: z.array(z.string().min(3)).default([]),
    /** Documents usually needed, e.g. Ratsbeschluss, Kosten- und Finanzierungsplan. */
    documents: z.array(z.string().min(3)).default([]),
    ...provided,
    /**
     * An umbrella fund (EFRE, ELER/LEADER, ESF Plus, Interreg, Städtebauförderung …):
     * not applied for as such; the Länder or local action groups spend it through programmes of their own.
     */
    umbrella: z.boolean().default(false),
    /** Umbrella funds (ids of programmes) whose money this programme spends. */
    fundedBy: refs,
    /** Programmes (ids) this one only co-finances, e.g. a Land top-up to the Bund's Gigabit call. */
    cofinances: refs,
    /** Practice examples (ids of their files); checklists and guides come with `provided`. */
    examples: refs,
  })
  .refine((p) => p.status !== 'offen' || p.deadlines.length > 0 || p.recurringDeadlines.length > 0 || p.deadlineNote, {
    message: 'ein offenes Programm braucht deadlines, recurringDeadlines oder deadlineNote',
    path: ['deadlines'],
  });

export type Programme = z.infer<typeof programmeSchema>;
