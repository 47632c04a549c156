/** The terms the own-share calculation needs, from a programme's data. */
import type { ProgrammeTerms } from '../core/own-share.ts';
import type { Programme } from '../schemas/programme.ts';

export function programmeTerms(p: Programme): ProgrammeTerms {
  // A programme that offers both a grant and a loan is counted as a grant: the calculation shows the larger help.
  return { fundingRate: p.fundingRate, amount: p.amount, loan: !p.fundingTypes.includes('zuschuss') && p.fundingTypes.includes('darlehen') };
}
