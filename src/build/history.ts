/**
 * Programmes' change history from the repository, in words. One `git log` lists
 * the commits that touched each content file (one call per file would cost
 * seconds per thousand entries); one `git cat-file --batch` then reads every
 * past version of every programme file in a single process, and the versions'
 * facts are compared by src/core/changes.ts.
 *
 * In a shallow clone or without git the history would be incomplete or missing,
 * so it is left out (undefined) rather than shown wrong. Renames are not followed.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { changeLog, type ChangeEntry, type Version } from '../core/changes.ts';
import { versionFacts } from '../projections/version-facts.ts';
import { contentDir, FRONTMATTER } from './read-content.ts';

export type { ChangeEntry };

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
}

/** A programme version's facts, or undefined when its frontmatter is missing, not YAML or outside the schema. */
function factsOf(text: string): Version['facts'] {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  try {
    return versionFacts(parse(match[1]!));
  } catch {
    return undefined;
  }
}

/**
 * Reads blobs named `<commit>:<path>` with one `git cat-file --batch`. Its answer
 * is, per request, „<sha> blob <bytes>\n<content>\n“ or „<name> missing\n“ (a
 * commit that deleted the file); sizes are in bytes, so the output is cut as bytes.
 */
function readBlobs(cwd: string, names: readonly string[]): Array<string | undefined> {
  if (names.length === 0) return [];
  const out = git(cwd, ['cat-file', '--batch'], Buffer.from(`${names.join('\n')}\n`));
  const texts: Array<string | undefined> = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (header[1] !== 'blob') {
      texts.push(undefined);
      continue;
    }
    const size = Number(header[2]);
    texts.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

/**
 * The history of every programme file under `<content>/programmes` (`content`
 * relative to `cwd`, which lies inside the repository), keyed by absolute path,
 * newest first; null when the repository is shallow or there is no git.
 */
export function readHistory(cwd: string, content = 'content'): Map<string, ChangeEntry[]> | null {
  try {
    const [shallow, root] = git(cwd, ['rev-parse', '--is-shallow-repository', '--show-toplevel']).toString().trim().split('\n') as [string, string];
    if (shallow !== 'false') return null;
    // Newest first, as git lists them: per file the commits (hash and day) that touched it.
    const commits = new Map<string, Array<{ hash: string; date: string }>>();
    let hash = '';
    let date = '';
    const log = git(cwd, ['-c', 'core.quotePath=false', 'log', '--format=%x00%H %as', '--name-only', '--', resolve(cwd, content, 'programmes')]).toString();
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) [hash, date] = line.slice(1).split(' ') as [string, string];
      else if (line.endsWith('.md') || line.endsWith('.mdx')) commits.set(line, [...(commits.get(line) ?? []), { hash, date }]);
    }
    const requests = [...commits].flatMap(([path, list]) => list.map((commit) => ({ path, ...commit })));
    const texts = readBlobs(root, requests.map((request) => `${request.hash}:${request.path}`));
    const versions = new Map<string, Version[]>();
    requests.forEach((request, index) => {
      const text = texts[index];
      // A deletion is no version of the entry; a later re-creation starts from its own text.
      if (text === undefined) return;
      versions.set(request.path, [{ date: request.date, facts: factsOf(text) }, ...(versions.get(request.path) ?? [])]);
    });
    return new Map([...versions].map(([path, list]) => [resolve(root, path), changeLog(list)]));
  } catch {
    return null;
  }
}

let history: Map<string, ChangeEntry[]> | null | undefined;

/** Changes to the programme file `file` (a path relative to the working directory), newest first. */
export function programmeHistory(file: string): ChangeEntry[] | undefined {
  if (history === undefined) history = readHistory(process.cwd(), contentDir());
  const changes = history?.get(resolve(file));
  return changes?.length ? changes : undefined;
}
