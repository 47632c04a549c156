/**
 * Switches a finished build live without a moment in which the server finds no
 * site. The output folder (dist) is a symbolic link to one of the release folders
 * beside it (dist.releases/<time>); a new release gets a new link, which is then
 * renamed over the old one. A rename replaces the link in one step, so every
 * request sees either the old site or the new one, never a missing or half-copied
 * folder. The server's root stays the same path.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/** Releases kept besides the live one, for a quick way back. */
export const KEPT_RELEASES = 3;

/** The release folders of `outDir`, oldest first (their names start with the time). */
export function releasesOf(outDir: string): string[] {
  const folder = `${outDir}.releases`;
  return existsSync(folder) ? readdirSync(folder).sort().map((name) => join(folder, name)) : [];
}

/** Moves the finished build in `staging` into a new release and points `outDir` at it. */
export function publish(staging: string, outDir: string, keep: number = KEPT_RELEASES): string {
  const folder = `${outDir}.releases`;
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let release = join(folder, stamp);
  for (let n = 2; existsSync(release); n++) release = join(folder, `${stamp}-${n}`);
  renameSync(staging, release);

  const link = join(dirname(outDir), `.${basename(outDir)}.link-${process.pid}`);
  rmSync(link, { force: true });
  // Relative, so the tree can be moved or mounted elsewhere as a whole.
  symlinkSync(relative(dirname(outDir), release), link);
  // A real folder (a build from before releases) cannot be replaced by renaming a
  // link over it; it becomes the oldest release, once.
  if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) renameSync(outDir, join(folder, `0-vorher-${stamp}`));
  renameSync(link, outDir);

  for (const old of releasesOf(outDir).slice(0, -(keep + 1))) rmSync(old, { recursive: true, force: true });
  return release;
}
