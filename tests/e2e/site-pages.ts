/** Pages the browser tests visit, taken from the content itself so new entries are covered. */
import { readContent } from '../../src/build/read-content.ts';
import { mainNavigation, legalNavigation } from '../../src/data/site.ts';
import { collectionUrl, entryUrl } from '../../src/core/urls.ts';
import { collectionNames } from '../../src/core/vocabulary.ts';

const { entries } = readContent();

export const contentPages = entries.map((entry) => ({
  path: entryUrl(entry.collection, entry.id),
  title: (entry.data as { title: string }).title,
}));

/** One page of every template: home, each list, each detail type, legal pages, 404. */
export const templatePages: string[] = [
  '/',
  ...collectionNames.map(collectionUrl),
  ...collectionNames.flatMap((name) => {
    const first = entries.find((entry) => entry.collection === name);
    return first ? [entryUrl(name, first.id)] : [];
  }),
  '/foerder-check/',
  '/foerder-check/?typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&hilfe=geld,beratung',
  '/bundeslaender/',
  '/bundeslaender/sachsen/',
  '/themen/verwaltung/',
  '/suche/',
  '/suche/?q=Breitband&land=BY',
  '/studie/',
  '/merkliste/',
  ...legalNavigation.map((item) => item.href),
  '/diese-seite-gibt-es-nicht/',
];

export { mainNavigation, legalNavigation };
