/**
 * The key facts of programmes and offers in words, once: the entry pages list
 * them under „Auf einen Blick“ and the Merkliste shows and compares them, so a
 * fact reads the same in both places. A fact without a value is not published.
 */
import { amountLabel, labelList, rateLabel, stateScopeLabel, yesNo } from '../core/describe.ts';
import { formatPopulation } from '../core/format.ts';
import { applicantTypes, combinability, fields, fundingTypes, helpTypes, levels, offerTypes } from '../core/vocabulary.ts';
import type { Offer } from '../schemas/offer.ts';
import type { Programme } from '../schemas/programme.ts';
import { programmeTerms } from './own-share-terms.ts';

export interface Fact {
  id: string;
  label: string;
  value?: string | undefined;
  /** Marks the next-deadline fact, which status-refresh.ts redoes against today's date. */
  nextDeadline?: boolean;
}

/** The facts of „Auf einen Blick“; `nextDeadline` is the next deadline in words on the build day. */
export function programmeFacts(p: Programme, nextDeadline: string | undefined): Fact[] {
  return [
    { id: 'provider', label: 'Fördergeber', value: p.provider },
    { id: 'approvingBody', label: 'Bewilligungsstelle', value: p.approvingBody ?? 'wie Fördergeber' },
    { id: 'level', label: 'Ebene', value: levels.label(p.level) },
    { id: 'fundingTypes', label: 'Förderart', value: labelList(p.fundingTypes, fundingTypes.label) },
    { id: 'applicants', label: 'Wer kann beantragen', value: labelList(p.applicants, applicantTypes.label) },
    { id: 'population', label: 'Größe der Kommune', value: formatPopulation(p.population) },
    { id: 'states', label: 'Länder', value: stateScopeLabel(p.states) },
    { id: 'fundingRate', label: 'Förderquote', value: rateLabel(p.fundingRate, p.fundingRateNote, programmeTerms(p).specialRates) },
    { id: 'amount', label: 'Förderbetrag', value: amountLabel(p.amount) },
    { id: 'ownContribution', label: 'Eigenanteil', value: p.ownContribution },
    { id: 'combinable', label: 'Kombinierbar (Kumulierung)', value: p.combinable && combinability.label(p.combinable) },
    {
      id: 'earlyStart',
      label: 'Vorzeitiger Maßnahmenbeginn',
      value: yesNo(p.earlyStart, 'möglich (vor der Bewilligung beginnen)', 'nicht möglich: erst nach der Bewilligung beginnen'),
    },
    { id: 'nextDeadline', label: 'Nächste Frist', value: nextDeadline ?? p.deadlineNote, nextDeadline: true },
  ];
}

/** What the programme funds, for the comparison: its fields of action. */
export const fundedFields = (p: Programme): string => labelList(p.fields, fields.label);

export function offerFacts(o: Offer): Fact[] {
  return [
    { id: 'provider', label: 'Anbieter', value: o.provider },
    { id: 'offerType', label: 'Art des Angebots', value: offerTypes.label(o.offerType) },
    { id: 'audience', label: 'Für wen', value: labelList(o.audience, applicantTypes.label) },
    { id: 'states', label: 'Länder', value: stateScopeLabel(o.states) },
    { id: 'help', label: 'Hilfe', value: labelList(o.help, helpTypes.label) },
    { id: 'cost', label: 'Kosten', value: o.cost },
  ];
}
