/**
 * The Förder-Check's model, in a worker: it downloads and parses the catalogue,
 * ranks it and narrows the results off the page's main thread, and sends back
 * only the cards to draw. With thousands of programmes the catalogue is several
 * megabytes of JSON, which would otherwise block the page for a second.
 */
import type { Answers } from '../../core/answers.ts';
import type { WizardEntry } from '../../core/matching.ts';
import { matchEntries } from '../../core/matching.ts';
import { resultView, type Result, type ResultView, type ViewOptions } from '../../core/result-view.ts';

export interface CheckRequest {
  id: number;
  answers: Answers;
  today: string;
  options: ViewOptions;
}
export type CheckResponse = { id: number; view: ResultView } | { id: number; failed: true };

const catalogue: Promise<WizardEntry[]> = fetch('/foerder-check/daten.json').then((response) => {
  if (!response.ok) throw new Error(String(response.status));
  return response.json() as Promise<WizardEntry[]>;
});
// The download starts before the first question arrives. If it fails in that gap,
// the rejection has no listener yet and would surface as an uncaught error; each
// request still awaits `catalogue` and answers with `failed`.
catalogue.catch(() => undefined);

// Ranking is the expensive part; the filter and the closed switch only re-cut it.
let ranked: { key: string; results: Result[] } | undefined;

self.addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  const { id, answers, today, options } = event.data;
  try {
    const entries = await catalogue;
    const key = JSON.stringify([answers, today]);
    if (ranked?.key !== key) ranked = { key, results: matchEntries(answers, entries, today) };
    self.postMessage({ id, view: resultView(ranked.results, options) } satisfies CheckResponse);
  } catch {
    self.postMessage({ id, failed: true } satisfies CheckResponse);
  }
});
