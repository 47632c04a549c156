import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, realWordStream } from '../../bench/generate.ts';
import { readContent } from '../../src/build/read-content.ts';
import { checkContent } from '../../src/build/content-check.ts';

const realProgrammes = readdirSync('content/programmes').length;
const dir = generateContent(40);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const synthetic = readdirSync(join(dir, 'programmes')).filter((name) => name.startsWith('synthetisch-'));
const bodies = synthetic.map((name) => readFileSync(join(dir, 'programmes', name), 'utf8').split(/^---$/m)[2]!);
/** The generator joins whole words with spaces and ends sentences with a full stop. */
const words = (text: string) => text.replace(/^#+ .*$/gm, '').split(/\s+/).map((word) => word.replace(/\.$/, '')).filter(Boolean);

describe('the bench generator', () => {
  it('writes N programmes beside a copy of the real content, not into content/', () => {
    expect(synthetic).toHaveLength(40);
    expect(readdirSync(join(dir, 'programmes'))).toHaveLength(realProgrammes + 40);
    expect(readdirSync('content/programmes')).toHaveLength(realProgrammes);
  });

  it('writes only content that passes the same validation as real content', () => {
    const { entries, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(checkContent(entries, '2026-12-01')).toEqual([]);
    expect(entries.filter((entry) => entry.id.startsWith('synthetisch-'))).toHaveLength(40);
  });

  it('writes bodies of the real entries’ length (141–303 words, median 198), under their usual headings', () => {
    const lengths = bodies.map((body) => words(body).length).sort((a, b) => a - b);
    expect(lengths[0]!).toBeGreaterThanOrEqual(90);
    expect(lengths.at(-1)!).toBeLessThanOrEqual(350);
    expect(lengths[lengths.length / 2]!).toBeGreaterThanOrEqual(150);
    expect(lengths[lengths.length / 2]!).toBeLessThanOrEqual(250);
    for (const body of bodies) expect(body).toContain('## Was gefördert wird');
  });

  it('draws on the real vocabulary with its long tail, not a small bag of words', () => {
    const real = new Set(realWordStream('content').map((word) => word.toLowerCase()));
    const used = bodies.flatMap(words).map((word) => word.toLowerCase());
    const distinct = new Set(used);
    expect(distinct.size).toBeGreaterThan(800);
    expect([...distinct].every((word) => real.has(word))).toBe(true);
    // Common words are common and rare words rare: the most frequent word is far
    // more frequent than the median one.
    const counts = [...used.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>()).values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(20 * counts[Math.floor(counts.length / 2)]!);
  });

  it('is deterministic for a seed', () => {
    const again = generateContent(2);
    const first = readFileSync(join(again, 'programmes', 'synthetisch-1.md'), 'utf8');
    rmSync(again, { recursive: true, force: true });
    expect(first).toBe(readFileSync(join(dir, 'programmes', 'synthetisch-1.md'), 'utf8'));
  });
});
