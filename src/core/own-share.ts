/**
 * The own share (Eigenanteil) of a planned project under one programme: the
 * expected funding from the published rate, capped at the published maximum, and
 * what the municipality pays itself, with the rule in plain German. Pure, so the
 * rules are tested without a browser; programme pages use it in a small form.
 * Nothing is guessed: without a published rate there is no figure.
 */
import { formatEuro, formatPercent } from './format.ts';

export interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

export interface ProgrammeTerms {
  /** Percent of eligible costs, as published. */
  fundingRate?: Range | undefined;
  /** Euros per project, as published. */
  amount?: Range | undefined;
  /** The money is a loan: it covers costs but is paid back. */
  loan: boolean;
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
      text: string;
    };

const span = (low: number, high: number, format: (value: number) => string) => (low === high ? format(low) : `${format(low)} bis ${format(high)}`);

/** Funding and own share for `cost` euros of eligible costs under `terms`. */
export function ownShare(cost: number, terms: ProgrammeTerms): OwnShare {
  const { fundingRate, amount, loan } = terms;
  const lowRate = fundingRate?.min ?? fundingRate?.max;
  const highRate = fundingRate?.max ?? fundingRate?.min;
  if (lowRate === undefined || highRate === undefined) {
    return { kind: 'no-rate', text: 'Die Quelle nennt keinen Fördersatz; eine Rechnung wäre geraten. Fragen Sie die Bewilligungsstelle.' };
  }
  const cap = amount?.max ?? Number.POSITIVE_INFINITY;
  const fund = (rate: number) => Math.min(Math.round((cost * rate) / 100), cap);
  const funding = { low: fund(lowRate), high: fund(highRate) };
  const own = { low: cost - funding.high, high: cost - funding.low };
  const capped = cost * (highRate / 100) > cap;
  const belowMinimum = amount?.min !== undefined && funding.high < amount.min;

  const sentences = [
    `${span(lowRate, highRate, formatPercent)} von ${formatEuro(cost)} ergeben ${span(funding.low, funding.high, formatEuro)} ${loan ? 'Darlehen' : 'Förderung'}.`,
    ...(capped ? [`Das ist auf den Höchstbetrag von ${formatEuro(cap)} je Vorhaben begrenzt.`] : []),
    `Eigenanteil der Kommune: ${span(own.low, own.high, formatEuro)}.`,
    ...(loan ? ['Ein Darlehen wird zurückgezahlt: Es verschiebt die Kosten, es senkt sie nicht.'] : []),
    ...(belowMinimum ? [`Der Mindestbetrag je Vorhaben liegt bei ${formatEuro(amount!.min!)}; für so kleine Vorhaben kommt das Programm wohl nicht in Frage.`] : []),
  ];
  return { kind: 'estimate', funding, own, capped, belowMinimum, text: sentences.join(' ') };
}
