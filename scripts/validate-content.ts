// Checks all content without building: `npm run validate`. Exit code 1 on any problem.
import { validateContentDir } from '../src/integrations/content-validation.ts';

const report = validateContentDir();
if (report) {
  console.error(`Inhalte fehlerhaft:\n${report}`);
  process.exit(1);
}
console.log('Alle Inhalte gültig.');
