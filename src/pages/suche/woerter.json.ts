/** The site's own words for „Meinten Sie …?“ in the search (core/spelling.ts): titles, summaries, synonyms, Land names and words the texts use more than once. */
import { dictionaryWords } from '../../core/spelling.ts';
import { synonymGroups } from '../../core/synonyms.ts';
import { collectionNames, stateCodes, states } from '../../core/vocabulary.ts';
import { entriesOf } from '../../data/entries.ts';

export async function GET(): Promise<Response> {
  const entries = (await Promise.all(collectionNames.map((name) => entriesOf(name)))).flat();
  const words = dictionaryWords(
    [...entries.flatMap((entry) => [entry.data.title, entry.data.summary]), ...synonymGroups.flat(), ...stateCodes.map((code) => states[code].name)],
    entries.map((entry) => entry.body ?? ''),
  );
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
