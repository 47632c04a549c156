/** PDF download of every guide and checklist, from the same content as its page. */
import type { APIContext } from 'astro';
import { entriesOf, type Entry } from '../../../data/entries.ts';
import { pdfFor } from '../../../data/pdfs.ts';
import { collections } from '../../../core/vocabulary.ts';

export async function getStaticPaths() {
  const printable = [...(await entriesOf('guides')), ...(await entriesOf('checklists'))];
  return printable.map((entry) => ({
    params: { section: collections[entry.collection].path, slug: entry.id, name: entry.id },
    props: { entry },
  }));
}

export async function GET({ props, site }: APIContext<{ entry: Entry<'guides'> | Entry<'checklists'> }>): Promise<Response> {
  return new Response(await pdfFor(props.entry, site!), { headers: { 'Content-Type': 'application/pdf' } });
}
