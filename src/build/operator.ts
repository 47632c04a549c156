/**
 * Who runs the site, from one file (deploy/operator.json, or OPERATOR_CONFIG):
 * the Impressum, the privacy statement, the accessibility statement and
 * security.txt read it. Until a value is filled in it is null, and the pages say
 * that the site is a preview; a production build refuses to run then.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isoDate } from '../schemas/common.ts';

const text = z.string().trim().min(1).nullable();

export const operatorSchema = z.object({
  siteUrl: z.url({ protocol: /^https$/ }).nullable(),
  name: text,
  address: text,
  email: z.email().nullable(),
  phone: text,
  /** Who represents the operator (§ 5 DDG), e.g. the managing director. */
  representative: text,
  /** Contact for data protection (Art. 13 DSGVO): a data protection officer or the operator. */
  privacyContact: text,
  logRetentionDays: z.number().int().positive().nullable(),
  accessibility: z.object({
    feedbackEmail: z.email().nullable(),
    /** The enforcement body (Schlichtungsstelle) a reader can turn to. */
    enforcementBody: text,
    enforcementUrl: z.url({ protocol: /^https$/ }).nullable(),
    assessedOn: isoDate.nullable(),
    assessmentMethod: text,
  }),
  securityContact: z.email().nullable(),
  /**
   * Where the editors' workspace (/admin/) saves changes: the Git host and repository.
   * Optional: without it only local editing (npm run edit) works; content can always be
   * changed in the repository directly.
   */
  editorBackend: z
    .object({
      name: z.enum(['gitlab', 'github', 'gitea']),
      repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, 'Repository als „gruppe/projekt“ erwartet'),
      branch: z.string().min(1).default('main'),
      /** API of a self-hosted GitLab or Gitea, e.g. https://gitlab.opencode.de/api/v4. */
      api_root: z.url({ protocol: /^https$/ }).optional(),
      base_url: z.url({ protocol: /^https$/ }).optional(),
      app_id: z.string().min(1).optional(),
      auth_type: z.enum(['pkce', 'implicit']).optional(),
    })
    .optional(),
});

export type Operator = z.infer<typeof operatorSchema>;

export function operatorFile(): string {
  return process.env.OPERATOR_CONFIG ?? 'deploy/operator.json';
}

/** The operator file, checked; a broken file stops with its path and the field. */
export function readOperator(file: string = operatorFile()): Operator {
  const result = operatorSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file} – Feld „${issue.path.join('.')}“: ${issue.message}`);
  throw new Error(`Betreiberangaben fehlerhaft:\n${problems.join('\n')}`);
}

/** The placeholder address used while SITE_URL and siteUrl are unset. */
export const PLACEHOLDER_SITE = 'https://foerderfinder.example';

/** The public address: SITE_URL, else the operator file, else the placeholder. */
export function siteUrl(operator: Operator, env: string | undefined = process.env.SITE_URL): string {
  return env || operator.siteUrl || PLACEHOLDER_SITE;
}

/** What still stands between this configuration and a public site, one German line each; empty when it may go live. */
export function productionProblems(operator: Operator, env: string | undefined = process.env.SITE_URL): string[] {
  const problems: string[] = [];
  if (siteUrl(operator, env) === PLACEHOLDER_SITE) problems.push('Die öffentliche Adresse fehlt: SITE_URL setzen oder „siteUrl“ eintragen.');
  const required: Array<[string, unknown]> = [
    ['name', operator.name],
    ['address', operator.address],
    ['email', operator.email],
    ['representative', operator.representative],
    ['privacyContact', operator.privacyContact],
    ['logRetentionDays', operator.logRetentionDays],
    ['accessibility.feedbackEmail', operator.accessibility.feedbackEmail],
    ['accessibility.enforcementBody', operator.accessibility.enforcementBody],
    ['accessibility.enforcementUrl', operator.accessibility.enforcementUrl],
    ['accessibility.assessedOn', operator.accessibility.assessedOn],
    ['accessibility.assessmentMethod', operator.accessibility.assessmentMethod],
    ['securityContact', operator.securityContact],
  ];
  for (const [field, value] of required) if (value === null) problems.push(`„${field}“ ist in den Betreiberangaben noch leer.`);
  return problems;
}
