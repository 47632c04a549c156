/** Schema of a good-practice example (content/examples/*.mdx). */
import { z } from 'zod';
import { applicantTypes, stateCodes } from '../core/vocabulary.ts';
import { fieldList, sourced, summary } from './common.ts';

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
  /** Official page of the project or municipality, when it was compared, and its version. */
  ...sourced,
});

export type Example = z.infer<typeof exampleSchema>;
