import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { markdownBlocks } from '../../src/build/pdf-blocks.ts';
import { renderPdf } from '../../src/build/pdf.ts';

const markdown = `Einleitung mit **fettem** Wort und [Checkliste](/checklisten/foerderantrag-vorbereiten/).

## Schritt 1: Ausgangslage erfassen

Text über Bürgerbeteiligung, „Anführungszeichen“ – und 1.000 €.

### Für kleine Gemeinden

- erster Punkt
- zweiter Punkt mit [Quelle](https://www.example.org/quelle)

## Häufige Stolpersteine

1. eins
2. zwei
`;

describe('markdownBlocks', () => {
  it('keeps headings, paragraphs with links and bold runs, and lists', () => {
    const blocks = markdownBlocks(markdown, 'https://site.example/leitfaeden/x/');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'list', 'heading', 'list']);
    const intro = blocks[0] as Extract<(typeof blocks)[number], { type: 'paragraph' }>;
    expect(intro.runs).toContainEqual({ text: 'fettem', bold: true });
    expect(intro.runs).toContainEqual({ text: 'Checkliste', link: 'https://site.example/checklisten/foerderantrag-vorbereiten/' });
  });
});

describe('renderPdf', async () => {
  const bytes = await renderPdf({
    title: 'Fördermittel finden – ein Test',
    kind: 'Leitfaden',
    stand: '25. November 2026',
    url: 'https://site.example/leitfaeden/x/',
    summary: 'Worum es geht, mit Umlauten: äöüß.',
    blocks: markdownBlocks(markdown, 'https://site.example/leitfaeden/x/'),
    items: [{ text: 'Ratsbeschluss einholen', detail: 'Rechtzeitig vor der Frist.', required: true }],
  });
  const header = new TextDecoder().decode(bytes.slice(0, 5));
  // pdf.js takes over (detaches) the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(bytes.slice());
  const { text } = await extractText(pdf, { mergePages: true });

  it('is a PDF with selectable text: title, every heading, umlauts intact', () => {
    expect(header).toBe('%PDF-');
    for (const expected of ['Fördermittel finden – ein Test', 'Schritt 1: Ausgangslage erfassen', 'Für kleine Gemeinden', 'Häufige Stolpersteine', 'Bürgerbeteiligung, „Anführungszeichen“ – und 1.000 €', 'Stand: 25. November 2026', 'Ratsbeschluss einholen']) {
      expect(text).toContain(expected);
    }
  });

  it('has the headings as bookmarks, nested by level', async () => {
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual(['Schritt 1: Ausgangslage erfassen', 'Häufige Stolpersteine', 'Die Schritte']);
    expect(outline[0]!.items.map((item) => item.title)).toEqual(['Für kleine Gemeinden']);
  });

  it('has clickable links and page numbers', async () => {
    const page = await pdf.getPage(1);
    const links = (await page.getAnnotations()).map((annotation) => annotation.url).filter(Boolean);
    expect(links).toEqual(expect.arrayContaining(['https://site.example/leitfaeden/x/', 'https://site.example/checklisten/foerderantrag-vorbereiten/', 'https://www.example.org/quelle']));
    expect(text).toMatch(/Seite 1 von \d+/);
  });

  it('is A4', async () => {
    const page = await pdf.getPage(1);
    const [, , width, height] = page.view;
    expect(Math.round(width!)).toBe(595);
    expect(Math.round(height!)).toBe(842);
  });
});
