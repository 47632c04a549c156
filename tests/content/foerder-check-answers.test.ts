/**
 * The Förder-Check's short answer over the real catalogue, for municipalities a
 * consultant meets. Each expectation was chosen by reading the programmes (who may
 * apply, where, for what), not by running the function: if a ranking change or a
 * content change pushes the obvious programme out of the three best matches, this
 * fails and someone has to look.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/core/answers.ts';
import { matchEntries } from '../../src/core/matching.ts';
import { bestMatches } from '../../src/core/result-view.ts';
import { validateContent } from '../../src/build/read-content.ts';
import { toWizardEntry } from '../../src/projections/match-entry.ts';

const catalogue = validateContent().entries.map(toWizardEntry);
const today = '2026-12-01';

const cases: Array<[who: string, query: string, expected: string[]]> = [
  ['Gemeinde mit 4.800 Einwohnern in Thüringen ohne Strategie, Verwaltung', 'typ=gemeinde&einwohner=4800&land=TH&phase=keine&felder=verwaltung', ['th-e-government-richtlinie']],
  ['Dorf mit 3.000 Einwohnern in Thüringen, Dorfentwicklung und Beteiligung', 'typ=gemeinde&einwohner=3000&land=TH&felder=stadtentwicklung,beteiligung', ['th-digitale-dorfentwicklung']],
  ['Landkreis in Sachsen-Anhalt, Onlinedienste', 'typ=landkreis&land=ST&felder=verwaltung', ['st-ozg-anschubfinanzierung']],
  ['Großstadt in Baden-Württemberg, Gesundheitsamt', 'typ=stadt&einwohner=250000&land=BW&felder=gesundheit', ['bw-digitalisierung-oegd']],
  ['Gemeinde im Saarland, Informationssicherheit in der Verwaltung', 'typ=gemeinde&land=SL&felder=verwaltung', ['sl-isms-bedarfszuweisung']],
  ['Amt in Mecklenburg-Vorpommern, E-Government', 'typ=gemeinde&land=MV&felder=verwaltung', ['mv-e-government-richtlinie']],
  ['Mittelstadt in Nordrhein-Westfalen, Bibliothek und Bildung', 'typ=stadt&einwohner=40000&land=NW&felder=bildung', ['nw-bibliotheksfoerderung']],
  ['Gemeinde in Bayern als Schulaufwandsträger', 'typ=gemeinde&land=BY&felder=bildung', ['by-schulmobe']],
  ['Ortsgemeinde mit 2.000 Einwohnern in Rheinland-Pfalz, Bücherei', 'typ=gemeinde&einwohner=2000&land=RP&felder=bildung', ['rp-bibliotheksfoerderung']],
  ['Berlin, Verkehr', 'typ=stadt&land=BE&felder=mobilitaet', ['be-bene2-nachhaltige-mobilitaet']],
  ['Bremen, Klimaanpassung und Frühwarnsysteme', 'typ=stadt&land=HB&felder=stadtentwicklung,gesundheit', ['hb-zup-klimaanpassung']],
  ['Gemeinde in Sachsen, Energiemanagement', 'typ=gemeinde&land=SN&felder=energie', ['sn-kommunales-energiemanagement-euk']],
  ['Gemeinde in Hessen, WLAN im Ort', 'typ=gemeinde&land=HE&felder=infrastruktur,wirtschaft', ['he-digitale-dorflinde']],
];

describe('the short answer for municipalities a consultant meets', () => {
  it.each(cases)('%s', (_who, query, expected) => {
    const { answers, notes } = parseAnswers(new URLSearchParams(query));
    expect(notes).toEqual([]);
    const best = bestMatches(matchEntries(answers, catalogue, today)).map((result) => result.entry.id);
    for (const id of expected) expect(best, `${id} unter den besten Treffern`).toContain(id);
  });

  it('never offers an umbrella fund or a closed programme as a best match', () => {
    for (const [, query] of cases) {
      const best = bestMatches(matchEntries(parseAnswers(new URLSearchParams(query)).answers, catalogue, today));
      expect(best.filter((result) => result.entry.umbrella || result.closed)).toEqual([]);
    }
  });
});
