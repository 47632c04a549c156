/**
 * A programme's change history in words: consecutive versions of its facts
 * (read from the repository at build time) compared on what a municipality acts
 * on — funding rate, amounts, deadlines, status, the version of the source, own
 * contribution — and said as German sentences („Förderquote von 80 % auf 90 %
 * geändert“). Pure: the versions come in as plain data, so the same rules can be
 * tested without git.
 */
import { formatDate, formatDayOfYear, formatEuro, formatPercent, formatRange, type Range } from './format.ts';
import { deadlineKinds, programmeStatuses, type DeadlineKind, type ProgrammeStatus } from './vocabulary.ts';

/** The facts of one version of a programme that the change history compares. */
export interface VersionFacts {
  status: ProgrammeStatus;
  fundingRate?: Range | undefined;
  fundingRateNote?: string | undefined;
  amount?: Range | undefined;
  ownContribution?: string | undefined;
  deadlines: ReadonlyArray<{ date: string; label: string; kind: DeadlineKind }>;
  recurringDeadlines: ReadonlyArray<{ day: string; label: string; kind: DeadlineKind; until?: string | undefined }>;
  sourceVersion?: string | undefined;
  lastChecked: string;
}

/** One commit's version: its day, and its facts, or undefined when that version could not be read. */
export interface Version {
  date: string;
  facts: VersionFacts | undefined;
}

/** One line of the history: a day and what changed on it. */
export interface ChangeEntry {
  date: string;
  notes: string[];
}

export const CREATED = 'Eintrag angelegt';
export const REVISED = 'Eintrag überarbeitet';
export const CHECKED = 'Mit der amtlichen Quelle abgeglichen, Eckdaten unverändert';

/** German quotation marks. */
const quote = (text: string) => `„${text}“`;

/** A range as a value in a sentence; „bis 80 %“ is quoted so „von bis 80 %“ cannot happen. */
function rangeValue(range: Range | undefined, format: (value: number) => string): string | undefined {
  const text = formatRange(range, format);
  return text && /^(bis|ab) | bis /.test(text) ? quote(text) : text;
}

/** „X von A auf B geändert“, „X B angegeben“, „X (bisher A) nicht mehr angegeben“. */
function valueChange(name: string, before: string | undefined, after: string | undefined): string[] {
  if (before === after) return [];
  if (before === undefined) return [`${name} ${after} angegeben`];
  if (after === undefined) return [`${name} (bisher ${before}) nicht mehr angegeben`];
  return [`${name} von ${before} auf ${after} geändert`];
}

