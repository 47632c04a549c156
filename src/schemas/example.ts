/** Schema of a good-practice example (content/examples/*.mdx). */
import { z } from 'zod';
import { applicantTypes, fields, stateCodes } from '../core/vocabulary.ts';
import { choices, fieldList, sourced, summary } from './common.ts';

export const exampleSchema = z
  .object({
    /** Title of the example. */
    title: z.string().min(3).meta({
      title: 'Titel des Beispiels',
      description: 'Kurzer Titel, der sagt, was wo gemacht wurde, z. B. das Projekt und die Kommune.',
    }),
    /** What was done and what came of it, in one or two sentences. */
    summary: summary.meta({
      title: 'Kurzbeschreibung',
      description: 'Was gemacht wurde und was daraus geworden ist, in ein oder zwei Sätzen (80 bis 400 Zeichen, nur Text). Erscheint in Listen und als Beschreibung für Suchmaschinen.',
    }),
    /** The municipality or region, e.g. „Rhein-Neckar-Kreis“. */
    place: z.string().min(2).meta({
      title: 'Ort',
      description: 'Die Kommune oder Region, z. B. „Rhein-Neckar-Kreis“.',
    }),
    /** Land it lies in; several for cross-border regions. */
    states: z.array(z.enum(stateCodes)).min(1).meta({
      title: 'Länder',
      description: 'Land, in dem der Ort liegt, als Kürzel (ISO 3166-2 ohne „DE-“), z. B. BW; bei länderübergreifenden Regionen mehrere.',
    }),
    /** Kind of municipality. */
    applicantType: z.enum(applicantTypes.ids).meta({
      title: 'Art der Kommune',
      description: `Was für eine Kommune es ist: ${choices(applicantTypes)}.`,
    }),
    /** Inhabitants, as published by an official source; leave out if unsure. */
    population: z.number().int().positive().optional().meta({
      title: 'Einwohnerzahl',
      description: 'Einwohner als ganze Zahl ohne Tausenderpunkt, z. B. 12500 für 12.500 Einwohner, wie eine amtliche Quelle sie nennt. Leer lassen, wenn Sie unsicher sind.',
    }),
    /** Fields of action. */
    fields: fieldList.meta({
      title: 'Handlungsfelder',
      description: `Handlungsfelder des Projekts, eines oder mehrere: ${choices(fields)}.`,
    }),
    /** Official page of the project or municipality, when it was compared, and its version. */
    ...sourced,
  })
  .meta({
    title: 'Praxisbeispiel',
    description: 'Ein reales Digitalisierungsprojekt einer Kommune, belegt durch eine amtliche Seite des Projekts oder der Kommune.',
  });

export type Example = z.infer<typeof exampleSchema>;
