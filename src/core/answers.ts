/**
 * The Förder-Check answers and their public URL form. Parameter names and ids are
 * public (consultants send these links), see DESIGN.md. Parsing never throws: an
 * unknown or malformed value is dropped with a note in plain German, and the raw
 * input is never put into the note, so nothing a link carries can end up as HTML.
 */
import { formatNumber, joinGerman, parseGermanInteger } from './format.ts';
import {
  applicantTypes,
  barriers,
  fields,
  helpTypes,
  isStateCode,
  purposeFields,
  purposes,
  sizes,
  stages,
  states,
  type Barrier,
  type Field,
  type HelpType,
  type Purpose,
  type Size,
  type Stage,
  type StateCode,
} from './vocabulary.ts';

/** The municipality types one can answer with (kommunale Unternehmen are not asked). */
export const answerTypes = ['gemeinde', 'stadt', 'landkreis', 'zweckverband'] as const;
export type AnswerType = (typeof answerTypes)[number];

export interface Answers {
  type?: AnswerType;
  /** Inhabitants, if given as a number. */
  population?: number;
  /** Size band, if given as such (ignored when population is known). */
  size?: Size;
  state?: StateCode;
  stage?: Stage;
  /** What the money is for, in the user's words; served by the fields in purposeFields. */
  purposes: Purpose[];
  fields: Field[];
  help: HelpType[];
  barriers: Barrier[];
}

export const emptyAnswers = (): Answers => ({ purposes: [], fields: [], help: [], barriers: [] });

/** What the user asked for, each with the fields that serve it: purposes in their words, fields chosen directly. */
export function askedFor(answers: Answers): Array<{ label: string; fields: readonly Field[] }> {
  return [
    ...answers.purposes.map((purpose) => ({ label: purposes.label(purpose), fields: purposeFields[purpose] })),
    ...answers.fields.map((field) => ({ label: fields.label(field), fields: [field] })),
  ];
}

/** Every field of action the answers ask for: chosen directly or through a purpose. */
export function wantedFields(answers: Answers): Field[] {
  return [...new Set([...answers.purposes.flatMap((purpose) => purposeFields[purpose]), ...answers.fields])];
}

/** Largest population accepted: above any German municipality, below nonsense. */
const MAX_POPULATION = 10_000_000;

const questionNames = {
  typ: 'Art der Kommune',
  einwohner: 'Einwohnerzahl',
  groesse: 'Größenklasse',
  land: 'Land',
  phase: 'Phase der Digitalstrategie',
  zweck: 'Wofür Sie Förderung suchen',
  felder: 'Handlungsfelder',
  hilfe: 'gewünschte Hilfe',
  huerden: 'Hürden',
} as const;
type Parameter = keyof typeof questionNames;

function ignored(parameter: Parameter): string {
  return `Die Angabe zu „${questionNames[parameter]}“ in der Adresse war ungültig und wurde ignoriert.`;
}

function list<T extends string>(
  value: string | null,
  parameter: Parameter,
  has: (v: unknown) => v is T,
  notes: string[],
): T[] {
  if (!value) return [];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const valid = [...new Set(items.filter(has))];
  if (valid.length < items.length) notes.push(`Einige Angaben zu „${questionNames[parameter]}“ in der Adresse waren ungültig und wurden ignoriert.`);
  return valid;
}

export function parseAnswers(params: URLSearchParams): { answers: Answers; notes: string[] } {
  const notes: string[] = [];
  const answers = emptyAnswers();

  const type = params.get('typ');
  if (type) {
    if ((answerTypes as readonly string[]).includes(type)) answers.type = type as AnswerType;
    else notes.push(ignored('typ'));
  }

  const population = params.get('einwohner');
  if (population) {
    const value = parseGermanInteger(population);
    if (value !== undefined && value > 0 && value <= MAX_POPULATION) answers.population = value;
    else notes.push(ignored('einwohner'));
  }

  const size = params.get('groesse');
  if (size) {
    if (sizes.has(size)) {
      if (answers.population === undefined) answers.size = size;
    } else notes.push(ignored('groesse'));
  }

  const state = params.get('land');
  if (state) {
    const code = state.toUpperCase();
    if (isStateCode(code)) answers.state = code;
    else notes.push(ignored('land'));
  }

  const stage = params.get('phase');
  if (stage) {
    if (stages.has(stage)) answers.stage = stage;
    else notes.push(ignored('phase'));
  }

  answers.purposes = list(params.get('zweck'), 'zweck', purposes.has, notes);
  answers.fields = list(params.get('felder'), 'felder', fields.has, notes);
  answers.help = list(params.get('hilfe'), 'hilfe', helpTypes.has, notes);
  answers.barriers = list(params.get('huerden'), 'huerden', barriers.has, notes);
  return { answers, notes };
}

/** The answers as a query string in the public parameter names, in a fixed order. */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  if (answers.type) params.set('typ', answers.type);
  if (answers.population !== undefined) params.set('einwohner', String(answers.population));
  else if (answers.size) params.set('groesse', answers.size);
  if (answers.state) params.set('land', answers.state);
  if (answers.stage) params.set('phase', answers.stage);
  if (answers.purposes.length) params.set('zweck', answers.purposes.join(','));
  if (answers.fields.length) params.set('felder', answers.fields.join(','));
  if (answers.help.length) params.set('hilfe', answers.help.join(','));
  if (answers.barriers.length) params.set('huerden', answers.barriers.join(','));
  // Commas are safe in a query and keep shared links readable.
  return params.toString().replace(/%2C/g, ',');
}


/** The answers in one sentence: „Ihre Angaben: Gemeinde mit 9.675 Einwohnern in Sachsen; Strategie in Erarbeitung; …“ */
export function describeAnswers(answers: Answers): string {
  const parts: string[] = [];
  const who = answers.type ? applicantTypes.label(answers.type) : 'Kommune';
  const size =
    answers.population !== undefined ? ` mit ${formatNumber(answers.population)} Einwohnern` : answers.size ? ` (${sizes.label(answers.size)})` : '';
  parts.push(`${who}${size}${answers.state ? ` in ${states[answers.state].name}` : ''}`);
  if (answers.stage) parts.push(stages.label(answers.stage));
  if (answers.purposes.length) parts.push(`Förderung für: ${joinGerman(answers.purposes.map(purposes.label))}`);
  if (answers.fields.length) parts.push(`Handlungsfelder: ${joinGerman(answers.fields.map(fields.label))}`);
  if (answers.help.length) parts.push(`gewünscht: ${joinGerman(answers.help.map(helpTypes.label))}`);
  if (answers.barriers.length) parts.push(`Hürden: ${joinGerman(answers.barriers.map(barriers.label))}`);
  return `Ihre Angaben: ${parts.join('; ')}.`;
}
