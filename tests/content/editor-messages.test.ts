/**
 * What an editor reads when a file is wrong: German, with the line in the file
 * where it helps, and the right words for a field left out. The broken fixtures
 * are run for file and field in broken-content.test.ts; here the wording counts.
 */
import { cpSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/integrations/content-validation.ts';
import { contentWith, describeBroken } from '../helpers/content-fixture.ts';

const reportFor = (source: string) => validateContentDir(contentWith(describeBroken(source)));

describe('messages for editors', () => {
  it('says „Pflichtfeld fehlt“ for a field left out', () => {
    expect(reportFor('guides--missing-summary-field.mdx')).toMatch(/Feld „summary“: Pflichtfeld fehlt$/m);
  });

  it('reports MDX that would break the build in German, with line and column in the file', () => {
    expect(reportFor('guides--mdx-less-than.mdx')).toContain('Zeile 9, Spalte 19: „<“ beginnt in MDX ein Element');
    expect(reportFor('guides--mdx-stray-brace.mdx')).toContain('Zeile 9, Spalte 14: „{“ beginnt in MDX einen Ausdruck');
    expect(reportFor('guides--mdx-unclosed-div.mdx')).toContain('Zeile 9, Spalte 1: Das Element „<div>“ wird nicht geschlossen.');
  });

  it('rejects script, javascript: links, event handlers and images from other servers, naming the line', () => {
    expect(reportFor('guides--script-in-body.md')).toContain('Zeile 11: enthält ein <script>-Element');
    expect(reportFor('guides--javascript-link.md')).toContain('„javascript:“-Link');
    expect(reportFor('guides--event-handler.md')).toContain('Ereignis-Attribut');
    expect(reportFor('guides--foreign-image.md')).toContain('Bild von einem anderen Server');
    expect(reportFor('guides--too-long.md')).toMatch(/ist mit 11[0-9.]+ Zeichen zu lang \(höchstens 100\.000\)/);
  });

  it('checks that the link of a checklist step to a guide section lands on a heading, and names the ones there are', () => {
    expect(reportFor('checklists--see-missing-section.mdx')).toContain('verweist auf den Abschnitt „#zweiter-abschnitt“, den der Leitfaden „testleitfaden“ nicht hat (seine Überschriften ergeben: #erster-abschnitt)');
  });

  it('reports broken YAML in German with its line in the file', () => {
    expect(reportFor('guides--broken-yaml.mdx')).toMatch(/kein gültiges YAML in Zeile \d+, Spalte \d+: ein schließendes Zeichen fehlt/);
  });

  it('accepts a file that starts with a byte order mark', () => {
    const dir = contentWith();
    const file = join(dir, 'guides', 'testleitfaden.mdx');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    expect(validateContentDir(dir)).toBe('');
  });

  it('names the other file when „.md“ and „.mdx“ share a name', () => {
    const dir = contentWith();
    cpSync(join(dir, 'guides', 'testleitfaden.mdx'), join(dir, 'guides', 'testleitfaden.md'));
    expect(validateContentDir(dir)).toMatch(/testleitfaden\.mdx – Feld „Dateiname“: Kennung „testleitfaden“ gibt es in dieser Sammlung schon \(.*testleitfaden\.md\)/);
  });
});
