/** Schema of a funding programme (content/programmes/*.mdx). */
import { z } from 'zod';
import { combinability, fundingTypes, levels, programmeStatuses } from '../lib/vocabulary.ts';
import {
  applicantList,
  calendarDay,
  contact,
  fieldList,
  httpsUrl,
  refs,
  stageList,
  stateScope,
  summary,
} from './common.ts';

/** A dated deadline with what it is for. */
const deadline = z.object({
  /** Last day on which the step can be taken (YYYY-MM-DD). */
  date: calendarDay,
  /** What must happen by then, e.g. „Einreichung der Projektskizze“. */
  label: z.string().min(3),
});

/** Inclusive range; either end may be unknown. */
const range = z
  .object({
    min: z.number().nonnegative().optional(),
    max: z.number().positive().optional(),
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min darf nicht größer als max sein');

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
    /** Funding rate in percent of eligible costs, as published; leave out if unknown. */
    fundingRate: range.optional(),
    /** Rate conditions in words, e.g. „90 % für finanzschwache Kommunen“. */
    fundingRateNote: z.string().optional(),
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
    /** A note on deadlines in words, e.g. „Anträge jederzeit bis 31.12.2027“. */
    deadlineNote: z.string().optional(),
    /** The usual steps from idea to approval, in order. */
    applicationSteps: z.array(z.string().min(3)).default([]),
    /** Documents usually needed, e.g. Ratsbeschluss, Kosten- und Finanzierungsplan. */
    documents: z.array(z.string().min(3)).default([]),
    /** Official contact point. */
    contact: contact.optional(),
    /** The provider's own page for the programme. */
    sourceUrl: httpsUrl,
    /** Day an editor last checked the entry against sourceUrl. */
    lastChecked: calendarDay,
    /** Related checklists, guides and examples (ids of their files). */
    checklists: refs,
    guides: refs,
    examples: refs,
  })
  .refine((p) => p.status !== 'offen' || p.deadlines.length > 0 || p.deadlineNote, {
    message: 'ein offenes Programm braucht deadlines oder deadlineNote',
    path: ['deadlines'],
  });

export type Programme = z.infer<typeof programmeSchema>;
