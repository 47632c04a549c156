/**
 * Writes N synthetic, schema-valid programmes as plain Markdown into a copy of
 * the real content, in a temporary folder (never into content/).
 *
 * The text is German drawn word by word from the real programme texts, each
 * word as often as it occurs there. That keeps the long tail of real language:
 * a common word such as „Förderung“ is on most pages, a rare one on few, which
 * is what decides the size of the search index a query has to load. Lengths
 * and structure follow the real entries (summary of 23–38 words, body of about
 * 140–300 words under the usual headings, application steps, documents);
 * tags spread over every Land, size, stage and field.
 *
 * Plain .md, not .mdx: programme texts need no components, and MDX bundling is
 * what dominates build time at thousands of entries.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicantTypes, fields, fundingTypes, stages, stateCodes } from '../src/core/vocabulary.ts';

/** Small linear congruential generator, so every run sees the same catalogue. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every word of the real programme files after their frontmatter keys, in order, repeats included. */
export function realWordStream(contentDir: string): string[] {
  const folder = join(contentDir, 'programmes');
  const text = readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n')
    // Keys, URLs and ids are not prose.
    .replace(/^\s*-?\s*[a-zA-Z]+:\s*(\[[^\]]*\]|https?:\S+|[a-z0-9-]+$)?/gm, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+/g, ' ');
  return text.match(/\p{L}[\p{L}\p{N}-]*\p{L}|\p{L}/gu) ?? [];
}

export function generateContent(count: number, seed = 7): string {
  const dir = mkdtempSync(join(tmpdir(), `ff-bench-${count}-`));
  cpSync('content', dir, { recursive: true });
  mkdirSync(join(dir, 'programmes'), { recursive: true });
  const stream = realWordStream('content');
  const next = random(seed);
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[]) => {
    const chosen = items.filter(() => next() < 0.35);
    return chosen.length ? chosen : [pick(items)];
  };
  const sentence = (min: number, max: number) => {
    const text = Array.from({ length: between(min, max) }, () => pick(stream)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const sentences = (min: number, max: number) => Array.from({ length: between(min, max) }, () => sentence(10, 20)).join(' ');
  const list = (key: string, min: number, max: number) => [`${key}:`, ...Array.from({ length: between(min, max) }, () => `  - "${sentence(5, 12)}"`)];
  const statuses = ['offen', 'laufend', 'geschlossen', 'angekuendigt'] as const;

  for (let index = 0; index < count; index++) {
    const status = pick(statuses);
    const land = next() < 0.7;
    const state = pick(stateCodes);
    const deadline = `2027-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    const frontmatter = [
      `title: "Synthetisches Förderprogramm ${index + 1}: ${sentence(3, 6).slice(0, -1)}"`,
      `summary: "${sentence(11, 18)} ${sentence(10, 18)}"`,
      `provider: "Synthetisches Ministerium ${land ? state : 'des Bundes'}"`,
      `level: ${land ? 'land' : 'bund'}`,
      `states: ${land ? `[${state}]` : 'all'}`,
      `applicants: [${some(applicantTypes.ids).join(', ')}]`,
      ...(next() < 0.3 ? [`population: { max: ${pick([5000, 20000, 100000])} }`] : []),
      `stages: [${some(stages.ids).join(', ')}]`,
      `fields: [${some(fields.ids).join(', ')}]`,
      `fundingTypes: [${some(fundingTypes.ids.slice(0, 2)).join(', ')}]`,
      ...(next() < 0.5 ? [`fundingRate: { max: ${pick([50, 75, 80, 90, 100])} }`] : []),
      ...(next() < 0.5 ? [`amount: { max: ${pick([20000, 50000, 250000, 1000000])} }`] : []),
      `status: ${status}`,
      status === 'laufend' ? 'deadlines: []' : `deadlines:\n  - date: ${deadline}\n    label: Antragsschluss`,
      ...(next() < 0.4 ? [`deadlineNote: "${sentences(1, 2)}"`] : []),
      ...list('applicationSteps', 2, 4),
      ...list('documents', 1, 3),
      'contact:\n  role: "Synthetische Förderstelle"\n  url: "https://www.example.org/kontakt"',
      'sourceUrl: "https://www.example.org/synthetisch"',
      'lastChecked: 2026-11-25',
    ];
    const body = [
      sentences(2, 3),
      `## Was gefördert wird\n\n${sentences(3, 5)}`,
      `## Wer antragsberechtigt ist\n\n${sentences(2, 3)}`,
      `## Hinweise\n\n${sentences(2, 4)}`,
    ].join('\n\n');
    writeFileSync(join(dir, 'programmes', `synthetisch-${index + 1}.md`), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
  }
  return dir;
}
