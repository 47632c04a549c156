/** The catalogue the Förder-Check matches against in the browser, built from the content. */
import { wizardEntries } from '../../data/entries.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await wizardEntries()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
