/**
 * The open-data record of a programme (/daten/foerderprogramme.json and .csv).
 * Its zod schema is the contract: the JSON Schema published beside the data is
 * generated from it, and the build test validates the JSON against that.
 */
import { z } from 'zod';
import type { Programme } from '../schemas/programme.ts';
import { displayStatuses, type StatusResult } from '../core/deadlines.ts';
import { toCsv } from '../core/csv.ts';
import { applicantTypes, combinability, fields, fundingTypes, levels, programmeStatuses, rateConditions, stages, stateCodes } from '../core/vocabulary.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const range = z.object({ min: z.number().optional(), max: z.number().optional() });

export const programmeRecordSchema = z
  .object({
    id: z.string().describe('Kennung des Eintrags; Teil der Adresse, ändert sich nicht'),
    url: z.url().describe('Seite des Eintrags im Förderfinder'),
    title: z.string().describe('Name des Programms'),
    summary: z.string().describe('Kurzbeschreibung'),
    provider: z.string().describe('Fördergeber'),
    approvingBody: z.string().optional().describe('Bewilligungsstelle, wenn vom Fördergeber verschieden'),
    level: z.enum(levels.ids).describe('Ebene: eu, bund, land oder stiftung'),
    states: z.union([z.literal('all'), z.array(z.enum(stateCodes))]).describe('Länder (ISO 3166-2 ohne „DE-“) oder „all“'),
    applicants: z.array(z.enum(applicantTypes.ids)).describe('Antragsberechtigte'),
    population: range.optional().describe('Einwohnerzahl der Kommune (min/max), falls begrenzt'),
    stages: z.array(z.enum(stages.ids)).describe('Passende Phasen der Digitalstrategie'),
    fields: z.array(z.enum(fields.ids)).describe('Handlungsfelder'),
    fundingTypes: z.array(z.enum(fundingTypes.ids)).describe('Förderarten'),
    fundingRate: range.optional().describe('Förderquote in Prozent; gibt es specialRates, die Quote für alle übrigen Antragsteller'),
    fundingRateNote: z.string().optional().describe('Bedingungen der Förderquote'),
    amount: range.optional().describe('Förderbetrag je Vorhaben in Euro'),
    ownContribution: z.string().optional().describe('Eigenanteil'),
    combinable: z.enum(combinability.ids).optional().describe('Kumulierung mit anderen Förderungen'),
    earlyStart: z.boolean().optional().describe('Vorzeitiger Maßnahmenbeginn zulässig'),
    recordedStatus: z.enum(programmeStatuses.ids).describe('Status laut amtlicher Quelle am Prüfdatum'),
    currentStatus: z.enum(displayStatuses).describe('Status am Tag der Veröffentlichung'),
    nextDeadline: day.optional().describe('Nächste Frist (JJJJ-MM-TT)'),
    deadlines: z.array(z.object({ date: day, label: z.string() })).describe('Alle Fristen'),
    deadlineNote: z.string().optional().describe('Hinweis zu Fristen'),
    sourceUrl: z.url().describe('Amtliche Quelle'),
    lastChecked: day.describe('Datum der letzten Prüfung'),
    specialRates: z
      .array(
        z.object({
          condition: z.enum(rateConditions.ids).describe('Kennung der Bedingung, ändert sich nicht'),
          label: z.string().describe('Bezeichnung der Gruppe'),
          fundingRate: range.describe('Förderquote dieser Gruppe in Prozent'),
          note: z.string().optional().describe('Bedingung im Wortlaut der Quelle'),
        }),
      )
      .describe('Abweichende Förderquoten für einzelne Gruppen von Antragstellern, etwa Kommunen in Haushaltsnotlage; im CSV „Kennung min-max“, mehrere durch „ | “ getrennt'),
  })
  .strict();

export type ProgrammeRecord = z.infer<typeof programmeRecordSchema>;

/** One programme as an open-data record; `status` is its status on the day of the build. */
export function programmeRecord(id: string, p: Programme, status: StatusResult, pageUrl: string): ProgrammeRecord {
  return programmeRecordSchema.parse({
    id,
    url: pageUrl,
    title: p.title,
    summary: p.summary,
    provider: p.provider,
    approvingBody: p.approvingBody,
    level: p.level,
    states: p.states,
    applicants: p.applicants,
    population: p.population,
    stages: p.stages,
    fields: p.fields,
    fundingTypes: p.fundingTypes,
    fundingRate: p.fundingRate,
    fundingRateNote: p.fundingRateNote,
    amount: p.amount,
    ownContribution: p.ownContribution,
    combinable: p.combinable,
    earlyStart: p.earlyStart,
    recordedStatus: p.status,
    currentStatus: status.status,
    nextDeadline: status.next?.date,
    deadlines: p.deadlines,
    deadlineNote: p.deadlineNote,
    sourceUrl: p.sourceUrl,
    lastChecked: p.lastChecked,
    specialRates: p.specialRates.map((rate) => ({ ...rate, label: rateConditions.label(rate.condition) })),
  });
}

/** JSON Schema (draft 2020-12) of one record, from the zod schema. */
export function programmeJsonSchema(): object {
  return {
    ...z.toJSONSchema(z.array(programmeRecordSchema)),
    title: 'Förderprogramme des Förderfinders Digitale Kommune',
  };
}

const list = (values: readonly string[] | undefined) => values?.join(', ');

/** The records as CSV; lists are comma-joined within a cell, ranges split into min/max columns. */
export function programmesCsv(records: readonly ProgrammeRecord[]): string {
  const header = [
    'id', 'url', 'title', 'summary', 'provider', 'approvingBody', 'level', 'states', 'applicants',
    'populationMin', 'populationMax', 'stages', 'fields', 'fundingTypes', 'fundingRateMin', 'fundingRateMax',
    'fundingRateNote', 'amountMin', 'amountMax', 'ownContribution', 'combinable', 'earlyStart', 'recordedStatus',
    'currentStatus', 'nextDeadline', 'deadlines', 'deadlineNote', 'sourceUrl', 'lastChecked',
    // Appended, never inserted: consumers read columns by position.
    'specialRates',
  ];
  const rows = records.map((r) => [
    r.id, r.url, r.title, r.summary, r.provider, r.approvingBody, r.level, r.states === 'all' ? 'all' : list(r.states),
    list(r.applicants), r.population?.min, r.population?.max, list(r.stages), list(r.fields), list(r.fundingTypes),
    r.fundingRate?.min, r.fundingRate?.max, r.fundingRateNote, r.amount?.min, r.amount?.max, r.ownContribution,
    r.combinable, r.earlyStart, r.recordedStatus, r.currentStatus, r.nextDeadline,
    r.deadlines.map((d) => `${d.date} ${d.label}`).join(' | '), r.deadlineNote, r.sourceUrl, r.lastChecked,
    r.specialRates.map((s) => `${s.condition} ${s.fundingRate.min ?? ''}-${s.fundingRate.max ?? ''}`).join(' | '),
  ]);
  return toCsv(header, rows);
}
