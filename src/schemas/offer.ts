/** Schema of a support offer (content/offers/*.mdx): advice, networks, trainings, platforms. */
import { z } from 'zod';
import { applicantTypes, fields, helpTypes, offerTypes, stages } from '../core/vocabulary.ts';
import {
  applicantList,
  choices,
  fieldList,
  helpList,
  stageList,
  stateScope,
  provided,
  summary,
} from './common.ts';

export const offerSchema = z
  .object({
    /** Name of the offer. */
    title: z.string().min(3).meta({
      title: 'Name des Angebots',
      description: 'Name des Angebots, wie ihn der Anbieter schreibt.',
    }),
    /** What it offers and for whom, in one or two sentences. */
    summary: summary.meta({
      title: 'Kurzbeschreibung',
      description: 'Was das Angebot bietet und für wen, in ein oder zwei Sätzen (80 bis 400 Zeichen, nur Text). Erscheint in Listen und als Beschreibung für Suchmaschinen.',
    }),
    /** Who runs it. */
    provider: z.string().min(2).meta({
      title: 'Anbieter',
      description: 'Wer das Angebot betreibt, z. B. eine Landesagentur, ein Kompetenzzentrum oder ein kommunaler Spitzenverband. Der volle Name, wie ihn die Quelle nennt.',
    }),
    /** Kind of offer. */
    offerType: z.enum(offerTypes.ids).meta({
      title: 'Art des Angebots',
      description: `Was für ein Angebot es ist: ${choices(offerTypes)}.`,
    }),
    /** Länder where it is available: 'all' or ISO codes. */
    states: stateScope.meta({
      title: 'Länder',
      description: 'Länder, in denen das Angebot zu haben ist: „all“ für ganz Deutschland, sonst eine Liste von Länderkürzeln (ISO 3166-2 ohne „DE-“), z. B. BY, NW.',
    }),
    /** Who it addresses. */
    audience: applicantList.meta({
      title: 'Für wen',
      description: `Wen das Angebot anspricht, einer oder mehrere: ${choices(applicantTypes)}.`,
    }),
    /** Strategy stages it suits. */
    stages: stageList.meta({
      title: 'Phasen der Digitalstrategie',
      description: `In welchen Phasen der Digitalstrategie das Angebot hilft, eine oder mehrere: ${choices(stages)}.`,
    }),
    /** Fields of action it covers. */
    fields: fieldList.meta({
      title: 'Handlungsfelder',
      description: `Handlungsfelder, zu denen das Angebot hilft, eines oder mehrere: ${choices(fields)}.`,
    }),
    /** The kinds of help it gives. */
    help: helpList.meta({
      title: 'Hilfe',
      description: `Welche Hilfe das Angebot gibt, eine oder mehrere: ${choices(helpTypes)}.`,
    }),
    /** What it costs, in words as published (e.g. „kostenfrei“); leave out if not published. */
    cost: z.string().optional().meta({
      title: 'Kosten',
      description: 'Was das Angebot kostet, in Worten wie veröffentlicht, z. B. „kostenfrei“. Leer lassen, wenn die Quelle nichts dazu sagt.',
    }),
    ...provided,
  })
  .meta({
    title: 'Unterstützungsangebot',
    description: 'Ein Angebot, das Kommunen bei der Digitalisierung ohne eigenes Förderverfahren hilft: Beratung, Netzwerk, Weiterbildung, Wissensplattform oder Arbeitshilfe.',
  });

export type Offer = z.infer<typeof offerSchema>;
