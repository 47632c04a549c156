/**
 * Valid entries of every collection for unit tests, parsed through the real
 * schemas (so defaults apply and a schema change shows up here first). Each
 * takes overrides of its frontmatter.
 */
import type { DataOf, TypedEntry } from '../../src/schemas/index.ts';
import { schemas } from '../../src/schemas/index.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';

const summary = 'Eine ausreichend lange Zusammenfassung für einen Testeintrag, die mindestens achtzig Zeichen umfasst.';

const minimal: { [C in CollectionName]: Record<string, unknown> } = {
  programmes: {
    title: 'Testprogramm', summary, provider: 'Ministerium', level: 'land', states: ['SN'], applicants: ['gemeinde'],
    stages: ['keine'], fields: ['verwaltung'], fundingTypes: ['zuschuss'], status: 'laufend',
    sourceUrl: 'https://www.example.org/programm', lastChecked: '2026-11-20',
  },
  offers: {
    title: 'Testangebot', summary, provider: 'Kompetenzzentrum', offerType: 'beratung', states: 'all', audience: ['landkreis'],
    stages: ['geplant'], fields: ['verwaltung'], help: ['beratung'], sourceUrl: 'https://www.example.org/angebot', lastChecked: '2026-11-20',
  },
  checklists: {
    title: 'Testliste', summary, stages: ['geplant'], fields: ['verwaltung'], updated: '2026-11-20',
    items: [{ id: 'eins', text: 'Schritt eins' }, { id: 'zwei', text: 'Schritt zwei' }, { id: 'drei', text: 'Schritt drei' }],
  },
  guides: { title: 'Testleitfaden', summary, stages: ['geplant'], fields: ['verwaltung'], updated: '2026-11-20' },
  examples: {
    title: 'Testbeispiel', summary, place: 'Musterstadt', states: ['BY'], applicantType: 'stadt', fields: ['mobilitaet'],
    sourceUrl: 'https://www.example.org/beispiel', lastChecked: '2026-11-20',
  },
};

export function entry<C extends CollectionName>(collection: C, id: string, overrides: Record<string, unknown> = {}): TypedEntry<C> {
  const data = schemas[collection].parse({ ...minimal[collection], ...overrides }) as DataOf[C];
  return { collection, id, data } as TypedEntry<C>;
}
