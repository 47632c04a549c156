/** Schema of a guide (content/guides/*.mdx): a longer how-to text; its sections are ## headings. */
import { z } from 'zod';
import { calendarDay, fieldList, refs, stageList, summary } from './common.ts';

export const guideSchema = z.object({
  /** Title of the guide. */
  title: z.string().min(3),
  /** What the reader learns, in one or two sentences. */
  summary,
  /** Strategy stages it suits. */
  stages: stageList,
  /** Fields of action it covers. */
  fields: fieldList,
  /** Day the guide was last revised (its „Stand“). */
  updated: calendarDay,
  /** Checklists to work through alongside the guide. */
  checklists: refs,
});

export type Guide = z.infer<typeof guideSchema>;
