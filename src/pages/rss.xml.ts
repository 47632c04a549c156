/** Feed of programmes, newest check first: „what's new since I last looked“. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { entriesOf } from '../data/entries.ts';
import { siteName } from '../data/site.ts';
import { compareText } from '../core/order.ts';
import { entryUrl } from '../core/urls.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  const programmes = [...(await entriesOf('programmes'))].sort(
    (a, b) => b.data.lastChecked.localeCompare(a.data.lastChecked) || compareText(a.data.title, b.data.title),
  );
  return rss({
    title: `${siteName}: Förderprogramme`,
    description: 'Neue und aktualisierte Förderprogramme für die Digitalisierung von Kommunen.',
    site: site!,
    customData: '<language>de-de</language>',
    items: programmes.map((programme) => ({
      title: programme.data.title,
      description: programme.data.summary,
      link: entryUrl('programmes', programme.id),
      pubDate: new Date(`${programme.data.lastChecked}T00:00:00Z`),
    })),
  });
}
