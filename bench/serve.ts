/** A small static server for benchmarks: serves a dist folder on loopback, gzip like the production nginx. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** The cache lifetimes of deploy/nginx.conf, so Lighthouse audits what production sends. */
function cacheControl(path: string): string {
  if (/^\/_astro\/|^\/pagefind\/(index|fragment|filter)\/|^\/pagefind\/.*\.(pf_meta|pagefind)$/.test(path)) return 'public, max-age=31536000, immutable';
  return path === '/favicon.svg' ? 'public, max-age=86400' : 'no-cache';
}

/** Every response: path and bytes on the wire (after gzip), so the bench sees worker fetches too. */
export interface Sent {
  path: string;
  bytes: number;
}

export function serve(root: string): Promise<{ server: Server; url: string; log: Sent[] }> {
  const log: Sent[] = [];
  const server = createServer((request, response) => {
    const entry = { path: new URL(request.url!, 'http://x').pathname, bytes: 0 };
    log.push(entry);
    const write = response.write.bind(response);
    response.write = ((chunk: Buffer | string, ...rest: unknown[]) => {
      entry.bytes += Buffer.byteLength(chunk);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof response.write;
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const extension = extname(file);
    const gzip = compressible.has(extension) && /gzip/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(entry.path),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${port}`, log });
  }));
}
