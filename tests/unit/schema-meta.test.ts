/**
 * Every field of every collection carries the German label and help text an
 * editor sees (`.meta({ title, description })`; the CMS configuration is generated
 * from them). The walk goes through nested objects, lists, optional and default
 * wrappers, unions and pipes, and names each field without them by its path.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as common from '../../src/schemas/common.ts';
import { schemas } from '../../src/schemas/index.ts';

interface Field {
  path: string;
  meta: Record<string, unknown> | undefined;
}

/** The fields (object shape entries) reachable from a schema, depth first. */
function fieldsOf(schema: z.ZodType, path: string, found: Field[] = []): Field[] {
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const fieldPath = `${path}.${key}`;
      found.push({ path: fieldPath, meta: field.meta() });
      fieldsOf(field, fieldPath, found);
    }
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    fieldsOf(schema.unwrap() as z.ZodType, path, found);
  } else if (schema instanceof z.ZodArray) {
    fieldsOf(schema.element as z.ZodType, `${path}[]`, found);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodType[]) fieldsOf(option, path, found);
  } else if (schema instanceof z.ZodPipe) {
    fieldsOf(schema.in as z.ZodType, path, found);
    fieldsOf(schema.out as z.ZodType, path, found);
  }
  return found;
}

const allFields = Object.entries(schemas).flatMap(([name, schema]) => fieldsOf(schema, name));

/** Words that give an English text away; none of them is a German word. */
const english = /\b(the|and|of|for|with|if|leave|when|which|this|that|or)\b/;

/** Why a field's metadata does not serve a German editor, or undefined if it does. */
function problem(meta: Record<string, unknown> | undefined): string | undefined {
  const { title, description } = meta ?? {};
  if (typeof title !== 'string' || title.trim().length < 2) return 'ohne Titel';
  if (typeof description !== 'string' || description.trim().length < 10) return 'ohne Beschreibung';
  for (const text of [title, description]) {
    if (english.test(text)) return `englisch? „${text}“`;
    if (text.includes('"')) return `gerade Anführungszeichen statt „…“: ${text}`;
    if (/\bz\.B\./.test(text)) return `„z.B.“ statt „z. B.“: ${text}`;
  }
  if (!/[.!?]$/.test(description)) return `Beschreibung ohne Satzende: ${description}`;
  return undefined;
}

describe('schema metadata for editors', () => {
  it('reaches the nested fields', () => {
    const paths = allFields.map((field) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'programmes.title',
        'programmes.deadlines[].label',
        'programmes.recurringDeadlines[].until',
        'programmes.population.min',
        'programmes.specialRates[].fundingRate.max',
        'programmes.contact.role',
        'offers.contact.email',
        'checklists.items[].see',
        'examples.lastChecked',
        'guides.checklists',
      ]),
    );
    expect(allFields.length).toBeGreaterThan(100);
  });

  it('gives every field a German title and description', () => {
    const missing = allFields.flatMap(({ path, meta }) => {
      const why = problem(meta);
      return why ? [`${path}: ${why}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('names each collection in the singular with a sentence', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(problem(schema.meta()), name).toBeUndefined();
    }
  });

  it('leaves the shared building blocks without metadata, so no field inherits a label meant for another', () => {
    const blocks = Object.entries(common as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
    expect(blocks.map(([name]) => name)).toEqual(expect.arrayContaining(['calendarDay', 'httpsUrl', 'refs', 'applicantList', 'contact']));
    for (const [name, block] of blocks) expect(block.meta(), name).toBeUndefined();
  });
});
