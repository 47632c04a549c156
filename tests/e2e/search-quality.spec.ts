/**
 * Search quality over the judged test set (tests/search/judgements.ts): nDCG@10
 * and the share of queries with an answer among the first five, printed and held
 * to floors. The floors sit just below the first honest run (1 December 2026,
 * 62 queries: nDCG@10 0.750, answer in the first five for 86.2 %; 0.756 and 87.7 % after the
 * spelling suggestions, one more synonym group and titles out of the excerpts; 0.847 and
 * 93.8 % after corrected misspellings, entries for all Länder ahead of one Land's and
 * announced programmes found by name) and may only go up; the goal is 0.85 and 95 %.
 */
import { expect, test } from './fixtures.ts';
import { answerInTop, ndcg } from '../helpers/ndcg.ts';
import { judgements } from '../search/judgements.ts';

const FLOOR_NDCG = 0.82;
const FLOOR_TOP5 = 0.92;

test('die Suche beantwortet den beurteilten Testsatz gut genug', async ({ page }) => {
  test.setTimeout(180_000);
  const rows: Array<{ query: string; ndcg: number; top5: boolean; hits: number }> = [];
  for (const [query, grades] of judgements) {
    await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#suche-status')).toContainText('Ergebnis', { timeout: 15_000 });
    // The Land best bet stands above the results and is what a user sees first.
    const bestBet = await page.locator('#suche-tipp:visible a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const ranked = [...bestBet, ...(await page.locator('#suche-ergebnisse h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))];
    rows.push({ query, ndcg: ndcg(ranked, grades), top5: answerInTop(ranked, grades), hits: ranked.length });
  }
  const meanNdcg = rows.reduce((sum, row) => sum + row.ndcg, 0) / rows.length;
  const top5 = rows.filter((row) => row.top5).length / rows.length;
  const empty = rows.filter((row) => row.hits === 0).map((row) => row.query);
  console.log(`Suchqualität: nDCG@10 ${meanNdcg.toFixed(3)}, Antwort unter den ersten fünf ${(top5 * 100).toFixed(1)} %, ohne Treffer: ${empty.length ? empty.join(', ') : 'keine'}`);
  console.log(`Schwächste Anfragen: ${[...rows].sort((a, b) => a.ndcg - b.ndcg).slice(0, 10).map((row) => `${row.query} (${row.ndcg.toFixed(2)})`).join('; ')}`);
  expect(meanNdcg).toBeGreaterThanOrEqual(FLOOR_NDCG);
  expect(top5).toBeGreaterThanOrEqual(FLOOR_TOP5);
});
