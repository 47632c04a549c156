import type { APIContext } from 'astro';
import { programmeRecords } from '../../data/open-data.ts';
import { programmesCsv } from '../../build/open-data.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  return new Response(programmesCsv(await programmeRecords(site!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