/** Free text (own contribution, notes): the new wording is what a reader needs, the old one is on record. */
function textChange(name: string, before: string | undefined, after: string | undefined): string[] {
  const [a, b] = [before?.trim() || undefined, after?.trim() || undefined];
  if (a === b) return [];
  if (a === undefined) return [`${name} angegeben: ${quote(b!)}`];
  if (b === undefined) return [`${name} nicht mehr angegeben`];
  return [`${name} geändert: ${quote(b)}`];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** „Antragsfrist“, „Stichtag“, „Ende der Richtlinie“, „Erwarteter Aufruf“. */
const kindName = (kind: DeadlineKind) => capitalize(deadlineKinds.label(kind));

type Deadline = VersionFacts['deadlines'][number];

/**
 * Deadlines compared as a reader would: the same date, label and kind is no
 * change; the same label and kind on another date is a move; the same date and
 * kind with another label is a new wording; everything else came or went.
 */
function deadlineChanges(before: readonly Deadline[], after: readonly Deadline[]): string[] {
  const same = (a: Deadline, b: Deadline) => a.date === b.date && a.label === b.label && a.kind === b.kind;
  let gone = before.filter((old) => !after.some((now) => same(old, now)));
  let added = after.filter((now) => !before.some((old) => same(old, now)));
  const notes: string[] = [];
  const pair = (match: (old: Deadline, now: Deadline) => boolean, say: (old: Deadline, now: Deadline) => string) => {
    for (const now of [...added]) {
      const old = gone.find((candidate) => match(candidate, now));
      if (!old) continue;
      notes.push(say(old, now));
      gone = gone.filter((each) => each !== old);
      added = added.filter((each) => each !== now);
    }
  };
  // Labels are often long and carry parentheses of their own, so they follow after a colon.
  pair(
    (old, now) => old.label === now.label && old.kind === now.kind,
    (old, now) => `${kindName(now.kind)} vom ${formatDate(old.date)} auf den ${formatDate(now.date)} verschoben: ${now.label}`,
  );
  pair(
    (old, now) => old.date === now.date && old.kind === now.kind,
    (_old, now) => `${kindName(now.kind)} am ${formatDate(now.date)} neu beschrieben: ${quote(now.label)}`,
  );
  for (const old of gone) notes.push(`${kindName(old.kind)} ${formatDate(old.date)} entfallen: ${old.label}`);
  for (const now of added) notes.push(`${kindName(now.kind)} ${formatDate(now.date)} hinzugekommen: ${now.label}`);
  return notes;
}

type Recurring = VersionFacts['recurringDeadlines'][number];

function recurringChanges(before: readonly Recurring[], after: readonly Recurring[]): string[] {
  const key = (r: Recurring) => `${r.day}|${r.kind}|${r.label}|${r.until ?? ''}`;
  const describe = (r: Recurring, what: string) =>
    `${kindName(r.kind)} jedes Jahr zum ${formatDayOfYear(r.day)}${r.until ? ` bis ${formatDate(r.until)}` : ''} ${what}: ${r.label}`;
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return [
    ...before.filter((r) => !afterKeys.has(key(r))).map((r) => describe(r, 'entfallen')),
    ...after.filter((r) => !beforeKeys.has(key(r))).map((r) => describe(r, 'hinzugekommen')),
  ];
}

/** What changed between two versions, in the order of the programme page's facts; empty when nothing a reader acts on changed. */
export function describeChanges(before: VersionFacts, after: VersionFacts): string[] {
  const status = (id: ProgrammeStatus) => quote(programmeStatuses.label(id));
  return [
    ...(before.status === after.status ? [] : [`Status von ${status(before.status)} auf ${status(after.status)} geändert`]),
    ...valueChange('Förderquote', rangeValue(before.fundingRate, formatPercent), rangeValue(after.fundingRate, formatPercent)),
    ...textChange('Hinweis zur Förderquote', before.fundingRateNote, after.fundingRateNote),
    // Minimum and maximum apart: „Höchstbetrag von 100.000 € auf 150.000 € geändert“ says more than a changed range.
    ...valueChange('Mindestbetrag', optional(before.amount?.min, formatEuro), optional(after.amount?.min, formatEuro)),
    ...valueChange('Höchstbetrag', optional(before.amount?.max, formatEuro), optional(after.amount?.max, formatEuro)),
    ...textChange('Eigenanteil', before.ownContribution, after.ownContribution),
    ...deadlineChanges(before.deadlines, after.deadlines),
    ...recurringChanges(before.recurringDeadlines, after.recurringDeadlines),
    // Named as the page's source note names it; a long text, so only the new one is quoted.
    ...textChange('Stand der Quelle', before.sourceVersion, after.sourceVersion),
  ];
}

const optional = (value: number | undefined, format: (value: number) => string) => (value === undefined ? undefined : format(value));

/**
 * The history of a programme, newest first, from its versions oldest first.
 *
 * - A version that could not be read (broken YAML, facts outside the schema) is
 *   skipped: the next readable one is compared with the last readable one.
 * - Several commits on one day make one line, comparing the day's last version
 *   with the previous day's: a reader sees days, and a change made and undone the
 *   same day is no change to them.
 * - A day on which nothing a reader acts on changed still gets a line, because
 *   something in the entry did change (its text, or the day it was checked), and
 *   hiding that would make the history look untouched. When only the check date
 *   moved it says the entry was compared with the source, which is worth knowing;
 *   otherwise „Eintrag überarbeitet“.
 */
export function changeLog(versions: readonly Version[]): ChangeEntry[] {
  const readable = versions.filter((version): version is { date: string; facts: VersionFacts } => version.facts !== undefined);
  const lastOfDay = readable.filter((version, index) => readable[index + 1]?.date !== version.date);
  const log = lastOfDay.map((version, index): ChangeEntry => {
    if (index === 0) return { date: version.date, notes: [CREATED] };
    const previous = lastOfDay[index - 1]!.facts;
    const notes = describeChanges(previous, version.facts);
    if (notes.length > 0) return { date: version.date, notes };
    return { date: version.date, notes: [version.facts.lastChecked !== previous.lastChecked ? CHECKED : REVISED] };
  });
  return log.reverse();
}

/** A history line as running text: „Förderquote von 80 % auf 90 % geändert. Eigenanteil angegeben: „10 %“.“ */
export function changeText(entry: ChangeEntry): string {
  return entry.notes.map((note) => `${note}.`).join(' ');
}

/**
 * What a feed says about a programme: the day of its latest change or its last
 * check, whichever is later (both are true statements of „something happened
 * here“; a check without change is still news that the entry holds), and a
 * sentence about that day.
 */
export function latestNews(lastChecked: string, log: readonly ChangeEntry[] | undefined): { date: string; text: string } {
  const latest = log?.[0];
  if (latest && latest.date >= lastChecked) {
    const text = latest.notes[0] === CREATED ? `Neu aufgenommen am ${formatDate(latest.date)}.` : `Stand vom ${formatDate(latest.date)}: ${changeText(latest)}`;
    return { date: latest.date, text };
  }
  return { date: lastChecked, text: `Mit der amtlichen Quelle abgeglichen am ${formatDate(lastChecked)}.` };
}
