/**
 * Every broken file in tests/fixtures/broken must stop validation with a message
 * that names the file and the field its „# expect-field:“ line gives.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/integrations/content-validation.ts';
import { contentWith, describeBroken, FIXTURES } from '../helpers/content-fixture.ts';

const cases = readdirSync(join(FIXTURES, 'broken')).sort().map(describeBroken);

describe('content validation', () => {
  it('accepts the valid fixture, so every failure below comes from the broken file', () => {
    expect(validateContentDir(contentWith())).toBe('');
  });

  it('has broken cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('$source names the file and the field $field', (broken) => {
    const report = validateContentDir(contentWith(broken));
    const lines = report.split('\n');
    const line = lines.find((l) => l.includes(`${broken.collection}/${broken.target} – Feld „${broken.field}“:`));
    expect(line, report).toBeDefined();
    // The one mistake yields exactly one complaint about that file, not a cascade.
    expect(lines.filter((l) => l.includes(broken.target))).toHaveLength(1);
  });
});
