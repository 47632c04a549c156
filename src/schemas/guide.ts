/** Schema of a guide (content/guides/*.mdx): a longer how-to text; its sections are ## headings. */
import { z } from 'zod';
import { fields, stages } from '../core/vocabulary.ts';
import { calendarDay, choices, fieldList, refs, stageList, summary } from './common.ts';

export const guideSchema = z
  .object({
    /** Title of the guide. */
    title: z.string().min(3).meta({
      title: 'Titel des Leitfadens',
      description: 'Kurzer Titel, der sagt, was der Leitfaden erklärt, z. B. „Digitalstrategie entwickeln“.',
    }),
    /** What the reader learns, in one or two sentences. */
    summary: summary.meta({
      title: 'Kurzbeschreibung',
      description: 'Was man aus dem Leitfaden lernt, in ein oder zwei Sätzen (80 bis 400 Zeichen, nur Text). Erscheint in Listen und als Beschreibung für Suchmaschinen.',
    }),
    /** Strategy stages it suits. */
    stages: stageList.meta({
      title: 'Phasen der Digitalstrategie',
      description: `In welchen Phasen der Digitalstrategie der Leitfaden hilft, eine oder mehrere: ${choices(stages)}.`,
    }),
    /** Fields of action it covers. */
    fields: fieldList.meta({
      title: 'Handlungsfelder',
      description: `Handlungsfelder, zu denen der Leitfaden gehört, eines oder mehrere: ${choices(fields)}.`,
    }),
    /** Day the guide was last revised (its „Stand“). */
    updated: calendarDay.meta({
      title: 'Stand',
      description: 'Tag, an dem der Leitfaden zuletzt überarbeitet wurde (sein „Stand“), im Format JJJJ-MM-TT, z. B. 2026-03-31.',
    }),
    /** Checklists to work through alongside the guide. */
    checklists: refs.meta({
      title: 'Passende Checklisten',
      description: 'Kennungen (Dateinamen ohne „.mdx“) der Checklisten, die man neben dem Leitfaden abarbeitet, z. B. „digitalstrategie-erarbeiten“. Jede muss es geben.',
    }),
  })
  .meta({
    title: 'Leitfaden',
    description: 'Ein längerer Praxistext, der Schritt für Schritt erklärt, wie etwas geht; seine Abschnitte sind Überschriften der zweiten Ebene (##).',
  });

export type Guide = z.infer<typeof guideSchema>;
