/**
 * What the own-share calculation (core/own-share.ts) needs of a programme, built
 * from its validated data. One place, so the programme page and the Merkliste
 * compute with the same terms and the same German labels.
 */
import type { ProgrammeTerms } from '../core/own-share.ts';
import { rateConditions } from '../core/vocabulary.ts';
import type { Programme } from '../schemas/programme.ts';

export function programmeTerms(p: Programme): ProgrammeTerms {
  return {
    fundingRate: p.fundingRate,
    amount: p.amount,
    // A loan only where nothing is granted: a programme with Zuschuss and Darlehen is read as a grant.
    loan: !p.fundingTypes.includes('zuschuss') && p.fundingTypes.includes('darlehen'),
    ...(p.specialRates.length > 0 && {
      specialRates: p.specialRates.map((rate) => ({
        condition: rate.condition,
        label: rateConditions.label(rate.condition),
        fundingRate: rate.fundingRate,
      })),
    }),
  };
}
