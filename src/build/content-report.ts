/**
 * The editors' overview of the content: counts per collection, Land, level and
 * status, and the entries whose last check is older than the review period.
 * Input is validated content (schema defaults applied).
 */
import { displayStatuses, displayStatusLabels, isOpen, programmeStatus, type DisplayStatus } from '../core/deadlines.ts';
import { isReviewDue, REVIEW_MONTHS } from '../core/freshness.ts';
import type { TypedEntry } from '../schemas/index.ts';
import { collectionNames, collections, levels, stateCodes, states, type CollectionName, type Level, type StateCode } from '../core/vocabulary.ts';

/** A validated entry with the file it came from. */
export type ReportEntry = TypedEntry & { file: string };

export interface ContentReport {
  today: string;
  perCollection: Record<CollectionName, number>;
  /** Programmes of a Land's own (level land) and those open to its municipalities at all. */
  perState: Record<StateCode, { own: number; available: number }>;
  perLevel: Record<Level, number>;
  /** Status as of each programme's own check date, and as of today. */
  perStatus: Record<DisplayStatus, { atCheck: number; today: number }>;
  openAtCheck: number;
  stale: Array<{ file: string; checked: string }>;
}

/** The day an entry was last compared with its source (researched entries) or revised (our own texts). */
export function checkedOn(entry: TypedEntry): string {
  return 'lastChecked' in entry.data ? entry.data.lastChecked : entry.data.updated;
}

export function contentReport(entries: readonly ReportEntry[], today: string): ContentReport {
  const zero = <K extends string, V>(keys: readonly K[], value: () => V) =>
    Object.fromEntries(keys.map((key) => [key, value()])) as Record<K, V>;
  const report: ContentReport = {
    today,
    perCollection: zero(collectionNames, () => 0),
    perState: zero(stateCodes, () => ({ own: 0, available: 0 })),
    perLevel: zero(levels.ids, () => 0),
    perStatus: zero(displayStatuses, () => ({ atCheck: 0, today: 0 })),
    openAtCheck: 0,
    stale: [],
  };
  for (const entry of entries) {
    report.perCollection[entry.collection]++;
    const checked = checkedOn(entry);
    if (isReviewDue(checked, today)) report.stale.push({ file: entry.file, checked });
    if (entry.collection !== 'programmes') continue;

    const programme = entry.data;
    report.perLevel[programme.level]++;
    const atCheck = programmeStatus(programme, programme.lastChecked).status;
    report.perStatus[atCheck].atCheck++;
    report.perStatus[programmeStatus(programme, today).status].today++;
    if (isOpen(atCheck)) report.openAtCheck++;
    for (const code of stateCodes) {
      const available = programme.states === 'all' || programme.states.includes(code);
      if (available) report.perState[code].available++;
      if (available && programme.level === 'land' && programme.states !== 'all') report.perState[code].own++;
    }
  }
  report.stale.sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
  return report;
}

function table(headings: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The report as Markdown tables, readable in a terminal and pasteable into an issue. */
export function formatReport(report: ContentReport): string {
  const sections = [
    `# Inhaltsbericht (Stand ${report.today})`,
    table(['Sammlung', 'Einträge'], collectionNames.map((name) => [collections[name].plural, report.perCollection[name]])),
    table(
      ['Land', 'eigene Landesprogramme', 'insgesamt verfügbar (mit EU/Bund)'],
      stateCodes.map((code) => [states[code].name, report.perState[code].own, report.perState[code].available]),
    ),
    table(['Ebene', 'Programme'], levels.ids.map((level) => [levels.label(level), report.perLevel[level]])),
    table(
      ['Status', 'am Prüfdatum', 'heute'],
      displayStatuses.map((status) => [
        displayStatusLabels[status],
        report.perStatus[status].atCheck,
        report.perStatus[status].today,
      ]),
    ),
    `Offen oder laufend am Prüfdatum: ${report.openAtCheck}`,
    report.stale.length
      ? `## Prüfung fällig (zuletzt geprüft vor über ${REVIEW_MONTHS} Monaten)\n${report.stale.map((s) => `- ${s.file} (${s.checked})`).join('\n')}`
      : '## Prüfung fällig\nkeine',
  ];
  return sections.join('\n\n');
}
