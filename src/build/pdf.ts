/**
 * PDF downloads of guides and checklists, made at build time with pdfkit from the
 * same content as the pages: A4, a header with title, „Stand“ and the page's
 * address, headings as bookmarks (outline), clickable links, page numbers, and an
 * embedded font so German text is real, selectable, searchable text. The PDF is
 * tagged (PDF 1.7 structure tree: H1–H3, P, L/LI/Lbl/LBody, Link; page numbers as
 * artifacts), so screen readers read it in order and with its structure.
 */
import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Block, Run } from './pdf-blocks.ts';

export interface ChecklistItem {
  text: string;
  detail?: string | undefined;
  required: boolean;
}

export interface PdfSpec {
  title: string;
  /** e.g. „Leitfaden“ or „Checkliste“. */
  kind: string;
  /** Already formatted date, e.g. „25. November 2026“. */
  stand: string;
  url: string;
  summary: string;
  blocks?: Block[];
  items?: ChecklistItem[];
}

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/${file}`));
let fonts: { regular: Buffer; bold: Buffer } | undefined;

const A4 = { margin: 56, text: '#1b1c1e', muted: '#4a4f57', link: '#0a5bab' } as const;

export function renderPdf(spec: PdfSpec): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= { regular: font('noto-sans-latin-400-normal.woff'), bold: font('noto-sans-latin-700-normal.woff') };
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4.margin,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: { Title: spec.title, Subject: `${spec.kind}, Stand ${spec.stand}`, Creator: 'Förderfinder Digitale Kommune', Author: 'Förderfinder Digitale Kommune' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * A4.margin;
  // Every piece of content is drawn inside the structure element it belongs to:
  // a closure passed to doc.struct runs when the element joins the tree.
  const root = doc.struct('Document');
  doc.addStructure(root);
  type Children = PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[];
  const tag = (type: string, children: Children) => doc.struct(type, {}, children);
  const add = (type: string, children: Children) => root.add(tag(type, children));
  /** A link is its own structure element, so the annotation is tagged with its text. */
  const runChild = (run: Run, options: PDFKit.Mixins.TextOptions) => {
    const draw = () => {
      doc.font(run.bold ? 'bold' : 'regular').fillColor(run.link ? A4.link : A4.text);
      doc.text(run.text, { ...options, link: run.link ?? null, underline: Boolean(run.link) });
    };
    return run.link ? tag('Link', draw) : draw;
  };
  const runChildren = (items: Run[], options: PDFKit.Mixins.TextOptions) =>
    items.map((run, index) => runChild(run, { ...options, continued: index < items.length - 1 }));

  add('P', () => doc.font('regular').fontSize(10).fillColor(A4.muted).text(`${spec.kind} · Förderfinder Digitale Kommune`));
  add('H1', () => doc.moveDown(0.3).font('bold').fontSize(20).fillColor(A4.text).text(spec.title, { width }));
  doc.moveDown(0.3).fontSize(10);
  add('P', [() => doc.font('regular').fillColor(A4.muted).text(`Stand: ${spec.stand} · `, { continued: true }), runChild({ text: spec.url, link: spec.url }, {})]);
  doc.moveDown(0.8);
  add('P', () => doc.font('regular').fontSize(12).fillColor(A4.text).text(spec.summary, { width }));
  doc.moveDown(0.8);

  const outline = doc.outline;
  let section: PDFKit.PDFOutline | undefined;

  for (const block of spec.blocks ?? []) {
    if (block.type === 'heading') {
      doc.moveDown(0.6);
      add(`H${Math.min(Math.max(block.depth, 2), 3)}`, () => doc.font('bold').fontSize(block.depth <= 2 ? 15 : 12.5).fillColor(A4.text).text(block.text, { width }));
      if (block.depth <= 2 || !section) section = outline.addItem(block.text);
      else section.addItem(block.text);
      doc.moveDown(0.3).fontSize(11);
    } else if (block.type === 'paragraph') {
      doc.fontSize(11);
      add('P', runChildren(block.runs, { width, lineGap: 2 }));
      doc.fillColor(A4.text).moveDown(0.5);
    } else {
      doc.fontSize(11);
      add(
        'L',
        block.items.map((item, index) =>
          tag('LI', [
            tag('Lbl', () => {
              if (index > 0) doc.moveDown(0.15);
              const line = doc.y;
              doc.font('regular').fillColor(A4.text).text(block.ordered ? `${index + 1}.` : '•', A4.margin, line, { width: 16, lineBreak: false });
              // The item's text hangs beside its marker, wrapped lines included.
              doc.x = A4.margin + 18;
              doc.y = line;
            }),
            tag('LBody', runChildren(item.length ? item : [{ text: '' }], { width: width - 18, lineGap: 2 })),
          ]),
        ),
      );
      doc.fillColor(A4.text);
      doc.x = A4.margin;
      doc.moveDown(0.5);
    }
    doc.x = A4.margin;
  }

  if (spec.items?.length) {
    section = outline.addItem('Die Schritte');
    doc.moveDown(0.6);
    add('H2', () => doc.font('bold').fontSize(15).fillColor(A4.text).text('Die Schritte', { width }));
    doc.moveDown(0.3);
    add(
      'L',
      spec.items.map((item, index) =>
        tag('LI', [
          // Drawn when the list joins the tree, so each item starts where the one before ended.
          tag('Lbl', () => {
            if (doc.y > doc.page.height - A4.margin - 60) doc.addPage();
            const top = doc.y;
            // The empty box to tick on paper belongs to the label; the number says the order.
            doc.lineWidth(1).strokeColor(A4.text).rect(A4.margin, top + 2, 11, 11).stroke();
            doc.font('bold').fontSize(11).fillColor(A4.text).text(`${index + 1}.`, A4.margin + 20, top, { continued: true });
          }),
          tag('LBody', () => {
            doc.text(` ${item.text}`, { width: width - 20 });
            doc.font('regular').fontSize(9.5).fillColor(A4.muted).text(item.required ? 'Pflicht' : 'Empfohlen', { width: width - 20 });
            if (item.detail) doc.fontSize(10.5).fillColor(A4.text).text(item.detail, { width: width - 20, lineGap: 1.5 });
            doc.moveDown(0.6);
            doc.x = A4.margin;
          }),
        ]),
      ),
    );
  }
  root.end();

  // Page numbers last, when the page count is known; the footer sits in the bottom margin.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(9).fillColor(A4.muted).text(`Seite ${i + 1} von ${range.count}`, A4.margin, doc.page.height - 36, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
