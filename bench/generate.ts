/**
 * Writes N synthetic, schema-valid programmes as plain Markdown into a copy of
 * the real content, in a temporary folder (never into content/). German text
 * of realistic length, tags spread over every Land, size, stage and field.
 * Plain .md, not .mdx: programme texts need no components, and MDX bundling is
 * what dominates build time at thousands of entries.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applicantTypes, fields, fundingTypes, stages, stateCodes } from '../src/lib/vocabulary.ts';
import { random } from './synthetic.ts';

const words = (
  'Kommune Digitalisierung Förderung Verwaltung Breitband Glasfaser Onlinedienste Bürgerbeteiligung Schule Mobilität ' +
  'Energie Gesundheit Strategie Beratung Zuschuss Antrag Eigenanteil Projekt Vorhaben Landkreis Gemeinde Stadt Daten ' +
  'Plattform Netzwerk Infrastruktur Quartier Klimaschutz Beleuchtung Zusammenarbeit Innovation Qualifizierung Prozesse'
).split(' ');

function sentence(next: () => number, length: number): string {
  const chosen = Array.from({ length }, () => words[Math.floor(next() * words.length)]!.toLowerCase());
  const text = chosen.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function generateContent(count: number, seed = 7): string {
  const dir = mkdtempSync(join(tmpdir(), `ff-bench-${count}-`));
  cpSync('content', dir, { recursive: true });
  mkdirSync(join(dir, 'programmes'), { recursive: true });
  const next = random(seed);
  const some = <T>(items: readonly T[]) => {
    const chosen = items.filter(() => next() < 0.35);
    return chosen.length ? chosen : [items[Math.floor(next() * items.length)]!];
  };
  const statuses = ['offen', 'laufend', 'geschlossen', 'angekuendigt'] as const;
  for (let index = 0; index < count; index++) {
    const status = statuses[Math.floor(next() * statuses.length)]!;
    const land = next() < 0.7;
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const frontmatter = [
      `title: "Synthetisches Förderprogramm ${index + 1}: ${sentence(next, 3).slice(0, -1)}"`,
      `summary: "${sentence(next, 14)} ${sentence(next, 10)}"`,
      'provider: Synthetisches Ministerium für Tests',
      `level: ${land ? 'land' : 'bund'}`,
      `states: ${land ? `[${stateCodes[Math.floor(next() * stateCodes.length)]}]` : 'all'}`,
      `applicants: [${some(applicantTypes.ids).join(', ')}]`,
      ...(next() < 0.3 ? [`population: { max: ${[5000, 20000, 100000][Math.floor(next() * 3)]} }`] : []),
      `stages: [${some(stages.ids).join(', ')}]`,
      `fields: [${some(fields.ids).join(', ')}]`,
      `fundingTypes: [${some(fundingTypes.ids.slice(0, 2)).join(', ')}]`,
      `status: ${status}`,
      status === 'laufend' ? 'deadlines: []' : `deadlines:\n  - date: 2027-${month}-${day}\n    label: Antragsschluss`,
      'sourceUrl: https://www.example.org/synthetisch',
      'lastChecked: 2026-11-25',
    ];
    const body = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => sentence(next, 12)).join(' ')).join('\n\n');
    writeFileSync(join(dir, 'programmes', `synthetisch-${index + 1}.md`), `---\n${frontmatter.join('\n')}\n---\n\n## Was gefördert wird\n\n${body}\n`);
  }
  return dir;
}
