/**
 * One entry of the Merkliste as data (/merkliste/foerderprogramme/<id>.json): the page
 * loads only the entries on the list, so its cost does not grow with the catalogue.
 */
import type { APIContext } from 'astro';
import type { SavedEntry } from '../../../core/saved-list.ts';
import { savedList } from '../../../data/saved-list.ts';

export async function getStaticPaths() {
  const { entries } = await savedList();
  return Object.entries(entries).map(([key, entry]) => {
    const [section, slug] = key.split('/');
    return { params: { section, slug }, props: { entry } };
  });
}

export function GET({ props }: APIContext<{ entry: SavedEntry }>): Response {
  return new Response(JSON.stringify(props.entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
