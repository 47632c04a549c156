/**
 * The source check behind `npm run sources:check`: requests every official page
 * the content links to (each entry's source and contact page) and compares it with
 * sources.lock.json, so editors learn when a page is gone, has moved or its text
 * has changed, which is when the entry needs a fresh look.
 *
 * A page counts as changed when its main text changes, not its markup: the
 * fingerprint is taken over the visible text of <main> (or the body), with
 * whitespace collapsed, so a new stylesheet or a reformatted template stays quiet.
 */
import { createHash } from 'node:crypto';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { z } from 'zod';
import type { ValidEntry } from './content-check.ts';

/** One address and the content files that link to it. */
export interface SourceUse {
  url: string;
  files: string[];
}

/** Every source and contact address, once each, in address order. */
export function collectSources(entries: readonly ValidEntry[]): SourceUse[] {
  const uses = new Map<string, Set<string>>();
  const add = (url: string | undefined, file: string) => {
    if (!url) return;
    if (!uses.has(url)) uses.set(url, new Set());
    uses.get(url)!.add(file);
  };
  for (const entry of entries) {
    const data = entry.data;
    if ('sourceUrl' in data) add(data.sourceUrl, entry.file);
    if ('contact' in data) add(data.contact?.url, entry.file);
  }
  return [...uses]
    .map(([url, files]) => ({ url, files: [...files].sort() }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/* ---------- Main text and fingerprint ---------- */

/** Elements whose content no reader sees as text of the page. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object']);

function textNodes(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text);
    return;
  }
  if (node.nodeType === NodeType.ELEMENT_NODE && INVISIBLE.has((node as HTMLElement).rawTagName?.toLowerCase())) return;
  for (const child of node.childNodes) textNodes(child, out);
}

/**
 * The text a reader sees in the page's main part: <main> (or role="main") when
 * the page has one, else the body, without scripts and styles. Text nodes are
 * joined with a space and whitespace collapsed, so `<p>a</p><p>b</p>` and the same
 * paragraphs on separate lines give the same text.
 */
export function mainText(html: string): string {
  const root = parse(html, { comment: false });
  const main = root.querySelector('main') ?? root.querySelector('[role="main"]') ?? root.querySelector('body') ?? root;
  const parts: string[] = [];
  textNodes(main, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** First 16 hex digits of the SHA-256: enough to tell versions of one page apart. */
export function fingerprint(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** Decodes the body in the charset the server names; older official sites still send ISO-8859-1. */
function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** HTML by its main text, other text with whitespace collapsed, anything else (PDF) byte for byte. */
export function bodyFingerprint(body: Uint8Array, contentType: string): string {
  if (/html/i.test(contentType)) return fingerprint(mainText(decode(body, contentType)));
  if (/^text\//i.test(contentType)) return fingerprint(decode(body, contentType).replace(/\s+/g, ' ').trim());
  return fingerprint(body);
}

/* ---------- Requests ---------- */

export interface FetchOptions {
  /** For the whole request of one address, redirects and body included. */
  timeoutMs: number;
  /** Redirects followed before the address counts as broken. */
  maxRedirects: number;
  /** Requests under way at once; small, since many addresses share a few servers. */
  concurrency: number;
  userAgent: string;
}

export const defaultFetchOptions: FetchOptions = {
  timeoutMs: 15_000,
  maxRedirects: 5,
  concurrency: 4,
  userAgent: 'FoerderfinderDigitaleKommune-Quellenpruefung/1.0',
};

/** A User-Agent that names the project and where to find it, so site operators know who asks. */
export function userAgent(site: string): string {
  return `FoerderfinderDigitaleKommune-Quellenpruefung/1.0 (+${site})`;
}

/** What requesting one address gave. `status` is missing when no response came at all. */
export interface FetchOutcome {
  url: string;
  /** Each address a redirect led to, in order; the last one is finalUrl. */
  redirects: string[];
  finalUrl: string;
  status?: number;
  fingerprint?: string;
  error?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `keine Antwort nach ${timeoutMs / 1000} s`;
  }
  // fetch() reports every network failure as „fetch failed“; the reason is in its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  // A refused connection to a name with several addresses is an AggregateError without message.
  if (cause) return `Netzwerkfehler: ${cause.message || (cause as { code?: string }).code || cause.name}`;
  return `Fehler: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Requests one address with GET, following redirects by hand so the chain and the
 * final address can be reported. Never throws: a failure is an outcome with `error`.
 */
export async function fetchSource(url: string, options: FetchOptions = defaultFetchOptions): Promise<FetchOutcome> {
  const redirects: string[] = [];
  let current = url;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    for (;;) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
          'accept-language': 'de',
        },
      });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel(); // frees the connection for the next hop
        if (redirects.length >= options.maxRedirects) {
          return { url, redirects, finalUrl: current, status: response.status, error: `mehr als ${options.maxRedirects} Weiterleitungen` };
        }
        current = new URL(location, current).href;
        redirects.push(current);
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        return { url, redirects, finalUrl: current, status: response.status };
      }
      const body = new Uint8Array(await response.arrayBuffer());
      const print = bodyFingerprint(body, response.headers.get('content-type') ?? '');
      return { url, redirects, finalUrl: current, status: response.status, fingerprint: print };
    }
  } catch (error) {
    return { url, redirects, finalUrl: current, error: describeError(error, options.timeoutMs) };
  }
}

/** Requests all addresses, at most `concurrency` at a time; outcomes in input order. */
export async function fetchSources(urls: readonly string[], options: FetchOptions = defaultFetchOptions): Promise<FetchOutcome[]> {
  const outcomes = new Array<FetchOutcome>(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      outcomes[index] = await fetchSource(urls[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
  return outcomes;
}

/* ---------- Lock file ---------- */

/** The last good state of one address, as sources.lock.json records it. */
export interface LockEntry {
  status: number;
  finalUrl: string;
  fingerprint: string;
  /** Day (YYYY-MM-DD) of the last successful request. */
  checkedAt: string;
}

export type SourcesLock = Record<string, LockEntry>;

const lockSchema = z.record(
  z.string(),
  z.object({ status: z.number().int(), finalUrl: z.string(), fingerprint: z.string(), checkedAt: z.string() }).strict(),
);

/** Reads the lock file's text; throws with a German message when it is malformed. */
export function parseLock(text: string): SourcesLock {
  const result = lockSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`sources.lock.json ist fehlerhaft bei „${issue.path.join('.')}“: ${issue.message}`);
  }
  return result.data;
}

/** Addresses in sorted order and fields in a fixed order, so a diff shows only real changes. */
export function formatLock(lock: SourcesLock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((url) => {
        const { status, finalUrl, fingerprint: print, checkedAt } = lock[url]!;
        return [url, { status, finalUrl, fingerprint: print, checkedAt }];
      }),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function succeeded(outcome: FetchOutcome): outcome is FetchOutcome & { status: number; fingerprint: string } {
  return outcome.error === undefined && outcome.status !== undefined && outcome.status < 400 && outcome.fingerprint !== undefined;
}

/**
 * The lock after a run: what answered is recorded afresh; what failed keeps its
 * last good entry, so one bad day does not erase the fingerprint to compare with
 * later. Addresses no entry links to any more are dropped.
 */
export function mergeLock(lock: SourcesLock, outcomes: readonly FetchOutcome[], today: string): SourcesLock {
  const merged: SourcesLock = {};
  for (const outcome of outcomes) {
    if (succeeded(outcome)) {
      merged[outcome.url] = { status: outcome.status, finalUrl: outcome.finalUrl, fingerprint: outcome.fingerprint, checkedAt: today };
    } else if (lock[outcome.url]) {
      merged[outcome.url] = lock[outcome.url]!;
    }
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/* ---------- Classification and report ---------- */

/** From most to least urgent; the report lists addresses in this order. */
export const sourceStates = ['tot', 'umgezogen', 'geändert', 'neu', 'ok'] as const;
export type SourceState = (typeof sourceStates)[number];

/**
 * One state per address, the most urgent that applies, and a German note with
 * everything else worth knowing. Unreachable (HTTP 4xx/5xx, no answer, too many
 * redirects) beats moved (the final address differs from the requested one or from
 * the one recorded), which beats a changed text.
 */
export function classify(outcome: FetchOutcome, previous: LockEntry | undefined): { state: SourceState; note: string } {
  const since = previous ? `; zuletzt erreichbar am ${previous.checkedAt}` : '';
  if (!succeeded(outcome)) {
    const reason = outcome.error ?? `HTTP ${outcome.status}`;
    const where = outcome.redirects.length ? ` (nach Weiterleitung auf ${outcome.finalUrl})` : '';
    return { state: 'tot', note: `${reason}${where}${since}` };
  }
  const changed = previous !== undefined && previous.fingerprint !== outcome.fingerprint;
  const textNote = changed ? `Text geändert seit ${previous.checkedAt}` : '';
  const moved = outcome.finalUrl !== outcome.url || (previous !== undefined && previous.finalUrl !== outcome.finalUrl);
  if (moved) {
    const notes = [outcome.finalUrl !== outcome.url ? `weitergeleitet auf ${outcome.finalUrl}` : 'keine Weiterleitung mehr'];
    if (!previous) notes.push('noch nicht in sources.lock.json');
    else if (previous.finalUrl !== outcome.finalUrl) {
      notes.push(previous.finalUrl === outcome.url ? 'neu seit der letzten Prüfung' : `zuvor auf ${previous.finalUrl}`);
    }
    if (changed) notes.push(textNote);
    return { state: 'umgezogen', note: notes.join('; ') };
  }
  if (!previous) return { state: 'neu', note: 'noch nicht in sources.lock.json' };
  if (changed) return { state: 'geändert', note: textNote };
  return { state: 'ok', note: '' };
}

export interface SourceRow {
  state: SourceState;
  url: string;
  files: string[];
  note: string;
  status?: number;
  finalUrl: string;
  redirects: string[];
  fingerprint?: string;
  error?: string;
}

export interface SourcesReport {
  checkedAt: string;
  counts: Record<SourceState, number>;
  rows: SourceRow[];
}

/** The report of one run; `outcomes` holds one outcome per use, in any order. */
export function sourcesReport(uses: readonly SourceUse[], outcomes: readonly FetchOutcome[], lock: SourcesLock, today: string): SourcesReport {
  const byUrl = new Map(outcomes.map((outcome) => [outcome.url, outcome]));
  const rows = uses.map((use): SourceRow => {
    const outcome = byUrl.get(use.url) ?? { url: use.url, redirects: [], finalUrl: use.url, error: 'nicht geprüft' };
    const { state, note } = classify(outcome, lock[use.url]);
    const row: SourceRow = { state, url: use.url, files: use.files, note, finalUrl: outcome.finalUrl, redirects: outcome.redirects };
    if (outcome.status !== undefined) row.status = outcome.status;
    if (outcome.fingerprint !== undefined) row.fingerprint = outcome.fingerprint;
    if (outcome.error !== undefined) row.error = outcome.error;
    return row;
  });
  rows.sort((a, b) => sourceStates.indexOf(a.state) - sourceStates.indexOf(b.state) || (a.url < b.url ? -1 : 1));
  const counts = Object.fromEntries(sourceStates.map((state) => [state, rows.filter((row) => row.state === state).length]));
  return { checkedAt: today, counts: counts as Record<SourceState, number>, rows };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The report as Markdown: a summary line and one table row per address, most urgent first. */
export function formatSourcesReport(report: SourcesReport): string {
  const summary = sourceStates.map((state) => `${state}: ${report.counts[state]}`).join(' · ');
  const rows = report.rows.map((row) => `| ${row.state} | ${cell(row.url)} | ${cell(row.files.join(', '))} | ${cell(row.note)} |`);
  return [
    `# Quellenprüfung (Stand ${report.checkedAt})`,
    `${report.rows.length} Adressen – ${summary}`,
    ['| Status | Adresse | Einträge | Hinweis |', '| --- | --- | --- | --- |', ...rows].join('\n'),
  ].join('\n\n');
}

/** 1 when an address is unreachable, so a scheduled run fails and someone looks. */
export function exitCode(report: SourcesReport): 0 | 1 {
  return report.counts.tot > 0 ? 1 : 0;
}

/** One run: request every address of the entries, report against the lock, and the lock to write. */
export async function checkSources(
  entries: readonly ValidEntry[],
  lock: SourcesLock,
  today: string,
  options: FetchOptions = defaultFetchOptions,
): Promise<{ report: SourcesReport; lock: SourcesLock }> {
  const uses = collectSources(entries);
  const outcomes = await fetchSources(uses.map((use) => use.url), options);
  return { report: sourcesReport(uses, outcomes, lock, today), lock: mergeLock(lock, outcomes, today) };
}
