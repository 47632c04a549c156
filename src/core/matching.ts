/**
 * The Förder-Check: which entries fit a municipality, ranked, with the reasons in
 * plain German. One pure function, used at build time (the Land pages) and in
 * the browser (the wizard), so both always agree.
 *
 * Hard rules exclude: Land (a Land programme is only for its own Land), type of
 * municipality (a Landkreis cannot apply where only Gemeinden may), and the
 * programme's population range (an entry without a range fits every size). A
 * question left unanswered excludes nothing. Good-practice examples from other
 * Länder are kept: they teach anyway.
 *
 * Ranking compares these keys in order, as a municipal official would weigh them:
 * 1. What can be used now: open or rolling, then announced (with its expected
 *    date), then closed (kept but flagged `closed`; the caller decides whether to
 *    show them).
 * 2. Purpose: an entry sharing a field of action the user chose comes before one
 *    sharing none.
 * 3. Closeness: a programme of the user's own Land, or one limited to the user's
 *    type or size, comes before one open to everyone.
 * 4. Fit: shared fields (+2 each, at most three), help wanted or answering a named
 *    barrier (+2 each), and the strategy stage (+3) where an entry is meant for
 *    some stages only — a stage every entry accepts says nothing.
 * 5. The nearest deadline first; entries without one after.
 * 6. The more specific entry first (limited by Land, type and size).
 * 7. Title, only to make the order stable.
 *
 * Umbrella funds (EFRE, LEADER …) are ranked by the same keys; the result view
 * shows them in a group of their own, each with the user's programmes that spend
 * it. A programme that only co-finances another says so, with that one's status.
 */
import { answerTypes, wantedFields, type Answers } from './answers.ts';
import { isOpen, programmeStatus, type Deadline, type RecurringDeadline, type StatusResult } from './deadlines.ts';
import { formatDate, formatPopulation, joinGerman } from './format.ts';
import { compareTitles } from './order.ts';
import {
  fields as fieldVocabulary,
  helpForBarrier,
  applicantPlurals,
  helpTypes,
  purposeFields,
  purposes,
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
  /** Programmes only: an umbrella fund that Länder spend through programmes of their own. */
  umbrella?: boolean;
  /** Programmes only: umbrella funds (ids) whose money this programme spends. */
  fundedBy?: readonly string[];
  /** Programmes only: programmes (ids) this one only co-finances. */
  cofinances?: readonly string[];
}

