/**
 * Building blocks shared by the collection schemas. Every vocabulary field takes
 * its ids from src/core/vocabulary.ts, so a value outside the vocabulary is a
 * schema error that names the allowed ids.
 *
 * Every field of a collection carries `.meta({ title, description })`: the German
 * label and help text an editor sees (the CMS configuration is generated from
 * them). The building blocks below carry none themselves, since zod passes
 * metadata on to every schema derived from them; each use as a field names itself.
 */
import { z } from 'zod';
import './locale.ts';
import { isCalendarDay } from '../core/dates.ts';
import { normalizeUrl } from '../core/external-urls.ts';
import {
  applicantTypes,
  fields,
  helpTypes,
  stages,
  stateCodes,
} from '../core/vocabulary.ts';

/** A calendar day written as YYYY-MM-DD; kept as a string so no time zone creeps in. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum im Format JJJJ-MM-TT erwartet', abort: true })
  .refine(isCalendarDay, 'kein gültiges Kalenderdatum');

/** YAML turns an unquoted 2026-01-31 into a Date; accept both and keep the day. */
export const calendarDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

/**
 * An official web address; only https, since we send readers there. Stored in
 * normal form (see normalizeUrl), so an address pasted with umlauts is published
 * as a valid URI. overwrite() keeps it a plain string schema, which JSON Schema
 * generation can still describe.
 */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'https-Adresse erwartet' })
  .overwrite(normalizeUrl);

/** The German label and help text of a field, as `.meta()` takes them. */
export type FieldMeta = {
  title: string;
  description: string;
};

/** A vocabulary's ids with their labels for help texts, e.g. „eu“ für EU, „bund“ für Bund. */
export const choices = (vocabulary: { labels: Record<string, string> }): string =>
  Object.entries(vocabulary.labels)
    .map(([id, label]) => `„${id}“ für ${label}`)
    .join(', ');

/** Entry ids used in references: lower-case words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen erwartet');

/** Either every Land or a list of ISO 3166-2 codes (BW, BY, …). */
export const stateScope = z.preprocess(
  // The editors' workspace picks Länder from one list with „alle Länder“ in it and writes [all].
  (value) => (Array.isArray(value) && value.includes('all') ? 'all' : value),
  z.union([z.literal('all'), z.array(z.enum(stateCodes)).min(1)]),
);

export const applicantList = z.array(z.enum(applicantTypes.ids)).min(1);
export const stageList = z.array(z.enum(stages.ids)).min(1);
export const fieldList = z.array(z.enum(fields.ids)).min(1);
export const helpList = z.array(z.enum(helpTypes.ids)).min(1);

/** A short plain-text teaser shown in lists and as the meta description. */
export const summary = z.string().trim().min(80, 'mindestens 80 Zeichen').max(400, 'höchstens 400 Zeichen');

/** Lists of ids of entries in other collections; checked to exist at build. */
export const refs = slug.array().default([]);

/**
 * An official contact point: a role or office, never an invented person.
 * At least one way to reach it.
 */
export const contact = z
  .object({
    /** Office or role, e.g. „Servicestelle Kommunalrichtlinie“. */
    role: z.string().min(3).meta({
      title: 'Stelle oder Funktion',
      description: 'Die zuständige Stelle, wie die Quelle sie nennt, z. B. „Servicestelle Kommunalrichtlinie“. Eine Stelle oder Funktion, nie eine erfundene Person.',
    }),
    /** Organisation the office belongs to, where it differs from the provider. */
    organisation: z.string().optional().meta({
      title: 'Organisation',
      description: 'Behörde oder Einrichtung, zu der die Stelle gehört, z. B. ein Projektträger. Leer lassen, wenn es der Fördergeber oder Anbieter selbst ist.',
    }),
    /** Official contact page. */
    url: httpsUrl.optional().meta({
      title: 'Kontaktseite (Adresse)',
      description: 'Amtliche Kontaktseite, vollständig mit https://. Kontaktseite, E-Mail oder Telefon: mindestens eines davon angeben.',
    }),
    /** Official functional mailbox as published by the provider. */
    email: z.email().optional().meta({
      title: 'E-Mail-Adresse',
      description: 'Offizielles Funktionspostfach, genau wie veröffentlicht, z. B. ein Postfach der Servicestelle. Keine persönlichen Adressen erschließen.',
    }),
    /** Official phone number as published by the provider. */
    phone: z.string().optional().meta({
      title: 'Telefon',
      description: 'Offizielle Telefonnummer, genau wie veröffentlicht, z. B. „030 12345-0“. Leer lassen, wenn die Quelle keine nennt.',
    }),
  })
  .refine((c) => c.url || c.email || c.phone, 'Kontakt braucht url, email oder phone');

/**
 * The shared tail of every researched entry (programme, offer, example): its
 * official page, the day an editor compared the entry with it, and which version
 * of the page or guideline that was. The review flag and the source check read
 * these three, so they mean the same in every collection.
 */
export const sourced = {
  /** The provider's own page for the entry. */
  sourceUrl: httpsUrl.meta({
    title: 'Amtliche Quelle (Adresse)',
    description:
      'Die eigene Seite des Fördergebers oder Anbieters zu diesem Eintrag (beim Praxisbeispiel die Seite des Projekts oder der Kommune), vollständig mit https://. Gegen diese Seite wird der Eintrag geprüft.',
  }),
  /** Day an editor last checked the entry against sourceUrl. */
  lastChecked: calendarDay.meta({
    title: 'Zuletzt geprüft am',
    description:
      'Tag, an dem Sie den Eintrag zuletzt mit der amtlichen Quelle verglichen haben, im Format JJJJ-MM-TT, z. B. 2026-03-31. Nie in der Zukunft; nach zwölf Monaten gilt der Eintrag als „Prüfung fällig“.',
  }),
  /** Version of the source the entry reflects, e.g. „Richtlinie vom 12.03.2025“, „Stand der Seite: Oktober 2025“. */
  sourceVersion: z.string().min(3).optional().meta({
    title: 'Stand der Quelle',
    description:
      'Welche Fassung der Quelle der Eintrag wiedergibt, z. B. „Richtlinie vom 12.03.2025“ oder „Stand der Seite: Oktober 2025“. Ist dieser Stand älter als zwölf Monate, gilt der Eintrag als „Prüfung fällig“. Leer lassen, wenn die Quelle keinen Stand nennt.',
  }),
};

/** The shared tail of a provider's entry (programme, offer): where to ask, the source, and related working aids. */
export const provided = {
  /** Official contact point. */
  contact: contact.optional().meta({
    title: 'Ansprechstelle',
    description: 'Offizielle Kontaktstelle für Fragen, wie die Quelle sie nennt. Leer lassen, wenn die Quelle keine nennt – nie eine Person erfinden.',
  }),
  ...sourced,
  /** Related checklists and guides. */
  checklists: refs.meta({
    title: 'Passende Checklisten',
    description: 'Kennungen (Dateinamen ohne „.mdx“) der Checklisten, die zu diesem Eintrag passen, z. B. „foerderantrag-vorbereiten“. Jede muss es geben.',
  }),
  guides: refs.meta({
    title: 'Passende Leitfäden',
    description: 'Kennungen (Dateinamen ohne „.mdx“) der Leitfäden, die zu diesem Eintrag passen, z. B. „foerdermittel-beantragen“. Jeden muss es geben.',
  }),
};
