/** Schema of a good-practice example (content/examples/*.mdx). */
import { z } from 'zod';
import { applicantTypes, stateCodes } from '../core/vocabulary.ts';
import { calendarDay, fieldList, httpsUrl, summary } from './common.ts';

export const exampleSchema = z.object({
  /** Title of the example. */
  title: z.string().min(3),
  /** What was done and what came of it, in one or two sentences. */
  summary,
  /** The municipality or region, e.g. „Rhein-Neckar-Kreis“. */
  place: z.string().min(2),
  /** Land it lies in; several for cross-border regions. */
  states: z.array(z.enum(stateCodes)).min(1),
  /** Kind of municipality. */
  applicantType: z.enum(applicantTypes.ids),
  /** Inhabitants, as published by an official source; leave out if unsure. */
  population: z.number().int().positive().optional(),
  /** Fields of action. */
  fields: fieldList,
  /** Official page of the project or municipality. */
  sourceUrl: httpsUrl,
  /** Day an editor last checked the entry against sourceUrl. */
  lastChecked: calendarDay,
  /** Version of the source the entry reflects, e.g. „Stand der Seite: Oktober 2025“. */
  sourceVersion: z.string().min(3).optional(),
});

export type Example = z.infer<typeof exampleSchema>;
