/** Schema of a support offer (content/offers/*.mdx): advice, networks, trainings, platforms. */
import { z } from 'zod';
import { offerTypes } from '../core/vocabulary.ts';
import {
  applicantList,
  fieldList,
  helpList,
  stageList,
  stateScope,
  provided,
  summary,
} from './common.ts';

export const offerSchema = z.object({
  /** Name of the offer. */
  title: z.string().min(3),
  /** What it offers and for whom, in one or two sentences. */
  summary,
  /** Who runs it. */
  provider: z.string().min(2),
  /** Kind of offer. */
  offerType: z.enum(offerTypes.ids),
  /** Länder where it is available: 'all' or ISO codes. */
  states: stateScope,
  /** Who it addresses. */
  audience: applicantList,
  /** Strategy stages it suits. */
  stages: stageList,
  /** Fields of action it covers. */
  fields: fieldList,
  /** The kinds of help it gives. */
  help: helpList,
  /** What it costs, in words as published (e.g. „kostenfrei“); leave out if not published. */
  cost: z.string().optional(),
  ...provided,
});

export type Offer = z.infer<typeof offerSchema>;
