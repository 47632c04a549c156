/**
 * The Förder-Check: which entries fit a municipality, ranked, with the reasons in
 * plain German. One pure function, used at build time (the Land pages) and in
 * the browser (the wizard), so both always agree.
 *
 * Rules
 * - Hard rules exclude: Land (a Land programme is only for its own Land), type of
 *   municipality (a Landkreis cannot apply where only Gemeinden may), and the
 *   programme's population range (an entry without a range fits every size).
 *   A question left unanswered excludes nothing.
 * - Soft rules rank: strategy stage (+3), each shared field of action (+2, at most
 *   three counted), each kind of help wanted or answering a named barrier (+2),
 *   a deadline within 60 days (+1), own Land rather than all Länder (+1).
 * - Closed programmes are kept but flagged `closed`; the caller decides whether to
 *   show them (the wizard hides them by default).
 * - Good-practice examples from other Länder are not excluded: they teach anyway.
 */
import type { Answers } from './answers.ts';
import { DAYS_LEFT_SHOWN, isOpen, programmeStatus, type Deadline, type RecurringDeadline, type StatusResult } from './deadlines.ts';
import { formatPopulation, joinGerman } from './format.ts';
import { compareTitles } from './order.ts';
import {
  fields as fieldVocabulary,
  helpForBarrier,
  helpTypes,
  sizeBounds,
  stages,
  states,
  type ApplicantType,
  type CollectionName,
  type Field,
  type FundingType,
  type HelpType,
  type ProgrammeStatus,
  type Stage,
  type StateCode,
} from './vocabulary.ts';

/** What the matching needs to know of an entry; pages project content onto this. */
export interface MatchEntry {
  collection: CollectionName;
  id: string;
  title: string;
  /** Länder it is available in; undefined for guides and checklists (everywhere). */
  states?: 'all' | readonly StateCode[];
  /** Who may apply / is addressed; undefined means everyone. */
  applicants?: readonly ApplicantType[];
  population?: { min?: number | undefined; max?: number | undefined } | undefined;
  stages?: readonly Stage[];
  fields?: readonly Field[];
  /** The kinds of help it gives (derived for programmes, checklists, guides and examples). */
  help: readonly HelpType[];
  /** Programmes only. */
  status?: ProgrammeStatus;
  deadlines?: readonly Deadline[];
  recurringDeadlines?: readonly RecurringDeadline[];
}

/** An entry of the Förder-Check's catalogue: what matching needs plus what a result card shows. */
export interface WizardEntry extends MatchEntry {
  url: string;
  summary: string;
  /** Short facts: provider, level, funding type, rate, amount. */
  facts: string[];
  lastChecked?: string;
}

export interface MatchResult<E extends MatchEntry = MatchEntry> {
  entry: E;
  score: number;
  /** Why it fits, most important first. */
  reasons: string[];
  /** Where it fits only partly. */
  caveats: string[];
  /** Programmes only: status on the given day. */
  deadline?: StatusResult;
  /** Programmes that are closed or whose deadlines have all passed. */
  closed: boolean;
}

/** The kinds of help a programme gives, from its funding types. */
export function programmeHelp(fundingTypes: readonly FundingType[]): HelpType[] {
  const help = new Set<HelpType>();
  for (const type of fundingTypes) help.add(type === 'beratung' ? 'beratung' : 'geld');
  return [...help];
}

/** Inclusive population interval of the answers, if any size was given. */
export function populationOf(answers: Answers): { min: number; max: number } | undefined {
  if (answers.population !== undefined) return { min: answers.population, max: answers.population };
  if (answers.size) {
    const band = sizeBounds[answers.size];
    return { min: band.min, max: band.max ?? Number.POSITIVE_INFINITY };
  }
  return undefined;
}

function populationFits(
  range: MatchEntry['population'],
  population: { min: number; max: number },
): boolean {
  const min = range?.min ?? 0;
  const max = range?.max ?? Number.POSITIVE_INFINITY;
  // A size band fits when it overlaps the range: some municipalities in it may apply.
  return population.max >= min && population.min <= max;
}

const plural: Record<ApplicantType, string> = {
  gemeinde: 'Gemeinden',
  stadt: 'Städte',
  landkreis: 'Landkreise',
  zweckverband: 'Zweckverbände',
  'kommunales-unternehmen': 'kommunale Unternehmen',
};

const titleRanks = new WeakMap<readonly MatchEntry[], Map<MatchEntry, number>>();

