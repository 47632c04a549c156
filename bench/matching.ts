// Benchmark of the Förder-Check matching: `npm run bench:matching`.
// Prints how long matchEntries takes over catalogues of growing size. The
// catalogues come from the same generator as the site benchmark and go through
// the real validation and projection, so the wizard sees what a build would give it.
import { rmSync } from 'node:fs';
import { parseAnswers } from '../src/core/answers.ts';
import { matchEntries } from '../src/core/matching.ts';
import { validateContent } from '../src/build/read-content.ts';
import { toWizardEntry } from '../src/projections/match-entry.ts';
import { generateContent } from './generate.ts';

const queries = [
  'land=SN',
  'typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&felder=verwaltung,bildung&hilfe=geld,beratung',
  'typ=landkreis&groesse=20000-100000&land=BY&phase=keine&huerden=expertise,mittel',
  '',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function catalogue(size: number) {
  const dir = generateContent(size);
  try {
    const { entries, problems } = validateContent(dir);
    if (problems.length) throw new Error(`generated content is invalid: ${problems.length} problems`);
    return entries.map(toWizardEntry);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('Einträge | Antworten | Median ms | p95 ms | Treffer');
for (const size of [100, 1_000, 5_000, 20_000]) {
  const entries = catalogue(size);
  for (const query of queries) {
    const { answers } = parseAnswers(new URLSearchParams(query));
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < 30; run++) {
      const start = performance.now();
      hits = matchEntries(answers, entries, '2026-11-25').length;
      times.push(performance.now() - start);
    }
    const p95 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!;
    console.log(`${entries.length} | ${query || '(keine)'} | ${median(times).toFixed(2)} | ${p95.toFixed(2)} | ${hits}`);
  }
}
