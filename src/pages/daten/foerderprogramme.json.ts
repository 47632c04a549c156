import type { APIContext } from 'astro';
import { programmeRecords } from '../../data/open-data.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  return new Response(JSON.stringify(await programmeRecords(site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
