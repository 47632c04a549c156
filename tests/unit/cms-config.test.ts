import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig, collectionFields, editorOrigin, type CmsField } from '../../src/build/cms-config.ts';
import { collectionNames, levels, programmeStatuses } from '../../src/core/vocabulary.ts';
import { referenceFields, schemas } from '../../src/schemas/index.ts';

/** Field paths of a schema, walked on its own (objects, arrays of objects, wrappers), to compare with the editor's. */
function schemaPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable || inner instanceof z.ZodPipe) {
    inner = (inner instanceof z.ZodPipe ? inner.out : inner.unwrap()) as z.core.$ZodType;
  }
  if (inner instanceof z.ZodArray) return schemaPaths(inner.element as z.core.$ZodType, `${prefix}[]`);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaPaths(value as z.core.$ZodType, path)];
  });
}

function editorPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = (field.fields as CmsField[] | undefined) ?? [];
    return [path, ...editorPaths(nested, field.widget === 'list' ? `${path}[]` : path)];
  });
}

describe('the editors’ workspace configuration', () => {
  for (const collection of collectionNames) {
    it(`has an editor field for every schema field of ${collection}, and none beside them`, () => {
      const editor = editorPaths(collectionFields(collection)).filter((path) => path !== 'body');
      expect(editor.sort()).toEqual(schemaPaths(schemas[collection]).sort());
    });
  }

  it('offers the vocabulary with its German labels and keeps required fields required', () => {
    const fields = collectionFields('programmes');
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get('level')).toMatchObject({ widget: 'select', options: levels.ids.map((id) => ({ value: id, label: levels.label(id) })) });
    expect(byName.get('status')!.options).toEqual(programmeStatuses.ids.map((id) => ({ value: id, label: programmeStatuses.label(id) })));
    expect(byName.get('title')!.required).toBeUndefined();
    expect(byName.get('sourceUrl')!.required).toBeUndefined();
    expect(byName.get('fundingRate')!.required).toBe(false);
    expect(byName.get('states')!.options).toEqual(expect.arrayContaining([{ label: 'alle Länder', value: 'all' }, { label: 'Sachsen', value: 'SN' }]));
  });

  it('writes days as JJJJ-MM-TT and points references to their collection', () => {
    const fields = collectionFields('programmes');
    const byName = new Map(fields.map((field) => [field.name, field]));
    expect(byName.get('lastChecked')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    for (const [name, target] of Object.entries(referenceFields.programmes)) {
      expect(byName.get(name), name).toMatchObject({ widget: 'relation', collection: target, multiple: true });
    }
  });

  it('saves into the content folders, in German, with review before publishing, and local editing only on this computer', () => {
    const config = cmsConfig(undefined) as Record<string, unknown> & { collections: Array<Record<string, unknown>> };
    expect(config.locale).toBe('de');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.map((c) => c.folder)).toEqual(collectionNames.map((name) => `content/${name}`));
    expect(config.local_backend).toMatchObject({ allowed_hosts: ['localhost', '127.0.0.1'] });
    expect(cmsConfig({ name: 'gitlab', repo: 'gruppe/foerderfinder', branch: 'main' })).toMatchObject({ backend: { name: 'gitlab', repo: 'gruppe/foerderfinder' } });
  });

  it('names the origin the workspace must reach for each Git host', () => {
    expect(editorOrigin({ name: 'gitlab', repo: 'g/p', branch: 'main', api_root: 'https://gitlab.opencode.de/api/v4' })).toBe('https://gitlab.opencode.de');
    expect(editorOrigin({ name: 'github', repo: 'o/r', branch: 'main' })).toBe('https://api.github.com');
    expect(editorOrigin(undefined)).toBeUndefined();
  });
});
