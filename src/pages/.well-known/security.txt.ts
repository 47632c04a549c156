/**
 * security.txt (RFC 9116): where to report a vulnerability. The contact comes
 * from deploy/operator.json; it expires a year after the build, so a site left
 * unbuilt for a year stops promising a contact that may be gone.
 */
import type { APIContext } from 'astro';
import { addDays } from '../../core/dates.ts';
import { operator } from '../../data/operator.ts';
import { today } from '../../data/today.ts';

export function GET({ site }: APIContext): Response {
  const lines = operator.securityContact
    ? [`Contact: mailto:${operator.securityContact}`, `Expires: ${addDays(today, 365)}T00:00:00.000Z`, 'Preferred-Languages: de, en', `Canonical: ${new URL('.well-known/security.txt', site).href}`]
    : ['# Noch kein Kontakt eingetragen (deploy/operator.json, „securityContact“); ein Produktions-Build setzt ihn voraus.'];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
