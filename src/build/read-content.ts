/**
 * Reads every content file's frontmatter from disk for the validation that runs
 * before Astro builds. The folder is CONTENT_DIR or ./content, the same one
 * src/content.config.ts loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkEntries, type ContentProblem, type RawEntry, type ValidEntry } from './content-check.ts';
import { collectionNames } from '../core/vocabulary.ts';
import { clockDay } from './today.ts';

export const CONTENT_EXTENSIONS = /\.(md|mdx)$/;

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Entries whose frontmatter parsed, and problems for files whose frontmatter did not. */
export function readContent(root: string = contentDir()): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames) {
    const folder = join(root, collection);
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => CONTENT_EXTENSIONS.test(name)).sort();
    } catch {
      continue; // An empty collection has no folder; pages then say there is nothing yet.
    }
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(process.cwd(), path) || path;
      const id = name.replace(CONTENT_EXTENSIONS, '');
      const text = readFileSync(path, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, field: '(Kopfdaten)', message: 'keine Kopfdaten zwischen zwei Zeilen „---“ am Dateianfang' });
        continue;
      }
      try {
        entries.push({ collection, id, file, data: parse(match[1]!), body: text.slice(match[0].length) });
      } catch (error) {
        problems.push({ file, field: '(Kopfdaten)', message: `kein gültiges YAML: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { entries, problems };
}

/**
 * Reads and checks the content folder: the one pipeline behind `npm run validate`,
 * the build's gate and the content report. `problems` lists every mistake;
 * `entries` holds the files that passed, with schema defaults applied.
 */
export function validateContent(root: string = contentDir()): { entries: ValidEntry[]; problems: ContentProblem[]; notices: ContentProblem[] } {
  const read = readContent(root);
  const checked = checkEntries(read.entries, clockDay);
  return { entries: checked.valid, problems: [...read.problems, ...checked.problems], notices: checked.notices };
}
