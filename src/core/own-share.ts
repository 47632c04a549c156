/**
 * The own share (Eigenanteil) of a planned project under one programme: the
 * expected funding from the published rate, capped at the published maximum, and
 * what the municipality pays itself, with the rule in plain German. Pure, so the
 * rules are tested without a browser; programme pages use it in a small form.
 * Nothing is guessed: without a published rate there is no figure. A rate the
 * source states only for some applicants (Haushaltsnotlage …) is used only when
 * the user says the municipality belongs to them; otherwise it is named, so no
 * one misses it.
 */
import { formatEuro, formatPercent } from './format.ts';

export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

/** A rate the source states only for some applicants. */
export interface SpecialRate {
  /** Public id of the condition (vocabulary `rateConditions`), as the form sends it. */
  condition: string;
  /** Who that is, in German: „Kommunen in Haushaltsnotlage oder Haushaltssicherung“. */
  label: string;
  /** Percent of eligible costs for them, as published. */
  fundingRate: Range;
}

export interface ProgrammeTerms {
  /** Percent of eligible costs, as published; for everyone without a special rate. */
  fundingRate?: Range | undefined;
  /** Euros per project, as published. */
  amount?: Range | undefined;
  /** The money is a loan: it covers costs but is paid back. */
  loan: boolean;
  /** Rates for some applicants only. */
  specialRates?: readonly SpecialRate[] | undefined;
}

export interface OwnShareOptions {
  /** Conditions the user says the municipality meets (ids as in SpecialRate.condition). */
  conditions?: readonly string[] | undefined;
}

export type OwnShare =
  | { kind: 'no-rate'; text: string }
  | {
      kind: 'estimate';
      funding: { low: number; high: number };
      own: { low: number; high: number };
      /** The maximum amount cut the funding down. */
      capped: boolean;
      /** Even the highest funding stays under the published minimum amount. */
      belowMinimum: boolean;
      /** The condition whose special rate was used, if any. */
      specialRate: string | undefined;
      text: string;
    };

const span = (low: number, high: number, format: (value: number) => string) => (low === high ? format(low) : `${format(low)} bis ${format(high)}`);

const bounds = (rate: Range | undefined) => {
  const low = rate?.min ?? rate?.max;
  const high = rate?.max ?? rate?.min;
  return low === undefined || high === undefined ? undefined : { low, high };
};

/** „Für Kommunen in Haushaltsnotlage oder Haushaltssicherung nennt die Quelle 90 %.“ – one short sentence for the special rates not used. */
function otherRatesSentence(rates: readonly SpecialRate[]): string[] {
  const parts = rates.flatMap((rate) => {
    const b = bounds(rate.fundingRate);
    return b ? [{ label: rate.label, percent: span(b.low, b.high, formatPercent) }] : [];
  });
  const [first, ...rest] = parts;
  if (!first) return [];
  return [[`Für ${first.label} nennt die Quelle ${first.percent}`, ...rest.map((part) => `für ${part.label} ${part.percent}`)].join(', ') + '.'];
}

/**
 * Funding and own share for `cost` euros of eligible costs under `terms`. When the
 * user states a condition the programme has a special rate for, that rate is used
 * (the highest, should several apply: the municipality would claim it).
 */
export function ownShare(cost: number, terms: ProgrammeTerms, options: OwnShareOptions = {}): OwnShare {
  const { fundingRate, amount, loan } = terms;
  const specialRates = terms.specialRates ?? [];
  const stated = new Set(options.conditions ?? []);
  const applying = specialRates
    .filter((rate) => stated.has(rate.condition) && bounds(rate.fundingRate))
    .sort((a, b) => bounds(b.fundingRate)!.high - bounds(a.fundingRate)!.high)[0];
  const others = specialRates.filter((rate) => rate !== applying);
  const rate = bounds(applying ? applying.fundingRate : fundingRate);
  if (!rate) {
    return {
      kind: 'no-rate',
      text: [
        `Die Quelle nennt keinen ${others.length ? 'allgemeinen ' : ''}Fördersatz; eine Rechnung wäre geraten. Fragen Sie die Bewilligungsstelle.`,
        ...otherRatesSentence(others),
      ].join(' '),
    };
  }
  const { low: lowRate, high: highRate } = rate;
  const cap = amount?.max ?? Number.POSITIVE_INFINITY;
  const fund = (percent: number) => Math.min(Math.round((cost * percent) / 100), cap);
  const funding = { low: fund(lowRate), high: fund(highRate) };
  const own = { low: cost - funding.high, high: cost - funding.low };
  const capped = cost * (highRate / 100) > cap;
  const belowMinimum = amount?.min !== undefined && funding.high < amount.min;
  const sum = `${span(lowRate, highRate, formatPercent)} von ${formatEuro(cost)} ergeben ${span(funding.low, funding.high, formatEuro)} ${loan ? 'Darlehen' : 'Förderung'}.`;

  const sentences = [
    applying ? `Für ${applying.label} gilt laut Quelle ein eigener Satz: ${sum}` : sum,
    ...(capped ? [`Das ist auf den Höchstbetrag von ${formatEuro(cap)} je Vorhaben begrenzt.`] : []),
    `Eigenanteil der Kommune: ${span(own.low, own.high, formatEuro)}.`,
    ...otherRatesSentence(others),
    ...(loan ? ['Ein Darlehen wird zurückgezahlt: Es verschiebt die Kosten, es senkt sie nicht.'] : []),
    ...(belowMinimum ? [`Der Mindestbetrag je Vorhaben liegt bei ${formatEuro(amount!.min!)}; für so kleine Vorhaben kommt das Programm wohl nicht in Frage.`] : []),
  ];
  return { kind: 'estimate', funding, own, capped, belowMinimum, specialRate: applying?.condition, text: sentences.join(' ') };
}
