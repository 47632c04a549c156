/** The entries of each field of action, as cards, for the topic pages that work without JavaScript. */
import { isOpen } from '../core/deadlines.ts';
import { lazy } from '../core/lazy.ts';
import { collectionNames, fields, type CollectionName, type Field } from '../core/vocabulary.ts';
import { entriesOf } from './entries.ts';
import { cardData, type CardData } from './route-data.ts';

export interface FieldPage {
  field: Field;
  cards: Record<CollectionName, CardData[]>;
  total: number;
  open: number;
}

export const fieldPages = lazy(async (): Promise<FieldPage[]> => {
  const all = await Promise.all(collectionNames.map(async (name) => [name, await Promise.all((await entriesOf(name)).map(cardData))] as const));
  return fields.ids.map((field) => {
    const cards = Object.fromEntries(all.map(([name, list]) => [name, list.filter((card) => (card.entry.data.fields as readonly Field[]).includes(field))])) as Record<CollectionName, CardData[]>;
    return {
      field,
      cards,
      total: Object.values(cards).reduce((sum, list) => sum + list.length, 0),
      open: cards.programmes.filter((card) => card.status && isOpen(card.status.status.status)).length,
    };
  });
});
