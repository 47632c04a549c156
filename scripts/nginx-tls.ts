// Writes the production nginx configuration with TLS to standard output:
//   npm run -s nginx:tls -- --cert /etc/ssl/certs/site.pem --key /etc/ssl/private/site.key > /etc/nginx/conf.d/foerderfinder.conf
// The host name comes from SITE_URL or „siteUrl“ in the operator file (--host overrides).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readOperator, siteUrl, PLACEHOLDER_SITE } from '../src/build/operator.ts';
import { tlsConfig } from '../src/build/nginx-tls.ts';
import { editorOrigin } from '../src/build/cms-config.ts';

const { values } = parseArgs({ options: { host: { type: 'string' }, cert: { type: 'string' }, key: { type: 'string' } } });
const operator = readOperator();
const address = siteUrl(operator);
const host = values.host ?? (address === PLACEHOLDER_SITE ? undefined : new URL(address).hostname);
if (!host || !values.cert || !values.key) {
  console.error('Bitte --cert und --key angeben, und den Hostnamen über SITE_URL, „siteUrl“ in den Betreiberangaben oder --host.');
  process.exit(1);
}
process.stdout.write(tlsConfig(readFileSync('deploy/nginx.conf', 'utf8'), { host, certificate: values.cert, key: values.key, editorOrigin: editorOrigin(operator.editorBackend) }));
