/**
 * The PDF of each guide and checklist, made once per build and shared by the
 * download endpoint and the page that shows its size.
 */
import { entryUrl } from '../core/urls.ts';
import { formatDate } from '../core/format.ts';
import { markdownBlocks } from '../build/pdf-blocks.ts';
import { renderPdf } from '../build/pdf.ts';
import type { Entry } from './entries.ts';

type Printable = Entry<'guides'> | Entry<'checklists'>;
const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export function pdfPath(entry: Printable): string {
  return `${entryUrl(entry.collection, entry.id)}${entry.id}.pdf`;
}

export function pdfFor(entry: Printable, site: URL): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${entry.collection}/${entry.id}`;
  let pdf = cache.get(key);
  if (!pdf) {
    const url = new URL(entryUrl(entry.collection, entry.id), site).href;
    const common = {
      title: entry.data.title,
      stand: formatDate(entry.data.updated),
      url,
      summary: entry.data.summary,
      blocks: markdownBlocks(entry.body ?? '', url),
    };
    pdf =
      entry.collection === 'guides'
        ? renderPdf({ ...common, kind: 'Leitfaden' })
        : renderPdf({ ...common, kind: 'Checkliste', items: entry.data.items });
    cache.set(key, pdf);
  }
  return pdf;
}

/** „PDF, 84 KB“ */
export function sizeLabel(bytes: number): string {
  return `PDF, ${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`;
}
