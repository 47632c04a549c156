/**
 * The editor's workspace (/admin/, Decap CMS) configured from the content
 * contract itself: every collection schema is walked field by field and each field
 * becomes an editor widget with its German label and help (the schema's `.meta()`),
 * whether it is required, its allowed values with the vocabulary's labels, its date
 * format and, for references, the collection it points to. Nothing is written by
 * hand beside the schemas, so a new schema field cannot be missing in the editor;
 * tests/unit/cms-config.test.ts checks both directions.
 */
import { z } from 'zod';
import { collections, collectionNames, states, type CollectionName } from '../core/vocabulary.ts';
import * as vocabularyModule from '../core/vocabulary.ts';
import { referenceFields, schemas } from '../schemas/index.ts';
import { CONTENT_FORMAT, NEW_ID_FIELD } from '../core/workspace.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

export interface Backend {
  /** gitlab (e.g. openCode), github or gitea. */
  name: string;
  /** owner/name of the content repository. */
  repo: string;
  branch: string;
  /** API address of a self-hosted GitLab or Gitea, e.g. https://gitlab.opencode.de/api/v4. */
  api_root?: string;
  /** Where the OAuth login of a self-hosted instance lives. */
  base_url?: string;
  /** OAuth application id (GitLab PKCE login needs no server of its own). */
  app_id?: string;
  auth_type?: string;
}

type Schema = z.core.$ZodType;

const meta = (schema: Schema): { title?: string; description?: string } | undefined =>
  (z.globalRegistry.get(schema) as { title?: string; description?: string } | undefined) ?? undefined;

/** Optional, default and nullable wrappers, and whether any of them makes the field optional for an editor. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; metas: Array<{ title?: string; description?: string }> } {
  let inner = schema;
  let optional = false;
  const metas: Array<{ title?: string; description?: string }> = [];
  for (;;) {
    const found = meta(inner);
    if (found) metas.push(found);
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
      optional = true;
      inner = inner.unwrap() as Schema;
    } else if (inner instanceof z.ZodPipe) {
      // calendarDay: a preprocess turning YAML dates into strings, then the day itself.
      inner = (inner.out ?? inner.in) as Schema;
    } else return { inner, optional, metas };
  }
}

/** The vocabulary whose ids are exactly these enum values, for its German labels. */
function labelsFor(ids: readonly string[]): (id: string) => string {
  const key = [...ids].sort().join('|');
  for (const value of Object.values(vocabularyModule)) {
    const vocabulary = value as { ids?: readonly string[]; label?: (id: string) => string };
    if (Array.isArray(vocabulary.ids) && typeof vocabulary.label === 'function' && [...vocabulary.ids].sort().join('|') === key) return vocabulary.label;
  }
  if ([...Object.keys(states)].sort().join('|') === key) return (id) => states[id as keyof typeof states].name;
  return (id) => id;
}

const options = (ids: readonly string[]) => {
  const label = labelsFor(ids);
  return ids.map((id) => ({ label: label(id), value: id }));
};

const isDay = (schema: Schema): boolean =>
  schema._zod.def.type === 'string' && (schema._zod.def.checks ?? []).some((check) => String((check._zod.def as { pattern?: RegExp }).pattern ?? '') === String(/^\d{4}-\d{2}-\d{2}$/));

/** Long text fields get a multi-line box. */
const LONG_TEXT = new Set(['summary', 'fundingRateNote', 'deadlineNote', 'ownContribution', 'note', 'text', 'description']);

