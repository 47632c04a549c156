import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { idFromTitle, readContentFile, writeContentFile } from '../../src/core/frontmatter.ts';

describe('content files written by the editors’ workspace', () => {
  const { entries } = readContent();

  it('read back to the same data for every content file, so saving changes only what the editor changed', () => {
    let identical = 0;
    for (const entry of entries) {
      const text = readFileSync(entry.file, 'utf8').replace(/^\uFEFF/, '');
      const data = readContentFile(text);
      const written = writeContentFile(data);
      const again = readContentFile(written);
      const withoutEmpty = (value: Record<string, unknown>) => JSON.parse(JSON.stringify(value, (_, v) => (Array.isArray(v) && v.length === 0 ? undefined : v)));
      expect(withoutEmpty(again), entry.file).toEqual(withoutEmpty(data));
      // Written twice, a file does not change: no drift from save to save.
      expect(writeContentFile(again), entry.file).toBe(written);
      if (written === text) identical++;
    }
    // Files in the house style (quoted text, flow lists of ids) come out byte for byte: 222 of 262 on 1 December 2026.
    expect(identical / entries.length).toBeGreaterThan(0.8);
  });

  it('changing one value changes one line', () => {
    const text = '---\ntitle: "Test – Förderung"\nlevel: land\nstates: [BY, SN]\nfundingRate:\n  max: 80\nlastChecked: 2026-12-01\n---\nText.\n';
    const data = readContentFile(text);
    expect(writeContentFile(data, ['title', 'level', 'states', 'fundingRate', 'lastChecked'])).toBe(text);
    (data.fundingRate as { max: number }).max = 75;
    const changed = writeContentFile(data, ['title', 'level', 'states', 'fundingRate', 'lastChecked']).split('\n');
    expect(changed.filter((line, index) => line !== text.split('\n')[index])).toEqual(['  max: 75']);
  });

  it('quotes what YAML would misread', () => {
    const written = writeContentFile({ a: 'true', b: '0301234', c: 'no', d: 'Zeile mit "Zitat"', e: ['x', 'yes'] }, []);
    expect(readContentFile(written)).toMatchObject({ a: 'true', b: '0301234', c: 'no', d: 'Zeile mit "Zitat"', e: ['x', 'yes'] });
  });

  it('makes ids from titles the way the team does: ä → ae, ß → ss', () => {
    expect(idFromTitle('Größere Förderung für Übungsräume')).toBe('groessere-foerderung-fuer-uebungsraeume');
    expect(idFromTitle('  DigitalPakt 2.0 – Schule  ')).toBe('digitalpakt-2-0-schule');
    expect(idFromTitle('Crème brûlée')).toBe('creme-brulee');
  });
});
