// Runs the browser tests (Playwright, Debian's Chromium) against the built dist/,
// served by nginx with deploy/nginx.conf when nginx is installed, else by
// `astro preview`. E2E_SERVER=nginx makes nginx mandatory (CI sets it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, process.env.OUT_DIR ?? 'dist');

function findOnPath(...candidates: string[]): string | undefined {
  for (const candidate of candidates) {
    if (candidate.startsWith('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

const chrome = process.env.CHROME_PATH ?? findOnPath('/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome');
if (!chrome || !existsSync(chrome)) {
  console.error('Kein Chromium gefunden: bitte „apt-get install -y chromium“ ausführen oder CHROME_PATH auf einen Chrome/Chromium setzen.');
  process.exit(1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Kein gebautes Verzeichnis ${dist}: zuerst „npm run build“ ausführen.`);
  process.exit(1);
}

const nginx = findOnPath('nginx', '/usr/sbin/nginx');
const kind = process.env.E2E_SERVER ?? (nginx ? 'nginx' : 'preview');
if (kind === 'nginx' && !nginx) {
  console.error('E2E_SERVER=nginx, aber nginx fehlt: bitte „apt-get install -y nginx“ ausführen.');
  process.exit(1);
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** A minimal nginx main config around the production site config, with only port and root changed. */
function nginxConfig(port: number): string {
  const work = mkdtempSync(join(tmpdir(), 'ff-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
  const site = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen\s+\[::\]:80;\s*$/m, '')
    .replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${dist};`);
  const main = `
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
daemon off;
user root;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${site}
}
`;
  const file = join(work, 'nginx.conf');
  writeFileSync(file, main);
  return file;
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`Server beendet mit Code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server unter ${url} antwortet nicht`);
}

const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
const server =
  kind === 'nginx'
    ? spawn(nginx!, ['-c', nginxConfig(port)], { stdio: 'inherit' })
    : spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: root,
        stdio: 'ignore',
        env: { ...process.env, OUT_DIR: process.env.OUT_DIR ?? 'dist' },
      });

let status = 1;
try {
  await waitFor(`${baseURL}/`, server);
  console.log(`Browser-Tests gegen ${kind} auf ${baseURL} mit ${chrome}`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: baseURL, E2E_SERVER: kind, CHROME_PATH: chrome, E2E_DIST: dist },
  });
  status = result.status ?? 1;
} finally {
  server.kill('SIGTERM');
}
process.exit(status);
