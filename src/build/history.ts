/**
 * Entries' change history from the repository: the date of each commit that
 * touched a content file. Read with one `git log` for the whole content folder
 * (one call per file would cost seconds per thousand entries). In a shallow clone
 * or without git the history would be incomplete or missing, so it is left out
 * (undefined) rather than shown wrong. Renames are not followed.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface Change {
  date: string;
}

let history: Map<string, Change[]> | null | undefined;

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

function load(): Map<string, Change[]> | null {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'false') return null;
    const root = git(['rev-parse', '--show-toplevel']).trim();
    const map = new Map<string, Change[]>();
    let date = '';
    for (const line of git(['log', '--format=%x00%as', '--name-only', '--', 'content']).split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line) {
        const file = resolve(root, line);
        map.set(file, [...(map.get(file) ?? []), { date }]);
      }
    }
    return map;
  } catch {
    return null;
  }
}

/** Changes to `file` (a path relative to the working directory), newest first. */
export function fileHistory(file: string): Change[] | undefined {
  if (history === undefined) history = load();
  const changes = history?.get(resolve(file));
  return changes?.length ? changes : undefined;
}

