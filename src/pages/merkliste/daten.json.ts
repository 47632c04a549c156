/** The Merkliste's catalogue, loaded by /merkliste/ only. */
import type { APIContext } from 'astro';
import { entriesOf } from '../../data/entries.ts';
import { today } from '../../data/today.ts';
import { savedCatalogue } from '../../projections/saved-list.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  const catalogue = savedCatalogue(await entriesOf('programmes'), await entriesOf('offers'), today, site!);
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
