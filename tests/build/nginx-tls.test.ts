/**
 * The TLS configuration derived from deploy/nginx.conf: what it adds, and that
 * nginx accepts it (`nginx -t` with a throwaway self-signed certificate; CI
 * installs nginx and openssl).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tlsConfig } from '../../src/build/nginx-tls.ts';

const httpConfig = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('nginx with TLS', () => {
  const config = tlsConfig(httpConfig, { host: 'foerderfinder.test.example', certificate: '/pfad/zum/zertifikat.pem', key: '/pfad/zum/schluessel.pem' });

  it('serves the site over HTTPS with HSTS, and HTTP only redirects to the configured host', () => {
    expect(config).toMatch(/listen 443 ssl http2;\s+listen \[::\]:443 ssl http2;/);
    expect(config).toContain('ssl_certificate /pfad/zum/zertifikat.pem;');
    expect(config).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
    expect(config).toContain('return 301 https://foerderfinder.test.example$request_uri;');
    expect(config).not.toContain('$host');
    expect(config).toContain('absolute_redirect off;');
    // Everything else of the site is the tested HTTP configuration, once.
    expect(config.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
  });

  it('lets the editors’ workspace reach the operator’s Git host instead of the local proxy, and only there', () => {
    const withEditor = tlsConfig(httpConfig, { host: 'foerderfinder.test.example', certificate: 'a', key: 'b', editorOrigin: 'https://gitlab.opencode.de' });
    const admin = /~\^\/admin\/\s+"([^"]+)"/.exec(withEditor)![1]!;
    expect(admin).toContain("connect-src 'self' https://gitlab.opencode.de;");
    expect(withEditor).not.toContain('localhost:8081');
    expect(/^\s*default\s+"(default-src [^"]+)"/m.exec(withEditor)![1]).toContain("connect-src 'self';");
    expect(/~\^\/admin\/\s+"([^"]+)"/.exec(config)![1]).toContain("connect-src 'self';");
    expect(() => tlsConfig(httpConfig, { host: 'a.example', certificate: 'a', key: 'b', editorOrigin: "https://x.example; script-src *" })).toThrow('keine https-Adresse');
  });

  it('refuses a host name that is none', () => {
    expect(() => tlsConfig(httpConfig, { host: 'evil.example; return 200', certificate: 'a', key: 'b' })).toThrow('kein Hostname');
  });

  it.skipIf(!has('nginx') || !has('openssl'))('passes nginx -t with a real certificate', () => {
    const work = mkdtempSync(join(tmpdir(), 'ff-tls-'));
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
    const [cert, key] = [join(work, 'cert.pem'), join(work, 'key.pem')];
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=foerderfinder.test.example', '-keyout', key, '-out', cert]);
    expect(made.status, made.stderr?.toString()).toBe(0);
    const site = tlsConfig(httpConfig, { host: 'foerderfinder.test.example', certificate: cert, key });
    const main = join(work, 'nginx.conf');
    writeFileSync(main, `pid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  client_body_temp_path ${work}/body;\n  proxy_temp_path ${work}/proxy;\n  fastcgi_temp_path ${work}/fastcgi;\n  uwsgi_temp_path ${work}/uwsgi;\n  scgi_temp_path ${work}/scgi;\n${site}\n}\n`);
    const checked = spawnSync('nginx', ['-t', '-c', main], { encoding: 'utf8' });
    expect(checked.status, checked.stderr).toBe(0);
  });
});