/**
 * Alphabetical position of each entry, computed once per catalogue: comparing
 * German titles with Intl.Collator inside every sort dominated matching time for
 * thousands of programmes. A catalogue that arrives sorted (the wizard's does)
 * costs one comparison per entry instead of a full sort.
 */
function titleRank(entries: readonly MatchEntry[]): Map<MatchEntry, number> {
  let ranks = titleRanks.get(entries);
  if (!ranks) {
    const isSorted = entries.every((entry, index) => index === 0 || compareTitles(entries[index - 1]!, entry) <= 0);
    const sorted = isSorted ? entries : [...entries].sort(compareTitles);
    ranks = new Map(sorted.map((entry, index) => [entry, index]));
    titleRanks.set(entries, ranks);
  }
  return ranks;
}

export function matchEntries<E extends MatchEntry>(answers: Answers, entries: readonly E[], today: string): MatchResult<E>[] {
  const population = populationOf(answers);
  const wanted = new Set<HelpType>([...answers.help, ...answers.barriers.flatMap((barrier) => helpForBarrier[barrier])]);
  const rank = titleRank(entries);
  const results: Array<{ result: MatchResult<E>; order: number }> = [];

  for (const entry of entries) {
    const reasons: string[] = [];
    const caveats: string[] = [];
    let score = 0;

    // Hard rule: Land.
    if (answers.state && entry.states && entry.states !== 'all') {
      const inState = entry.states.includes(answers.state);
      if (!inState && entry.collection !== 'examples') continue;
      if (inState) {
        reasons.push(`in ${states[answers.state].name}`);
        score += 1;
      } else {
        caveats.push(`Beispiel aus ${joinGerman(entry.states.map((code) => states[code].name))}`);
      }
    } else if (answers.state && entry.states === 'all' && entry.collection !== 'checklists' && entry.collection !== 'guides') {
      reasons.push('in allen Ländern');
    }

    // Hard rule: type of municipality.
    if (answers.type && entry.applicants && entry.collection !== 'examples') {
      if (!entry.applicants.includes(answers.type)) continue;
      reasons.push(`für ${plural[answers.type]}`);
    }

    // Hard rule: population range.
    if (population && entry.population && entry.collection !== 'examples') {
      if (!populationFits(entry.population, population)) continue;
      reasons.push(`für Kommunen mit ${formatPopulation(entry.population).replace(' Einwohner', ' Einwohnern')}`);
    }

    // Soft rule: stage.
    if (answers.stage && entry.stages) {
      if (entry.stages.includes(answers.stage)) {
        score += 3;
        reasons.push(`passt zur Phase „${stages.label(answers.stage)}“`);
      } else {
        caveats.push(`eher für die Phase ${joinGerman(entry.stages.map((stage) => `„${stages.label(stage)}“`))}`);
      }
    }

    // Soft rule: fields of action.
    if (answers.fields.length && entry.fields) {
      const shared = answers.fields.filter((field) => entry.fields!.includes(field));
      if (shared.length) {
        score += 2 * Math.min(shared.length, 3);
        reasons.push(`Handlungsfeld ${joinGerman(shared.map(fieldVocabulary.label))}`);
      } else {
        caveats.push('keines Ihrer Handlungsfelder');
      }
    }

    // Soft rule: help wanted, directly or as the answer to a barrier.
    const helps = entry.help.filter((help) => wanted.has(help));
    if (helps.length) {
      score += 2 * helps.length;
      reasons.push(`bietet ${joinGerman(helps.map(helpTypes.label))}`);
    }

    // Programmes: deadline status.
    let deadline: StatusResult | undefined;
    let closed = false;
    if (entry.collection === 'programmes' && entry.status) {
      deadline = programmeStatus({ status: entry.status, deadlines: entry.deadlines ?? [], recurringDeadlines: entry.recurringDeadlines }, today);
      closed = deadline.status === 'geschlossen';
      if (closed) caveats.push('derzeit geschlossen');
      else if (deadline.status === 'angekuendigt') caveats.push('noch nicht geöffnet, nur angekündigt');
      if (deadline.next && deadline.next.daysLeft <= DAYS_LEFT_SHOWN && isOpen(deadline.status)) score += 1;
    }

    const result: MatchResult<E> = { entry, score, reasons, caveats, closed };
    if (deadline) result.deadline = deadline;
    results.push({ result, order: rank.get(entry)! });
  }

  // Best score first, then open before closed, then title.
  return results
    .sort((a, b) => b.result.score - a.result.score || Number(a.result.closed) - Number(b.result.closed) || a.order - b.order)
    .map(({ result }) => result);
}

