// Temporary helper for content writers: validate single files against their schema.
// Usage: node scripts/check-entry.ts content/programmes/foo.mdx [...]
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse } from 'yaml';
import { schemas } from '../src/schemas/index.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const collection = basename(dirname(file)) as keyof typeof schemas;
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) { console.log(`${file}: no frontmatter`); failed = true; continue; }
  const result = schemas[collection].safeParse(parse(match[1]));
  if (result.success) console.log(`${file}: ok`);
  else { failed = true; for (const i of result.error.issues) console.log(`${file}: ${i.path.join('.')}: ${i.message}`); }
}
process.exit(failed ? 1 : 0);
