// Builds the site into a staging folder and only then switches dist/ to it, so a
// failed build never leaves a half-written site where a server would publish it,
// and a server reading dist/ during the switch never finds it missing.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'astro';
import { publish } from '../src/build/publish.ts';

// A production build (`npm run build -- --production` or PRODUCTION=1) refuses to
// run while the public address or the operator's details are placeholders.
if (process.argv.includes('--production') || process.env.PRODUCTION === '1') {
  const { productionProblems, readOperator, operatorFile } = await import('../src/build/operator.ts');
  const problems = productionProblems(readOperator());
  if (problems.length) {
    console.error(`Produktions-Build abgebrochen, nichts wurde gebaut. Noch offen (${operatorFile()}):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exit(1);
  }
}

// Reading the build day checks BUILD_DATE; a mistyped one stops here with one line.
try {
  await import('../src/build/today.ts');
} catch (error) {
  console.error(`${(error as Error).message} Nichts wurde gebaut.`);
  process.exit(1);
}

const outDir = process.env.OUT_DIR ?? 'dist';
const staging = `${outDir}.next`;

rmSync(staging, { recursive: true, force: true });
// Astro's content layer caches the entries and module paths of the content folder
// it last saw (.astro/ and its data store in node_modules/.astro/); a build from
// another CONTENT_DIR (tests, benchmarks) would import stale paths. Starting
// clean costs about a second.
rmSync('.astro', { recursive: true, force: true });
rmSync('node_modules/.astro/data-store.json', { force: true });
const started = performance.now();
try {
  await build({ outDir: staging, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild abgebrochen; ${outDir}/ bleibt unverändert.\n${(error as Error).message}`);
  process.exit(1);
}
// dist is a link to the newest release; the switch is one rename (see src/build/publish.ts).
publish(staging, outDir);
const totalMs = performance.now() - started;
console.log(`Gebaut nach ${outDir}/ in ${(totalMs / 1000).toFixed(1)} s`);
// For the benchmark: timings and peak memory of this build, as JSON.
if (process.env.BENCH_REPORT) {
  const pagefindMs = Number(process.env.FF_PAGEFIND_MS ?? 0);
  writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ totalMs, pagefindMs, maxRssKb: process.resourceUsage().maxRSS }));
}
