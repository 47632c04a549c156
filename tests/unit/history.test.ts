/**
 * The history reader against real git repositories made for the test: versions
 * in commit order, a broken version skipped, other collections ignored, and no
 * history at all in a shallow clone or outside a repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/build/history.ts';

const NBSP = '\u00a0';
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
  const dated = date ? { GIT_AUTHOR_DATE: `${date}T12:00:00+01:00`, GIT_COMMITTER_DATE: `${date}T12:00:00+01:00` } : {};
  return execFileSync('git', args, { cwd, env: { ...env, ...dated }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const programme = (frontmatter: string) => `---\ntitle: "Testprogramm"\nlastChecked: 2026-01-05\n${frontmatter}\n---\n\nText.\n`;

let repo: string;
const file = () => join(repo, 'content/programmes/test-programm.mdx');
function commit(date: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', `change of ${date}`], date);
}

beforeAll(() => {
  repo = tempDir('ff-history-');
  git(repo, ['init', '-q']);
  commit('2026-01-05', {
    'content/programmes/test-programm.mdx': programme('status: angekuendigt\namount:\n  max: 100000'),
    'content/offers/angebot.mdx': programme('status: offen'),
  });
  commit('2026-02-10', { 'content/programmes/test-programm.mdx': programme('status: angekuendigt\namount:\n  max: [kaputt') });
  commit('2026-03-15', {
    'content/programmes/test-programm.mdx': programme('status: offen\namount:\n  max: 150000\ndeadlines:\n  - date: 2027-03-31\n    label: "Einreichung der Projektskizze"'),
    'content/offers/angebot.mdx': programme('status: geschlossen'),
  });
  // A typo fix in the text only: no fact changed.
  commit('2026-04-01', { 'content/programmes/test-programm.mdx': programme('status: offen\namount:\n  max: 150000\ndeadlines:\n  - date: 2027-03-31\n    label: "Einreichung der Projektskizze"').replace('Text.', 'Text, korrigiert.') });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('readHistory', () => {
  it('reads every version of a programme file and says what changed, newest first', () => {
    const history = readHistory(repo);
    expect(history).not.toBeNull();
    expect(history!.get(file())).toEqual([
      { date: '2026-04-01', notes: ['Eintrag überarbeitet'] },
      {
        date: '2026-03-15',
        notes: [
          'Status von „angekündigt“ auf „offen“ geändert',
          `Höchstbetrag von 100.000${NBSP}€ auf 150.000${NBSP}€ geändert`,
          'Antragsfrist 31. März 2027 hinzugekommen: Einreichung der Projektskizze',
        ],
      },
      // The broken version of 10 February is skipped, not shown and not crashed on.
      { date: '2026-01-05', notes: ['Eintrag angelegt'] },
    ]);
  });

  it('reads only programmes, with the content folder named relative to the working folder', () => {
    const history = readHistory(join(repo, 'content'), '.');
    expect([...history!.keys()]).toEqual([file()]);
  });

  it('gives no history in a shallow clone, where it would be incomplete', () => {
    const clone = join(tempDir('ff-shallow-'), 'clone');
    git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    expect(readHistory(clone)).toBeNull();
  });

  it('gives no history outside a git repository', () => {
    const plain = tempDir('ff-nogit-');
    mkdirSync(join(plain, 'content/programmes'), { recursive: true });
    writeFileSync(join(plain, 'content/programmes/x.mdx'), programme('status: offen'));
    expect(readHistory(plain)).toBeNull();
  });
});
