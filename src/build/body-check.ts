/**
 * Checks of an entry's text (the part after the frontmatter) before anything is
 * built: that MDX compiles, parsed by the same parser Astro's MDX integration uses
 * (satteri), and that nothing in it runs script, loads from another server or is
 * too long to be one page. Each problem names the line and column in the file,
 * in German, so an editor finds it without reading a stack trace.
 */
import { mdxToMdast } from 'satteri';
import { formatNumber } from '../core/format.ts';

/** About forty printed pages; a longer text should be split into entries. */
export const MAX_BODY_CHARS = 100_000;

export interface BodyProblem {
  field: string;
  message: string;
}

const FIELD = '(Text)';

/** What satteri's English messages mean for an editor, by a phrase they contain. */
const mdxHints: Array<[RegExp, string]> = [
  [/after `<`/, '„<“ beginnt in MDX ein Element. Für „kleiner als“ schreiben Sie „unter“ oder „&lt;“.'],
  [/closing brace for `\{`/, '„{“ beginnt in MDX einen Ausdruck, der nicht geschlossen wird. Für eine geschweifte Klammer im Text schreiben Sie „\\{“.'],
  [/closing tag for `<([^>]+)>`/, 'Das Element „<$1>“ wird nicht geschlossen.'],
  [/closing tag/, 'Ein schließendes Element passt zu keinem geöffneten.'],
];

/** „1:11: Unexpected character … (mdx-jsx:unexpected-character)“ in German, with the line counted in the whole file. */
export function mdxMessage(raw: string, lineOffset: number): string {
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(raw.trim());
  if (!match) return `MDX lässt sich nicht übersetzen: ${raw}`;
  const [, line, column, english] = match;
  const hint = mdxHints.find(([pattern]) => pattern.test(english!));
  // The hint replaces the phrase it matched, so „$1“ can name the element.
  const text = hint ? english!.match(hint[0])![0].replace(hint[0], hint[1]) : `MDX-Fehler: ${english}`;
  return `Zeile ${Number(line) + lineOffset}, Spalte ${column}: ${text}`;
}

const forbidden: Array<[RegExp, string]> = [
  [/<script\b/i, 'enthält ein <script>-Element; Skripte sind in Inhalten nicht erlaubt'],
  [/\]\(\s*javascript:|href\s*=\s*["']?\s*javascript:/i, 'enthält einen „javascript:“-Link; Links müssen auf https- oder Website-Adressen zeigen'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'enthält ein Ereignis-Attribut (on…=), das Skript ausführt; das ist in Inhalten nicht erlaubt'],
  [/!\[[^\]]*\]\(\s*(?:https?:)?\/\/|<img\b[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i, 'bindet ein Bild von einem anderen Server ein; Bilder müssen unter public/ liegen, damit keine Anfrage an Dritte geht'],
];

/** Line (1-based, in the whole file) of a character position in the body. */
const lineAt = (body: string, index: number, lineOffset: number) => body.slice(0, index).split('\n').length + lineOffset;

/**
 * Problems in an entry's text. `lineOffset` is the number of lines before the
 * body (the frontmatter and its fences), so lines are counted in the file.
 */
export function checkBody(body: string, isMdx: boolean, lineOffset: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (body.length > MAX_BODY_CHARS) {
    problems.push({ field: FIELD, message: `ist mit ${formatNumber(body.length)} Zeichen zu lang (höchstens ${formatNumber(MAX_BODY_CHARS)}); bitte auf mehrere Einträge aufteilen` });
  }
  for (const [pattern, message] of forbidden) {
    const found = pattern.exec(body);
    if (found) problems.push({ field: FIELD, message: `Zeile ${lineAt(body, found.index, lineOffset)}: ${message}` });
  }
  if (isMdx) {
    try {
      mdxToMdast(body);
    } catch (error) {
      problems.push({ field: FIELD, message: mdxMessage((error as Error).message, lineOffset) });
    }
  }
  return problems;
}
