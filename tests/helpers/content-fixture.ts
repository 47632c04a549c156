/** Copies the valid fixture content to a fresh temporary folder, optionally adding one broken file. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface BrokenCase {
  /** File name in fixtures/broken, e.g. programmes--missing-summary.mdx */
  source: string;
  collection: string;
  /** File name it gets inside the collection folder. */
  target: string;
  /** Field the error message must name (from the file's „# expect-field:“ line). */
  field: string;
}

export function describeBroken(source: string): BrokenCase {
  const [collection, name] = source.split('--') as [string, string];
  const field = /# expect-field: (.+)/.exec(readFileSync(join(FIXTURES, 'broken', source), 'utf8'))?.[1];
  if (!field) throw new Error(`${source}: „# expect-field:“ fehlt`);
  return { source, collection, target: name, field: field.trim() };
}

/** A temporary content folder: the valid fixture plus, if given, one broken file. */
export function contentWith(broken?: BrokenCase): string {
  const dir = mkdtempSync(join(tmpdir(), 'ff-content-'));
  cpSync(join(FIXTURES, 'content'), dir, { recursive: true });
  if (broken) cpSync(join(FIXTURES, 'broken', broken.source), join(dir, broken.collection, broken.target));
  return dir;
}
