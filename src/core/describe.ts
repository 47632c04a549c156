/**
 * Vocabulary values in words, as pages show them. Every label comes from the
 * vocabulary module; this file only joins them into German phrases.
 */
import { formatEuro, formatPercent, formatRange, joinGerman, type Range } from './format.ts';
import { states, type StateCode } from './vocabulary.ts';

/** Said wherever a programme's figure is not published. */
export const NOT_STATED = 'nicht angegeben – siehe Förderaufruf';

export function stateScopeLabel(scope: 'all' | readonly StateCode[]): string {
  if (scope === 'all') return 'alle Länder';
  return joinGerman(scope.map((code) => states[code].name));
}

/** Labels of ids in a vocabulary, joined as prose. */
export function labelList<Id extends string>(ids: readonly Id[], label: (id: Id) => string): string {
  return joinGerman(ids.map(label));
}

/**
 * „80 %; 90 % für Kommunen im Raum mit besonderem Handlungsbedarf (Bayern) (note)“: the
 * rate for everyone, the rates for some applicants, then the published words.
 */
export function rateLabel(
  rate: Range | undefined,
  note?: string,
  specialRates: readonly { label: string; fundingRate: Range }[] = [],
): string | undefined {
  const special = specialRates.flatMap((s) => {
    const text = formatRange(s.fundingRate, formatPercent);
    return text ? [`${text} für ${s.label}`] : [];
  });
  const text = [formatRange(rate, formatPercent), ...special].filter(Boolean).join('; ') || undefined;
  if (text && note) return `${text} (${note})`;
  return text ?? note;
}

/**
 * From the lowest to the highest rate any applicant gets, for lists that show one
 * figure: a programme with 80 % and 90 % for some shows „80 % bis 90 %“. An end
 * stays open when any rate leaves it open.
 */
export function rateSpan(rate: Range | undefined, specialRates: readonly { fundingRate: Range }[] = []): Range | undefined {
  const rates = [...(rate ? [rate] : []), ...specialRates.map((s) => s.fundingRate)];
  if (rates.length === 0) return undefined;
  const mins = rates.map((r) => r.min);
  const maxes = rates.map((r) => r.max);
  const min = mins.every((m) => m !== undefined) ? Math.min(...(mins as number[])) : undefined;
  const max = maxes.every((m) => m !== undefined) ? Math.max(...(maxes as number[])) : undefined;
  return min === undefined && max === undefined ? undefined : { min, max };
}

export function amountLabel(amount: Range | undefined): string | undefined {
  return formatRange(amount, formatEuro);
}

export function yesNo(value: boolean | undefined, yes: string, no: string): string | undefined {
  if (value === undefined) return undefined;
  return value ? yes : no;
}

/** „In Thüringen stehen Kommunen derzeit 14 Förderprogramme offen: 4 davon vom Land Thüringen, 10 von EU und Bund.“ */
export function openProgrammesSentence(stateName: string, own: number, other: number): string {
  const count = (n: number) => (n === 1 ? '1 Förderprogramm' : `${n} Förderprogramme`);
  const total = own + other;
  if (total === 0) return `In ${stateName} steht Kommunen derzeit kein Förderprogramm offen.`;
  const ownPart = own === 0 ? `keines davon vom Land ${stateName} selbst` : `${own} davon vom Land ${stateName}`;
  const otherPart = other === 0 ? 'keines von EU und Bund' : `${other} von EU und Bund`;
  return `In ${stateName} ${total === 1 ? 'steht' : 'stehen'} Kommunen derzeit ${count(total)} offen: ${ownPart}, ${otherPart}.`;
}