/** An entry of the Förder-Check's catalogue: what matching needs plus what a result card shows. */
export interface WizardEntry extends MatchEntry {
  url: string;
  summary: string;
  /** Short facts: provider, level, funding type, rate, amount. */
  facts: string[];
  /** Programmes only: where to apply or ask first. */
  applyAt?: string;
  /** Programmes only: the own share as published, e.g. „mindestens 10 %“. */
  ownShare?: string;
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
  /** Umbrella funds: the matching programmes that spend its money. */
  spentThrough?: E[];
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


const catalogueIndex = new WeakMap<readonly MatchEntry[], { titles: Map<MatchEntry, number>; byId: Map<string, MatchEntry> }>();

/**
 * Alphabetical position and id lookup of a catalogue, computed once: comparing
 * German titles with Intl.Collator inside every sort dominated matching time for
 * thousands of programmes. A catalogue that arrives sorted (the wizard's does)
 * costs one comparison per entry instead of a full sort.
 */
function indexOf(entries: readonly MatchEntry[]): { titles: Map<MatchEntry, number>; byId: Map<string, MatchEntry> } {
  let index = catalogueIndex.get(entries);
  if (!index) {
    const isSorted = entries.every((entry, position) => position === 0 || compareTitles(entries[position - 1]!, entry) <= 0);
    const sorted = isSorted ? entries : [...entries].sort(compareTitles);
    index = {
      titles: new Map(sorted.map((entry, position) => [entry, position])),
      byId: new Map(entries.filter((entry) => entry.collection === 'programmes').map((entry) => [entry.id, entry])),
    };
    catalogueIndex.set(entries, index);
  }
  return index;
}

/** „Kofinanzierung zu „Gigabitförderung des Bundes“, dessen letzte Frist am 15. September 2025 endete“ */
export function cofinanceNote(target: MatchEntry, today: string): string {
  const status = programmeStatus({ status: target.status ?? 'laufend', deadlines: target.deadlines ?? [], recurringDeadlines: target.recurringDeadlines }, today);
  const name = `„${target.title}“`;
  if (status.status !== 'geschlossen') {
    const when = status.next ? `, nächster Termin ${formatDate(status.next.date)}` : '';
    return `nur Kofinanzierung zu ${name} (${status.status === 'angekuendigt' ? 'dort angekündigt' : 'dort offen'}${when})`;
  }
  const last = (target.deadlines ?? []).map((deadline) => deadline.date).filter((date) => date < today).sort().at(-1);
  return last
    ? `nur Kofinanzierung zu ${name}, dessen letzte Frist am ${formatDate(last)} endete`
    : `nur Kofinanzierung zu ${name}, das derzeit geschlossen ist`;
}

/** An entry open to every type one answers with is not limited by type. */
const limitedByType = (applicants: readonly ApplicantType[] | undefined) => Boolean(applicants && answerTypes.some((type) => !applicants.includes(type)));

/** Why an entry fits: it is for the user's Land. Land pages drop this reason, which their heading already says. */
export function stateReason(code: StateCode): string {
  return `in ${states[code].name}`;
}
/** Days beyond any real deadline; entries without one sort after all that have one. */
const NO_DEADLINE = 99_999;
/** Above any score the rules can give (fields 6, help 10, stage 3). */
const MAX_SCORE = 999;

export function matchEntries<E extends MatchEntry>(answers: Answers, entries: readonly E[], today: string): MatchResult<E>[] {
  const population = populationOf(answers);
  const wantedHelp = new Set<HelpType>([...answers.help, ...answers.barriers.flatMap((barrier) => helpForBarrier[barrier])]);
  const wanted = wantedFields(answers);
  const { titles, byId } = indexOf(entries);
  const results: Array<{ result: MatchResult<E>; first: number; then: number }> = [];

  for (const entry of entries) {
    const reasons: string[] = [];
    const caveats: string[] = [];
    let score = 0;
    let close = false;

    // Hard rule: Land.
    if (answers.state && entry.states && entry.states !== 'all') {
      const inState = entry.states.includes(answers.state);
      if (!inState && entry.collection !== 'examples') continue;
      if (inState) {
        reasons.push(stateReason(answers.state));
        close = true;
      } else {
        caveats.push(`Beispiel aus ${joinGerman(entry.states.map((code) => states[code].name))}`);
      }
    }

    // Hard rule: type of municipality.
    if (answers.type && entry.applicants && entry.collection !== 'examples') {
      if (!entry.applicants.includes(answers.type)) continue;
      if (limitedByType(entry.applicants)) {
        reasons.push(`für ${applicantPlurals[answers.type]}`);
        close = true;
      }
    }

    // Hard rule: population range.
    if (population && entry.population && entry.collection !== 'examples') {
      if (!populationFits(entry.population, population)) continue;
      reasons.push(`für Kommunen mit ${formatPopulation(entry.population).replace(' Einwohner', ' Einwohnern')}`);
      close = true;
    }

    // Soft rule: stage, where an entry is meant for some stages only.
    if (answers.stage && entry.stages && entry.stages.length < stages.ids.length) {
      if (entry.stages.includes(answers.stage)) {
        score += 3;
        reasons.push(`passt zur Phase „${stages.label(answers.stage)}“`);
      } else {
        caveats.push(`eher für die Phase ${joinGerman(entry.stages.map((stage) => `„${stages.label(stage)}“`))}`);
      }
    }

    // Soft rule: purposes and fields of action (a purpose is served by its fields).
    let purposeMiss = 0;
    if (wanted.length && entry.fields) {
      const has = (field: Field) => entry.fields!.includes(field);
      const shared = wanted.filter(has);
      purposeMiss = shared.length ? 0 : 1;
      if (shared.length) {
        score += 2 * Math.min(shared.length, 3);
        const served = answers.purposes.filter((purpose) => purposeFields[purpose].some(has));
        const direct = answers.fields.filter(has);
        if (served.length) reasons.push(`passt zu ${joinGerman(served.map((purpose) => `„${purposes.label(purpose)}“`))}`);
        if (direct.length) reasons.push(`Handlungsfeld ${joinGerman(direct.map(fieldVocabulary.label))}`);
      } else {
        caveats.push(answers.purposes.length ? 'passt zu keinem der gewählten Zwecke' : 'keines Ihrer Handlungsfelder');
      }
    }

    // Soft rule: help wanted, directly or as the answer to a barrier.
    const helps = entry.help.filter((help) => wantedHelp.has(help));
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
      else if (deadline.status === 'angekuendigt') {
        caveats.push(deadline.next ? `noch nicht geöffnet, erwartet zum ${formatDate(deadline.next.date)}` : 'noch nicht geöffnet, nur angekündigt');
      }
      for (const id of entry.cofinances ?? []) {
        const target = byId.get(id);
        if (target) caveats.push(cofinanceNote(target, today));
      }
    }

    const availability = !deadline || isOpen(deadline.status) ? 0 : deadline.status === 'angekuendigt' ? 1 : 2;
    const specificity =
      Number(Boolean(entry.states && entry.states !== 'all')) +
      Number(limitedByType(entry.applicants)) +
      Number(Boolean(entry.population));
    const result: MatchResult<E> = { entry, score, reasons, caveats, closed };
    if (deadline) result.deadline = deadline;
    // The seven keys packed into two numbers, digit groups in rank order: sorting
    // thousands of entries by arrays of keys cost more than the matching itself.
    const daysLeft = Math.min(deadline?.next?.daysLeft ?? NO_DEADLINE, NO_DEADLINE);
    results.push({
      result,
      first: availability * 100_000 + purposeMiss * 10_000 + (close ? 0 : 1_000) + (MAX_SCORE - Math.min(score, MAX_SCORE)),
      then: daysLeft * 1e8 + (3 - specificity) * 1e7 + titles.get(entry)!,
    });
  }

  results.sort((a, b) => a.first - b.first || a.then - b.then);
  const ranked = results.map(({ result }) => result);
  for (const result of ranked) {
    if (!result.entry.umbrella) continue;
    result.spentThrough = ranked
      .filter((other) => !other.closed && other.entry.fundedBy?.includes(result.entry.id))
      .map((other) => other.entry);
  }
  return ranked;
}

