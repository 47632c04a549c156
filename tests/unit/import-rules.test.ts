/**
 * The floors of src/ by where code may run, guarded here rather than by review:
 * - src/core: pure logic for browser, worker and build; imports only src/core and npm packages
 * - src/schemas: the content contract; adds zod and the schemas themselves
 * - src/projections: validated entries projected for wizard, search, search engines; core and schemas
 * - src/build, src/data, src/integrations: build time only (Node, astro:content)
 * Browser islands (src/scripts, and the .ts beside their component in src/components) reach
 * nothing but src/core, each other, stylesheets and browser-safe packages.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNodeBuiltin, reachableImports, violations } from '../helpers/import-graph.ts';

const root = resolve(import.meta.dirname, '../..');
const tsFiles = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));

const local = (to: string) => to.startsWith('src/') || to.startsWith('tests/') || to.startsWith('..');
const outside = (...allowed: string[]) => (to: string) =>
  isNodeBuiltin(to) || to.startsWith('astro') || (local(to) && !allowed.some((folder) => to.startsWith(folder)));

describe('import rules', () => {
  it('keeps browser islands off Node, Astro and build-time code', () => {
    const reaches = reachableImports([...tsFiles('src/scripts'), ...tsFiles('src/components')], root);
    expect(reaches.length).toBeGreaterThan(10); // the walk really followed the islands' imports
    // src/styles: a stylesheet's address (the workspace's previews use the site's CSS) is an asset, not code.
    expect(violations(reaches, outside('src/core/', 'src/scripts/', 'src/components/', 'src/styles/'))).toEqual([]);
  });

  it('keeps src/core free of everything above it', () => {
    expect(violations(reachableImports(tsFiles('src/core'), root), outside('src/core/'))).toEqual([]);
  });

  it('lets schemas use only core and zod, and projections only core and schemas', () => {
    expect(violations(reachableImports(tsFiles('src/schemas'), root), outside('src/core/', 'src/schemas/'))).toEqual([]);
    expect(violations(reachableImports(tsFiles('src/projections'), root), outside('src/core/', 'src/schemas/', 'src/projections/'))).toEqual([]);
  });

  it('finds a Node import two steps away from an island, and ignores type-only imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
    mkdirSync(join(dir, 'src/scripts'), { recursive: true });
    mkdirSync(join(dir, 'src/core'), { recursive: true });
    mkdirSync(join(dir, 'src/build'), { recursive: true });
    writeFileSync(join(dir, 'src/scripts/island.ts'), "import type { Big } from '../build/big.ts';\nimport { helper } from '../core/helper.ts';\nhelper();\n");
    writeFileSync(join(dir, 'src/core/helper.ts'), "import { readFileSync } from 'node:fs';\nimport { pdf } from '../build/pdf.ts';\nexport const helper = () => readFileSync && pdf;\n");
    writeFileSync(join(dir, 'src/build/pdf.ts'), 'export const pdf = 1;\n');
    writeFileSync(join(dir, 'src/build/big.ts'), 'export type Big = number;\n');
    const reaches = reachableImports(['src/scripts/island.ts'], dir);
    expect(violations(reaches, outside('src/core/', 'src/scripts/'))).toEqual([
      'src/core/helper.ts → node:fs',
      'src/core/helper.ts → src/build/pdf.ts',
    ]);
  });
});
