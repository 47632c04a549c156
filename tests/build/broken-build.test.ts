/**
 * A broken content file must stop `npm run build` with a message naming file and
 * field, and must leave an already published site exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { contentWith, describeBroken } from '../helpers/content-fixture.ts';

describe('build with broken content', () => {
  it('fails, names file and field, and leaves the previous output untouched', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ff-out-')), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const broken = describeBroken('programmes--missing-checklist.mdx');

    const { status, output } = runBuild({ CONTENT_DIR: contentWith(broken), OUT_DIR: out });

    expect(status).not.toBe(0);
    expect(output).toContain(`programmes/${broken.target} – Feld „${broken.field}“`);
    expect(output).toContain('gibt-es-nicht');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});

describe('build with a mistyped BUILD_DATE', () => {
  it('stops with one German line naming the value, and builds nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ff-out-')), 'dist');
    const { status, output } = runBuild({ OUT_DIR: out, BUILD_DATE: '2026-13-01' });
    expect(status).toBe(1);
    expect(output.trim()).toBe('BUILD_DATE „2026-13-01“ ist kein Datum der Form JJJJ-MM-TT (etwa 2026-12-01). Nichts wurde gebaut.');
    expect(existsSync(out)).toBe(false);
  });
});

describe('production build with placeholders', () => {
  it('refuses to run, lists what is missing in German, and builds nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ff-out-')), 'dist');
    const { status, output } = runBuild({ OUT_DIR: out, PRODUCTION: '1', SITE_URL: '', OPERATOR_CONFIG: 'deploy/operator.json' });
    expect(status).toBe(1);
    expect(output).toContain('Produktions-Build abgebrochen, nichts wurde gebaut.');
    expect(output).toContain('- „name“ ist in den Betreiberangaben noch leer.');
    expect(existsSync(out)).toBe(false);
  });
});

