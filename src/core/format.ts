/** German formatting of money, percentages, numbers and dates, one format each site-wide. */
import { lazy } from './lazy.ts';

const euro = lazy(
  () =>
    new Intl.NumberFormat('de-DE', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }),
);
const integer = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }));
const longDate = lazy(
  () =>
    new Intl.DateTimeFormat('de-DE', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** 1000 → „1.000 €“ (with a no-break space before the sign). */
export function formatEuro(amount: number): string {
  return euro().format(amount);
}

/**
 * A whole number as Germans type it: digits, or digits in groups of three after a
 * dot or space („9.675“, „12 000“). „1.5“, „1.2.3“, „-5“ or „ca. 12 000“ are no
 * count and give undefined rather than a wrong number.
 */
export function parseGermanInteger(text: string): number | undefined {
  const trimmed = text.trim();
  return /^(\d+|\d{1,3}([.\s]\d{3})+)$/.test(trimmed) ? Number(trimmed.replace(/[.\s]/g, '')) : undefined;
}

/** Said at a cost field whose entry parseGermanInteger cannot read. */
export const COST_ERROR = 'Bitte geben Sie die Kosten als ganze Zahl in Euro ein, etwa 250000 oder 250.000.';

/** 9675 → „9.675“. */
export function formatNumber(value: number): string {
  return integer().format(value);
}

/** 90 → „90 %“; German style puts a no-break space before the sign. */
export function formatPercent(value: number): string {
  return `${integer().format(value)}\u00a0%`;
}

/** „2026-11-25“ → „25. November 2026“. */
export function formatDate(day: string): string {
  return longDate().format(new Date(`${day}T00:00:00Z`));
}

/** „15. Januar“ from MM-DD, for dates that come back every year. */
export function formatDayOfYear(monthDay: string): string {
  return formatDate(`2024-${monthDay}`).replace(/ 2024$/, '');
}

export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

/**
 * A range in words: „bis 20.000 €“, „ab 5.000 €“, „5.000 € bis 20.000 €“, or a
 * single value when both ends agree. Undefined when neither end is known, so the
 * caller decides what an unknown value says.
 */
export function formatRange(range: Range | undefined, format: (value: number) => string): string | undefined {
  if (!range) return undefined;
  const { min, max } = range;
  if (min !== undefined && max !== undefined) {
    return min === max ? format(min) : `${format(min)} bis ${format(max)}`;
  }
  if (max !== undefined) return `bis ${format(max)}`;
  if (min !== undefined) return `ab ${format(min)}`;
  return undefined;
}

/** Inhabitants range: „5.000 bis 20.000 Einwohner“; a missing range means no limit. */
export function formatPopulation(range: Range | undefined): string {
  return formatRange(range, formatNumber)?.concat(' Einwohner') ?? 'keine Vorgabe zur Größe';
}

/** Joins words as German prose: „A, B und C“. */
export function joinGerman(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} und ${words.at(-1)}`;
}

const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** „Thüringen“ → „Thueringen“: umlauts and ß the way they are typed without a German keyboard. */
export function transliterate(text: string): string {
  return text.replace(/[äöüÄÖÜß]/g, (c) => transliterations[c]!);
}
