/** Schema of a checklist (content/checklists/*.mdx): steps with stable ids. */
import { z } from 'zod';
import { calendarDay, fieldList, refs, slug, stageList, summary } from './common.ts';

const item = z.object({
  /** Stable anchor id; consultants link to it, so never rename it. */
  id: slug,
  /** The step, as an instruction. */
  text: z.string().min(3),
  /** A short explanation of why or how. */
  detail: z.string().optional(),
  /** Whether the step is required (Pflicht) or recommended (Empfohlen). */
  required: z.boolean().default(false),
  /** Guide section that explains the step: „<guide-id>#<heading-anchor>“; the guide must exist. */
  see: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[^\s#]+$/, 'Verweis im Format leitfaden-id#abschnitt erwartet')
    .optional(),
});

export const checklistSchema = z
  .object({
    /** Title of the checklist. */
    title: z.string().min(3),
    /** What it helps to do, in one or two sentences. */
    summary,
    /** Strategy stages it suits. */
    stages: stageList,
    /** Fields of action it covers. */
    fields: fieldList,
    /** The steps, in order. */
    items: z.array(item).min(3),
    /** Day the checklist was last reviewed. */
    updated: calendarDay,
    /** Guides that explain the steps in depth. */
    guides: refs,
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.items.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', message: `Kennung „${entry.id}“ doppelt`, path: ['items', index, 'id'] });
      }
      seen.add(entry.id);
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
