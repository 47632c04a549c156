import { programmeJsonSchema } from '../../build/open-data.ts';

export function GET(): Response {
  return new Response(JSON.stringify(programmeJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
