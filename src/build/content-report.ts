/**
 * The editors' overview of the content: counts per collection, Land, level and
 * status, the dated events ahead, the editorial goals and the entries due for
 * review. Input is validated content (schema defaults applied).
 */
import { displayStatuses, displayStatusLabels, isOpen, programmeStatus, type DisplayStatus, type StatusResult } from '../core/deadlines.ts';
import { addMonths } from '../core/dates.ts';
import { REVIEW_MONTHS, reviewReason, type ReviewReason } from '../core/freshness.ts';
import { deadlineItems, HORIZON_MONTHS } from '../projections/deadline-events.ts';
import type { TypedEntry } from '../schemas/index.ts';
import { collectionNames, collections, levels, stateCodes, states, type CollectionName, type Level, type StateCode } from '../core/vocabulary.ts';

/** A validated entry with the file it came from. */
export type ReportEntry = TypedEntry & { file: string };

export interface StateCounts {
  /** Programmes of the Land itself (level land). */
  own: number;
  /** … of them open or rolling today. */
  ownOpen: number;
  /** … of them for more than broadband. */
  ownBeyondBroadband: number;
  /** Programmes its municipalities can use at all, EU and Bund included. */
  available: number;
  /** Support offers for the Land's municipalities, not counting nationwide ones. */
  offers: number;
}

export interface ContentReport {
  today: string;
  perCollection: Record<CollectionName, number>;
  perState: Record<StateCode, StateCounts>;
  perLevel: Record<Level, number>;
  /** Status as of each programme's own check date, and as of today. */
  perStatus: Record<DisplayStatus, { atCheck: number; today: number }>;
  openAtCheck: number;
  /** Open, rolling, or announced with a date, as of today: what a municipality can plan with. */
  current: number;
  /** Dated events from today to the calendar's horizon. */
  upcomingEvents: number;
  stale: Array<{ file: string; checked: string; reason: ReviewReason }>;
}

/** The day an entry was last compared with its source (researched entries) or revised (our own texts). */
export function checkedOn(entry: TypedEntry): string {
  return 'lastChecked' in entry.data ? entry.data.lastChecked : entry.data.updated;
}

const isCurrent = (status: StatusResult) => isOpen(status.status) || (status.status === 'angekuendigt' && Boolean(status.next));

export function contentReport(entries: readonly ReportEntry[], today: string): ContentReport {
  const zero = <K extends string, V>(keys: readonly K[], value: () => V) =>
    Object.fromEntries(keys.map((key) => [key, value()])) as Record<K, V>;
  const report: ContentReport = {
    today,
    perCollection: zero(collectionNames, () => 0),
    perState: zero(stateCodes, () => ({ own: 0, ownOpen: 0, ownBeyondBroadband: 0, available: 0, offers: 0 })),
    perLevel: zero(levels.ids, () => 0),
    perStatus: zero(displayStatuses, () => ({ atCheck: 0, today: 0 })),
    openAtCheck: 0,
    current: 0,
    upcomingEvents: 0,
    stale: [],
  };
  const programmes: Array<TypedEntry<'programmes'>> = [];
  for (const entry of entries) {
    report.perCollection[entry.collection]++;
    const checked = checkedOn(entry);
    const reason = reviewReason(checked, 'sourceVersion' in entry.data ? entry.data.sourceVersion : undefined, today);
    if (reason) report.stale.push({ file: entry.file, checked, reason });
    if (entry.collection === 'offers' && entry.data.states !== 'all') {
      for (const code of entry.data.states) report.perState[code].offers++;
    }
    if (entry.collection !== 'programmes') continue;

    programmes.push(entry);
    const programme = entry.data;
    report.perLevel[programme.level]++;
    const atCheck = programmeStatus(programme, programme.lastChecked).status;
    const now = programmeStatus(programme, today);
    report.perStatus[atCheck].atCheck++;
    report.perStatus[now.status].today++;
    if (isOpen(atCheck)) report.openAtCheck++;
    if (isCurrent(now)) report.current++;
    const beyondBroadband = programme.fields.some((field) => field !== 'infrastruktur');
    for (const code of stateCodes) {
      const available = programme.states === 'all' || programme.states.includes(code);
      if (available) report.perState[code].available++;
      if (!available || programme.level !== 'land' || programme.states === 'all') continue;
      const counts = report.perState[code];
      counts.own++;
      if (isOpen(now.status)) counts.ownOpen++;
      if (beyondBroadband) counts.ownBeyondBroadband++;
    }
  }
  const horizon = addMonths(today, HORIZON_MONTHS);
  report.upcomingEvents = deadlineItems(programmes, today).upcoming.filter((item) => item.date <= horizon).length;
  report.stale.sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
  return report;
}

