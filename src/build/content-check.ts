/**
 * Validation of all content before anything is built: each entry against its
 * schema, then every cross reference against the entries that exist. Problems are
 * collected (not thrown one by one) so an editor sees every mistake in one run,
 * each naming the file and the field.
 */
import { slug } from '../schemas/common.ts';
import { referenceFields, schemas, type TypedEntry } from '../schemas/index.ts';
import { collectionNames, type CollectionName } from '../core/vocabulary.ts';
import type { Programme } from '../schemas/programme.ts';
import { checkProgrammeDates, datesOnlyInText } from './date-check.ts';
import { headingIds } from './heading-ids.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Entry id, derived from the file name. */
  id: string;
  /** Path shown to the editor, e.g. content/programmes/foo.mdx. */
  file: string;
  /** Parsed frontmatter. */
  data: unknown;
  /** The text after the frontmatter. */
  body?: string;
}

export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. items.2.id; „Dateiname“ for the file name itself. */
  field: string;
  message: string;
}


interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: Issue[][];
}

/**
 * A union (e.g. states: 'all' or a list of codes) fails as a whole with a vague
 * „invalid input“. Report instead the branch that got furthest: its issue paths
 * are the deepest, so they point at the actual bad value.
 */
function closestBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  if (depth(best) === 0) return [issue];
  return best.flatMap(closestBranch).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** The value at a path in parsed frontmatter, undefined where any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** A file that passed its schema, with defaults applied. */
export type ValidEntry = TypedEntry & { file: string };

/** Every problem in the entries, and those that passed their schema (defaults applied). */
export function checkEntries(entries: readonly RawEntry[], today: string): { problems: ContentProblem[]; notices: ContentProblem[]; valid: ValidEntry[] } {
  const problems: ContentProblem[] = [];
  /** Worth an editor's look, but not wrong for certain: they do not stop the build. */
  const notices: ContentProblem[] = [];
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((name) => [name, new Set()]));
  const parsed: Array<{ entry: RawEntry; data: Record<string, unknown> }> = [];
  const files = new Map<string, string>();

  for (const entry of entries) {
    const known = ids.get(entry.collection)!;
    if (!slug.safeParse(entry.id).success) {
      problems.push({
        file: entry.file,
        field: 'Dateiname',
        message: 'nur Kleinbuchstaben, Ziffern und Bindestriche erlaubt (ä → ae, ß → ss), denn er wird Teil der Adresse',
      });
    }
    const twin = files.get(`${entry.collection}/${entry.id}`);
    if (twin) {
      // „x.md“ and „x.mdx“ share the id: the message names the other file, so the editor sees both.
      problems.push({ file: entry.file, field: 'Dateiname', message: `Kennung „${entry.id}“ gibt es in dieser Sammlung schon (${twin})` });
    }
    files.set(`${entry.collection}/${entry.id}`, entry.file);
    known.add(entry.id);

    const result = schemas[entry.collection].safeParse(entry.data ?? {});
    if (result.success) {
      parsed.push({ entry, data: result.data as Record<string, unknown> });
      continue;
    }
    for (const issue of result.error.issues.flatMap(closestBranch)) {
      // A field left out gets „Pflichtfeld fehlt“, not the message about a wrong value („https-Adresse erwartet“).
      const missing = issue.path.length > 0 && valueAt(entry.data, issue.path) === undefined;
      problems.push({ file: entry.file, field: issue.path.join('.') || '(Kopfdaten)', message: missing ? 'Pflichtfeld fehlt' : issue.message });
    }
  }

  // The section ids of every guide, for checklist steps that link to one.
  const guideSections = new Map(entries.filter((entry) => entry.collection === 'guides').map((entry) => [entry.id, headingIds(entry.body ?? '')]));

  for (const { entry, data } of parsed) {
    if (entry.collection === 'programmes') {
      for (const problem of checkProgrammeDates(data as Programme, today)) problems.push({ file: entry.file, ...problem });
      for (const notice of datesOnlyInText(data as Programme, entry.body ?? '')) notices.push({ file: entry.file, ...notice });
    } else if ('lastChecked' in data && (data.lastChecked as string) > today) {
      problems.push({ file: entry.file, field: 'lastChecked', message: `liegt in der Zukunft (${data.lastChecked as string})` });
    }
    // Checklist steps may point to the guide section that explains them.
    if (entry.collection === 'checklists') {
      (data.items as Array<{ see?: string }>).forEach((item, index) => {
        const [guide, anchor] = item.see?.split('#') ?? [];
        if (guide && !ids.get('guides')!.has(guide)) {
          problems.push({ file: entry.file, field: `items.${index}.see`, message: `verweist auf den Leitfaden „${guide}“, den es nicht gibt` });
        } else if (guide && anchor && !guideSections.get(guide)?.has(anchor)) {
          problems.push({ file: entry.file, field: `items.${index}.see`, message: `verweist auf den Abschnitt „#${anchor}“, den der Leitfaden „${guide}“ nicht hat (seine Überschriften ergeben: ${[...(guideSections.get(guide) ?? [])].map((id) => `#${id}`).join(', ') || 'keine'})` });
        }
      });
    }
    const fields: Record<string, CollectionName> = referenceFields[entry.collection];
    for (const [field, target] of Object.entries(fields)) {
      const targets = (data[field] as string[] | undefined) ?? [];
      targets.forEach((id, index) => {
        if (!ids.get(target)!.has(id)) {
          problems.push({
            file: entry.file,
            field: `${field}.${index}`,
            message: `verweist auf „${id}“, aber in „${target}“ gibt es keinen Eintrag mit dieser Kennung`,
          });
        }
      });
    }
  }
  const valid = parsed.map(({ entry, data }) => ({ collection: entry.collection, id: entry.id, file: entry.file, data }) as ValidEntry);
  return { problems, notices, valid };
}

export function checkContent(entries: readonly RawEntry[], today: string): ContentProblem[] {
  return checkEntries(entries, today).problems;
}

/** One line per problem: „content/x.mdx – Feld „summary“: Pflichtfeld fehlt“. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file} – Feld „${p.field}“: ${p.message}`).join('\n');
}
