/**
 * Content files as the team writes them by hand, for the editors' workspace: the
 * frontmatter in the schema's field order, text in double quotes, ids and Länder
 * as flow lists ([BB, BE]), days and numbers plain. Decap's own writer would fold
 * long lines and rewrite every list, so each edit in a review would show the whole
 * file changed; with this one an edited rate is a one-line diff.
 */
import { parse } from 'yaml';
import { transliterate } from './format.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Written without quotes: ids and vocabulary values (starting with a letter), Land codes, days. YAML's own words are quoted. */
const PLAIN = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{2}|\d{4}-\d{2}-\d{2})$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  // A JSON string is a valid YAML double-quoted string.
  return PLAIN.test(text) && !RESERVED.test(text) ? text : JSON.stringify(text);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
// An empty list stays (some files state `examples: []` on purpose); an empty object or text is no value.
const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (isPlainObject(value) && Object.values(value).every(isEmpty));

function ordered(data: Record<string, unknown>, order: readonly string[]): string[] {
  const keys = Object.keys(data);
  return [...order.filter((key) => keys.includes(key)), ...keys.filter((key) => !order.includes(key))];
}

function lines(data: Record<string, unknown>, order: readonly string[], indent: string): string[] {
  const out: string[] = [];
  for (const key of ordered(data, order)) {
    const value = data[key];
    if (isEmpty(value)) continue;
    if (Array.isArray(value)) {
      const items = value.filter((item) => !isEmpty(item));
      if (items.every((item) => !isPlainObject(item) && PLAIN.test(String(item)) && !RESERVED.test(String(item)))) {
        out.push(`${indent}${key}: [${items.map(scalar).join(', ')}]`);
      } else {
        out.push(`${indent}${key}:`);
        for (const item of items) {
          if (isPlainObject(item)) {
            const [first, ...rest] = lines(item, order, `${indent}    `);
            out.push(`${indent}  - ${first!.trimStart()}`, ...rest);
          } else out.push(`${indent}  - ${scalar(item)}`);
        }
      }
    } else if (isPlainObject(value)) {
      out.push(`${indent}${key}:`, ...lines(value, order, `${indent}  `));
    } else out.push(`${indent}${key}: ${scalar(value)}`);
  }
  return out;
}

/** A content file: frontmatter in `order` (unknown keys after it, empty values left out), then the body. */
export function writeContentFile(data: Record<string, unknown>, order: readonly string[] = []): string {
  const { body, ...fields } = data;
  const text = typeof body === 'string' ? body : '';
  return `---\n${lines(fields, order, '').join('\n')}\n---\n${text && !text.endsWith('\n') ? `${text}\n` : text}`;
}

/** Frontmatter and body of a content file; days stay text, as written. */
export function readContentFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const data = (parse(match[1]!, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  return { ...data, body: text.slice(match[0].length) };
}

/** The id (file name) of a new entry from its title: „Größere Förderung“ → „groessere-foerderung“. */
export function idFromTitle(title: string): string {
  return transliterate(title)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
