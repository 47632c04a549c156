// Prints counts per collection, Land, level and status, and lists entries due for
// review: `npm run content:report`. BUILD_DATE pins „today“ (YYYY-MM-DD).
import { formatProblems } from '../src/build/content-check.ts';
import { contentReport, formatReport } from '../src/build/content-report.ts';
import { validateContent } from '../src/build/read-content.ts';
import { today } from '../src/data/today.ts';

const { entries, problems } = validateContent();
if (problems.length) {
  console.error(`Inhalte fehlerhaft, Bericht nicht möglich:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(formatReport(contentReport(entries, today)));