function field(name: string, schema: Schema, collection: CollectionName, top: boolean, parentOptional = false): CmsField {
  const { inner, optional: ownOptional, metas } = unwrap(schema);
  // Decap checks the fields inside an optional object even when it is left empty; the content check still requires them once it is filled.
  const optional = ownOptional || parentOptional;
  const info = metas[0] ?? {};
  const base: CmsField = {
    name,
    label: info.title ?? name,
    widget: 'string',
    ...(optional ? { required: false } : {}),
    ...(info.description ? { hint: info.description } : {}),
  };
  const reference = top ? (referenceFields[collection] as Record<string, CollectionName>)[name] : undefined;
  if (reference) {
    return {
      ...base,
      widget: 'relation',
      collection: reference,
      search_fields: ['title'],
      display_fields: ['title'],
      value_field: '{{slug}}',
      multiple: true,
    };
  }
  if (isDay(inner)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
  // z.url() and z.email() are string formats, not ZodString instances.
  if (inner._zod.def.type === 'string') return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
  if (inner instanceof z.ZodNumber) return { ...base, widget: 'number', value_type: 'float', min: 0 };
  if (inner instanceof z.ZodBoolean) return { ...base, widget: 'boolean', ...(optional ? {} : { default: false }) };
  if (inner instanceof z.ZodEnum) return { ...base, widget: 'select', options: options(inner.options as string[]) };
  if (inner instanceof z.ZodObject) {
    return { ...base, widget: 'object', collapsed: false, fields: Object.entries(inner.shape).map(([key, value]) => field(key, value as Schema, collection, false, optional)) };
  }
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element as Schema).inner;
    if (element instanceof z.ZodEnum) return { ...base, widget: 'select', multiple: true, options: options(element.options as string[]) };
    if (element instanceof z.ZodObject) {
      return { ...base, widget: 'list', fields: Object.entries(element.shape).map(([key, value]) => field(key, value as Schema, collection, false)) };
    }
    return { ...base, widget: 'list', field: { name: 'text', label: info.title ?? name, widget: 'string' } };
  }
  if (inner instanceof z.ZodUnion) {
    // stateScope: „all“ or a list of Länder; the editor picks from one list with „alle Länder“ first (see schemas/common.ts).
    const list = (inner.options as Schema[]).map((option) => unwrap(option).inner).find((option) => option instanceof z.ZodArray) as z.ZodArray | undefined;
    const element = list && unwrap(list.element as Schema).inner;
    if (element instanceof z.ZodEnum) {
      return { ...base, widget: 'select', multiple: true, options: [{ label: 'alle Länder', value: 'all' }, ...options(element.options as string[])] };
    }
  }
  throw new Error(`Feld „${collection}.${name}“: kein Eingabefeld für diesen Schema-Typ (${inner._zod.def.type}) – bitte in src/build/cms-config.ts ergänzen`);
}

/** The editor fields of one collection: its frontmatter in schema order, then the text body. */
export function collectionFields(collection: CollectionName): CmsField[] {
  const schema = schemas[collection] as unknown as z.ZodObject;
  return [
    ...Object.entries(schema.shape).map(([key, value]) => field(key, value as Schema, collection, true)),
    { name: 'body', label: 'Text der Seite', widget: 'markdown', hint: 'Beschreibung in Markdown: Absätze, Zwischenüberschriften (##), Listen und Links.' },
  ];
}

/** The origin the workspace talks to for a backend: its API, or the public host's default. */
export function editorOrigin(backend: Backend | undefined): string | undefined {
  if (!backend) return undefined;
  if (backend.api_root) return new URL(backend.api_root).origin;
  return { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: undefined }[backend.name as 'github' | 'gitlab' | 'gitea'];
}

/** The whole Decap CMS configuration. `backend` comes from the operator (deploy/operator.json). */
export function cmsConfig(backend: Backend | undefined, localPort = 8081): object {
  return {
    // Until the operator names the repository, only local editing (npm run edit) works.
    backend: backend ?? { name: 'git-gateway' },
    local_backend: { url: `http://localhost:${localPort}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    // Drafts and review: a change becomes a merge request and is published only when approved.
    publish_mode: 'editorial_workflow',
    locale: 'de',
    site_url: '/',
    display_url: '/',
    logo_url: '/favicon.svg',
    // The content has no uploads (pictures from other servers are not allowed either); Decap still needs a folder.
    media_folder: 'public/dateien',
    public_folder: '/dateien',
    collections: collectionNames.map((name) => ({
      name,
      label: collections[name].plural,
      label_singular: collections[name].singular,
      folder: `content/${name}`,
      extension: 'mdx',
      // Registered by src/scripts/admin-workspace.ts: written like the hand-made files.
      format: CONTENT_FORMAT,
      create: true,
      delete: false,
      identifier_field: 'title',
      summary: '{{title}}',
      // Set from the title by the workspace script (ä → ae, ß → ss), as the team names files.
      slug: `{{fields.${NEW_ID_FIELD}}}`,
      preview_path: `${collections[name].path}/{{slug}}/`,
      fields: collectionFields(name),
    })),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
  };
}
