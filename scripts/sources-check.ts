// Requests every source and contact page the content links to and compares each
// with sources.lock.json; prints a Markdown table (Status | Adresse | Einträge | Hinweis).
//   npm run sources:check                          – report only, the lock stays as it is
//   npm run sources:check -- --update              – also writes the new lock (the scheduled job does this and commits it)
//   npm run sources:check -- --json bericht.json   – the same report as JSON, too
//   npm run sources:check -- --timeout 30          – seconds per address (default 15)
// Exit code 1 when an address is unreachable (tot), 2 when the check could not run.
// Needs the web; SITE_URL goes into the User-Agent so site operators can see who asks.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/build/content-check.ts';
import { readOperator, siteUrl } from '../src/build/operator.ts';
import { validateContent } from '../src/build/read-content.ts';
import { checkSources, defaultFetchOptions, exitCode, formatLock, formatSourcesReport, parseLock, userAgent } from '../src/build/sources-check.ts';
import { today } from '../src/data/today.ts';

const lockFile = resolve(import.meta.dirname, '../sources.lock.json');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { update: { type: 'boolean', default: false }, json: { type: 'string' }, timeout: { type: 'string' } },
  }).values;
} catch (error) {
  fail(`Unbekannte oder fehlerhafte Angabe: ${(error as Error).message}\nAufruf: npm run sources:check -- [--update] [--json <Datei>] [--timeout <Sekunden>]`);
}
const timeoutSeconds = Number(args.timeout ?? defaultFetchOptions.timeoutMs / 1000);
if (!(timeoutSeconds > 0)) fail(`--timeout erwartet eine Zahl von Sekunden größer als 0, nicht „${args.timeout}“`);

const { entries, problems } = validateContent();
if (problems.length) fail(`Inhalte fehlerhaft, Prüfung nicht möglich:\n${formatProblems(problems)}`);

let lock = {};
try {
  // No lock yet means every address is new; the first run with --update writes it.
  if (existsSync(lockFile)) lock = parseLock(readFileSync(lockFile, 'utf8'));
} catch (error) {
  fail((error as Error).message);
}

const result = await checkSources(entries, lock, today, {
  ...defaultFetchOptions,
  timeoutMs: timeoutSeconds * 1000,
  userAgent: userAgent(siteUrl(readOperator())),
});
console.log(formatSourcesReport(result.report));
if (args.json) writeFileSync(args.json, `${JSON.stringify(result.report, null, 2)}\n`);
if (args.update) {
  writeFileSync(lockFile, formatLock(result.lock));
  console.error(`${lockFile} aktualisiert.`);
}
process.exit(exitCode(result.report));
