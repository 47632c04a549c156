/**
 * npm run edit: the editors' workspace against this working copy. Starts Decap's
 * local proxy (writes straight into content/, which you then review and commit) and
 * the development server, and stops both together.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const children = [
  spawn(process.execPath, [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: '8081', MODE: 'fs', GIT_REPO_DIRECTORY: root, BIND_HOST: 'localhost' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', '4321', '--host', 'localhost'], { cwd: root, stdio: 'inherit' }),
];
console.log('Redaktionsumgebung: http://localhost:4321/admin/ (Änderungen landen direkt in content/; prüfen mit „npm run validate“, dann committen)');
const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
