/**
 * An entry's change history from the repository: date and message of each commit
 * that touched its file. In a shallow clone or without git the history would be
 * incomplete or missing, so it is left out (undefined) rather than shown wrong.
 */
import { execFileSync } from 'node:child_process';

export interface Change {
  date: string;
  message: string;
}

let usable: boolean | undefined;

function gitUsable(): boolean {
  if (usable === undefined) {
    try {
      usable = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'false';
    } catch {
      usable = false;
    }
  }
  return usable;
}

export function fileHistory(file: string): Change[] | undefined {
  if (!gitUsable()) return undefined;
  try {
    const log = execFileSync('git', ['log', '--follow', '--format=%as%x09%s', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changes = log
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [date, ...message] = line.split('\t');
        return { date: date!, message: message.join('\t') };
      });
    return changes.length ? changes : undefined;
  } catch {
    return undefined;
  }
}
