// Checks content without building.
//   npm run validate                      – every file (exit code 1 on any problem)
//   npm run validate -- content/x/y.mdx   – only problems in the named files, still
//                                           checking their references against all content
import { relative, resolve } from 'node:path';
import { formatProblems } from '../src/build/content-check.ts';
import { validateContent } from '../src/build/read-content.ts';

const only = new Set(process.argv.slice(2).map((file) => relative(process.cwd(), resolve(file))));
const { entries, problems: all, notices } = validateContent();
// Every file read either passed (entries) or has a problem naming it.
const known = new Set([...entries.map((entry) => entry.file), ...all.map((problem) => problem.file)]);
for (const file of only) {
  if (!known.has(file)) all.push({ file, field: 'Dateiname', message: 'keine Inhaltsdatei unter content/<Sammlung>/' });
}
const shown = only.size ? all.filter((problem) => only.has(problem.file)) : all;
const hints = only.size ? notices.filter((notice) => only.has(notice.file)) : notices;
if (hints.length) console.warn(`Bitte ansehen (kein Fehler):\n${formatProblems(hints)}\n`);

if (shown.length) {
  console.error(`Inhalte fehlerhaft:\n${formatProblems(shown)}`);
  process.exit(1);
}
console.log(only.size ? `${only.size} Datei(en) gültig.` : `Alle ${entries.length} Inhalte gültig.`);
