// Prints counts per collection, Land, level and status, and lists entries due for
// review: `npm run content:report`. BUILD_DATE pins „today“ (YYYY-MM-DD).
import { readContent } from '../src/integrations/read-content.ts';
import { checkContent, formatProblems } from '../src/lib/content-check.ts';
import { contentReport, formatReport } from '../src/lib/content-report.ts';
import { dayInBerlin } from '../src/lib/dates.ts';
import { schemas } from '../src/schemas/index.ts';

const { entries, problems } = readContent();
const all = [...problems, ...checkContent(entries)];
if (all.length) {
  console.error(`Inhalte fehlerhaft, Bericht nicht möglich:\n${formatProblems(all)}`);
  process.exit(1);
}
const parsed = entries.map((entry) => ({
  collection: entry.collection,
  file: entry.file,
  data: schemas[entry.collection].parse(entry.data) as Record<string, unknown>,
}));
console.log(formatReport(contentReport(parsed, process.env.BUILD_DATE ?? dayInBerlin(new Date()))));
