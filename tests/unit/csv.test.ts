import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from '../../src/core/csv.ts';

describe('CSV', () => {
  it('quotes semicolons, quotes and line breaks, and nothing else', () => {
    expect(csvCell('einfach')).toBe('einfach');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('sagt „Ja“ und "Nein"')).toBe('"sagt „Ja“ und ""Nein"""');
    expect(csvCell('Zeile\nzwei')).toBe('"Zeile\nzwei"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(90)).toBe('90');
  });

  it('keeps a spreadsheet from reading a text cell as a formula, and leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://example.org")')).toBe(`"'=HYPERLINK(""http://example.org"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Zuschuss – 50 %')).toBe('Zuschuss – 50 %');
  });

  it('starts with a BOM, ends lines with CRLF and round-trips', () => {
    const rows = [['Kommunalrichtlinie', 'Bund; BMUKN', 'Anträge "laufend"\nbis 2027']];
    const text = toCsv(['Titel', 'Fördergeber', 'Hinweis'], rows);
    expect(text.startsWith('\uFEFFTitel;Fördergeber;Hinweis\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['Titel', 'Fördergeber', 'Hinweis'], ...rows]);
  });
});
