/**
 * Reads every content file's frontmatter from disk for the validation that runs
 * before Astro builds. The folder is CONTENT_DIR or ./content, the same one
 * src/content.config.ts loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { checkBody } from './body-check.ts';
import { checkEntries, type ContentProblem, type RawEntry, type ValidEntry } from './content-check.ts';
import { collectionNames } from '../core/vocabulary.ts';
import { clockDay } from './today.ts';

export const CONTENT_EXTENSIONS = /\.(md|mdx)$/;

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** yaml's error codes for an editor, in German; others fall back to a general phrase. */
const yamlReasons: Record<string, string> = {
  MISSING_CHAR: 'ein schließendes Zeichen fehlt, etwa ein Anführungszeichen oder eine Klammer',
  BAD_INDENT: 'die Einrückung stimmt nicht',
  TAB_AS_INDENT: 'mit Tabulator eingerückt; bitte Leerzeichen verwenden',
  DUPLICATE_KEY: 'ein Feld steht zweimal',
  BLOCK_AS_IMPLICIT_KEY: 'ein Doppelpunkt fehlt oder steht an falscher Stelle',
  MULTILINE_IMPLICIT_KEY: 'ein Feldname reicht über mehrere Zeilen; fehlt ein Doppelpunkt oder ein Anführungszeichen?',
  UNEXPECTED_TOKEN: 'unerwartetes Zeichen',
};

/** „kein gültiges YAML in Zeile 3, Spalte 8: …“, the line counted in the file (the opening „---“ is line 1). */
export function yamlMessage(error: unknown): string {
  if (!(error instanceof YAMLParseError)) return 'kein gültiges YAML';
  const where = error.linePos?.[0];
  const place = where ? ` in Zeile ${where.line + 1}, Spalte ${where.col}` : '';
  return `kein gültiges YAML${place}: ${yamlReasons[error.code] ?? 'die Zeile lässt sich nicht lesen'}`;
}

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
      // A byte order mark, as some Windows editors write one, is not part of the text.
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, field: '(Kopfdaten)', message: 'keine Kopfdaten zwischen zwei Zeilen „---“ am Dateianfang' });
        continue;
      }
      let data: unknown;
      try {
        data = parse(match[1]!);
      } catch (error) {
        problems.push({ file, field: '(Kopfdaten)', message: yamlMessage(error) });
        continue;
      }
      const body = text.slice(match[0].length);
      const bodyProblems = checkBody(body, name.endsWith('.mdx'), match[0].split('\n').length - 1);
      problems.push(...bodyProblems.map((problem) => ({ file, ...problem })));
      entries.push({ collection, id, file, data, body });
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