/** The editorial goals of the catalogue (issue 16): floors, not the point. */
export function goals(report: ContentReport): Array<{ goal: string; actual: string; met: boolean }> {
  const weakest = <K extends keyof StateCounts>(key: K) => Math.min(...stateCodes.map((code) => report.perState[code][key]));
  const goal = (text: string, actual: number, floor: number) => ({ goal: text, actual: String(actual), met: actual >= floor });
  return [
    goal('Förderprogramme ≥ 160', report.perCollection.programmes, 160),
    goal('offen, laufend oder mit Datum angekündigt ≥ 90', report.current, 90),
    goal('eigene Programme je Land ≥ 5 (schwächstes Land)', weakest('own'), 5),
    goal('davon offen oder laufend ≥ 3 (schwächstes Land)', weakest('ownOpen'), 3),
    goal('davon nicht nur Breitband ≥ 2 (schwächstes Land)', weakest('ownBeyondBroadband'), 2),
    goal('Bundesprogramme ≥ 25', report.perLevel.bund, 25),
    goal('EU-Programme ≥ 12', report.perLevel.eu, 12),
    goal('Unterstützungsangebote ≥ 40', report.perCollection.offers, 40),
    goal('Angebote je Land ≥ 2 (schwächstes Land)', weakest('offers'), 2),
    goal('Praxisbeispiele ≥ 20', report.perCollection.examples, 20),
    goal('Leitfäden ≥ 12', report.perCollection.guides, 12),
    goal('Checklisten ≥ 14', report.perCollection.checklists, 14),
    goal(`Termine in den nächsten ${HORIZON_MONTHS} Monaten ≥ 40`, report.upcomingEvents, 40),
  ];
}

function table(headings: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

const reasonLabels: Record<ReviewReason, string> = { check: 'zuletzt geprüft', source: `Fassung der Quelle älter als ${REVIEW_MONTHS} Monate, geprüft` };

/** The report as Markdown tables, readable in a terminal and pasteable into an issue. */
export function formatReport(report: ContentReport): string {
  const sections = [
    `# Inhaltsbericht (Stand ${report.today})`,
    table(['Sammlung', 'Einträge'], collectionNames.map((name) => [collections[name].plural, report.perCollection[name]])),
    table(
      ['Land', 'eigene Programme', 'davon offen/laufend', 'davon nicht nur Breitband', 'verfügbar (mit EU/Bund)', 'Angebote im Land'],
      stateCodes.map((code) => {
        const c = report.perState[code];
        return [states[code].name, c.own, c.ownOpen, c.ownBeyondBroadband, c.available, c.offers];
      }),
    ),
    table(['Ebene', 'Programme'], levels.ids.map((level) => [levels.label(level), report.perLevel[level]])),
    table(
      ['Status', 'am Prüfdatum', 'heute'],
      displayStatuses.map((status) => [displayStatusLabels[status], report.perStatus[status].atCheck, report.perStatus[status].today]),
    ),
    [
      `Offen oder laufend am Prüfdatum: ${report.openAtCheck}`,
      `Offen, laufend oder mit Datum angekündigt (heute): ${report.current}`,
      `Termine bis ${addMonths(report.today, HORIZON_MONTHS)}: ${report.upcomingEvents}`,
    ].join('\n'),
    `## Ziele\n\n${table(['Ziel', 'Ist', 'erreicht'], goals(report).map((g) => [g.goal, g.actual, g.met ? 'ja' : 'nein']))}`,
    report.stale.length
      ? `## Prüfung fällig (älter als ${REVIEW_MONTHS} Monate)\n${report.stale.map((s) => `- ${s.file} (${reasonLabels[s.reason]} ${s.checked})`).join('\n')}`
      : '## Prüfung fällig\nkeine',
  ];
  return sections.join('\n\n');
}
