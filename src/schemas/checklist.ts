/** Schema of a checklist (content/checklists/*.mdx): steps with stable ids. */
import { z } from 'zod';
import { fields, stages } from '../core/vocabulary.ts';
import { calendarDay, choices, fieldList, refs, slug, stageList, summary } from './common.ts';

const item = z.object({
  /** Stable anchor id; consultants link to it, so never rename it. */
  id: slug.meta({
    title: 'Kennung des Schritts',
    description: 'Feste Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. „ratsbeschluss-einholen“; in der Checkliste nur einmal. Beratende verlinken darauf: nie umbenennen.',
  }),
  /** The step, as an instruction. */
  text: z.string().min(3).meta({
    title: 'Schritt',
    description: 'Der Schritt als Handlungsanweisung, z. B. „Ratsbeschluss einholen“.',
  }),
  /** A short explanation of why or how. */
  detail: z.string().optional().meta({
    title: 'Erläuterung',
    description: 'Kurz, warum oder wie man den Schritt geht. Leer lassen, wenn der Schritt für sich spricht.',
  }),
  /** Whether the step is required (Pflicht) or recommended (Empfohlen). */
  required: z.boolean().default(false).meta({
    title: 'Pflicht',
    description: 'Ja (true), wenn der Schritt Pflicht ist; nein (false, Voreinstellung), wenn er empfohlen ist.',
  }),
  /** Guide section that explains the step: „<guide-id>#<heading-anchor>“; the guide must exist. */
  see: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[^\s#]+$/, 'Verweis im Format leitfaden-id#abschnitt erwartet')
    .optional()
    .meta({
      title: 'Mehr dazu im Leitfaden',
      description: 'Abschnitt eines Leitfadens, der den Schritt erklärt, im Format „leitfaden-id#abschnitt“, z. B. „digitalstrategie-entwickeln#schritt-2-menschen-beteiligen“. Den Leitfaden muss es geben. Sonst leer lassen.',
    }),
});

export const checklistSchema = z
  .object({
    /** Title of the checklist. */
    title: z.string().min(3).meta({
      title: 'Titel der Checkliste',
      description: 'Kurzer Titel, der sagt, wobei die Checkliste hilft, z. B. „Förderantrag vorbereiten“.',
    }),
    /** What it helps to do, in one or two sentences. */
    summary: summary.meta({
      title: 'Kurzbeschreibung',
      description: 'Wobei die Checkliste hilft, in ein oder zwei Sätzen (80 bis 400 Zeichen, nur Text). Erscheint in Listen und als Beschreibung für Suchmaschinen.',
    }),
    /** Strategy stages it suits. */
    stages: stageList.meta({
      title: 'Phasen der Digitalstrategie',
      description: `In welchen Phasen der Digitalstrategie die Checkliste hilft, eine oder mehrere: ${choices(stages)}.`,
    }),
    /** Fields of action it covers. */
    fields: fieldList.meta({
      title: 'Handlungsfelder',
      description: `Handlungsfelder, zu denen die Checkliste gehört, eines oder mehrere: ${choices(fields)}.`,
    }),
    /** The steps, in order. */
    items: z.array(item).min(3).meta({
      title: 'Schritte',
      description: 'Die Schritte in ihrer Reihenfolge, mindestens drei.',
    }),
    /** Day the checklist was last reviewed. */
    updated: calendarDay.meta({
      title: 'Stand',
      description: 'Tag, an dem die Checkliste zuletzt durchgesehen wurde, im Format JJJJ-MM-TT, z. B. 2026-03-31.',
    }),
    /** Guides that explain the steps in depth. */
    guides: refs.meta({
      title: 'Passende Leitfäden',
      description: 'Kennungen (Dateinamen ohne „.mdx“) der Leitfäden, die die Schritte ausführlich erklären, z. B. „foerdermittel-beantragen“. Jeden muss es geben.',
    }),
  })
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.items.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', message: `Kennung „${entry.id}“ doppelt`, path: ['items', index, 'id'] });
      }
      seen.add(entry.id);
    });
  })
  .meta({
    title: 'Checkliste',
    description: 'Eine Checkliste: Schritte mit festen Kennungen, die eine Kommune der Reihe nach abarbeitet.',
  });

export type Checklist = z.infer<typeof checklistSchema>;
