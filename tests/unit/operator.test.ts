import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, productionProblems, readOperator, siteUrl } from '../../src/build/operator.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'operator.json');

describe('operator details', () => {
  it('lets the shipped placeholders through for a preview, but not for production', () => {
    const shipped = readOperator(join(import.meta.dirname, '..', '..', 'deploy', 'operator.json'));
    expect(siteUrl(shipped, undefined)).toBe(PLACEHOLDER_SITE);
    const problems = productionProblems(shipped, undefined);
    expect(problems[0]).toBe('Die öffentliche Adresse fehlt: SITE_URL setzen oder „siteUrl“ eintragen.');
    expect(problems).toContain('„accessibility.enforcementBody“ ist in den Betreiberangaben noch leer.');
    expect(problems).toContain('„securityContact“ ist in den Betreiberangaben noch leer.');
  });

  it('has nothing left to fill in when every detail is given; SITE_URL wins over the file', () => {
    const complete = readOperator(fixture);
    expect(productionProblems(complete, undefined)).toEqual([]);
    expect(siteUrl(complete, 'https://example.org')).toBe('https://example.org');
  });

  it('names the file and field of a broken value', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ff-operator-')), 'operator.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(fixture, 'utf8')), email: 'keine-adresse' }));
    expect(() => readOperator(file)).toThrow(`${file} – Feld „email“`);
  });
});
