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

describe('renderPdf, tagged for screen readers', async () => {
  const bytes = await renderPdf({
    title: 'Tagged – ein Test',
    kind: 'Checkliste',
    stand: '25. November 2026',
    url: 'https://site.example/checklisten/x/',
    summary: 'Kurz.',
    blocks: markdownBlocks(markdown, 'https://site.example/checklisten/x/'),
    items: [
      { text: 'Ratsbeschluss einholen', required: true },
      { text: 'Angebote vergleichen', detail: 'Drei Angebote.', required: false },
    ],
  });
  const pdf = await getDocumentProxy(bytes.slice());
  type Node = { role?: string; children?: Node[] };
  const roles = (node: Node): string[] => [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)];
  const trees = await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1)).getStructTree() as Promise<Node>));
  const all = trees.flatMap(roles);
  const raw = new TextDecoder('latin1').decode(bytes);

  it('is marked as tagged, in German, with its title shown', async () => {
    expect((await pdf.getMarkInfo())?.Marked).toBe(true);
    expect(raw).toContain('/Lang (de-DE)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('has a structure tree with the title, every heading, paragraphs, lists and links in reading order', () => {
    expect(all.slice(0, 2)).toEqual(['Root', 'Document']);
    // One H1, then the guide's two level-2 headings and the steps' heading, the level-3 one as H3.
    expect(all.filter((role) => role === 'H1')).toHaveLength(1);
    expect(all.filter((role) => role === 'H2')).toHaveLength(3);
    expect(all.filter((role) => role === 'H3')).toHaveLength(1);
    // Two lists in the text and the steps; each item with its label and body.
    expect(all.filter((role) => role === 'L')).toHaveLength(3);
    expect(all.filter((role) => role === 'LI')).toHaveLength(6);
    expect(all.filter((role) => role === 'Lbl')).toHaveLength(6);
    expect(all.filter((role) => role === 'LBody')).toHaveLength(6);
    // The page address, the checklist link and the source link.
    expect(all.filter((role) => role === 'Link')).toHaveLength(3);
    expect(all.indexOf('H1')).toBeLessThan(all.indexOf('H2'));
  });
});
