/**
 * The ids Astro gives the headings of a Markdown or MDX text (github-slugger over
 * the heading's plain text, as @astrojs/markdown-satteri does), so validation can
 * tell whether a link to „guide#section“ will land on a heading.
 */
import Slugger from 'github-slugger';

/** Heading text without inline Markdown: links keep their text, emphasis and code marks go. */
const plain = (text: string) =>
  text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();

export function headingIds(body: string): Set<string> {
  const slugger = new Slugger();
  const ids = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^ {0,3}#{1,6}\s+(.+)$/.exec(line);
    if (heading) ids.add(slugger.slug(plain(heading[1]!)));
  }
  return ids;
}
