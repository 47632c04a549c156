/** The editors' workspace configuration, generated from the content schemas (src/build/cms-config.ts). */
import { stringify } from 'yaml';
import { cmsConfig } from '../../build/cms-config.ts';
import { readOperator } from '../../build/operator.ts';

export function GET(): Response {
  const body = `# Generiert aus src/schemas durch src/build/cms-config.ts – nicht von Hand ändern.\n${stringify(cmsConfig(readOperator().editorBackend ?? undefined))}`;
  return new Response(body, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
