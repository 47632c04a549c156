// Serves a folder over HTTP, reading each file at request time as nginx does, and
// polls itself as fast as it can until stdin closes; then prints the counts as
// JSON. Run as a child process, so the publishing test's synchronous renames do
// not pause the polling.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const root = process.argv[2]!;
const server = createServer(async (_request, response) => {
  try {
    const body = await readFile(join(root, 'index.html'));
    response.writeHead(200).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as { port: number };
let stop = false;
process.stdin.on('end', () => (stop = true)).resume();
const counts = { requests: 0, failures: 0, bodies: new Set<string>() };
process.stdout.write('bereit\n');
while (!stop) {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  counts.requests++;
  if (response.ok) counts.bodies.add(await response.text());
  else counts.failures++;
}
server.close();
process.stdout.write(`${JSON.stringify({ ...counts, bodies: [...counts.bodies] })}\n`);
