// `npm run playground`: builds the playground into dist/playground/ and serves it on this machine, printing the URL.
// Flags: --port N (default 5170, or any free port when that one is taken), --no-build (serve what is there).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build.mjs';
import { serveStatic } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist/playground');
const at = process.argv.indexOf('--port');
const port = at >= 0 ? Number(process.argv[at + 1]) : 5170;

if (!process.argv.includes('--no-build')) {
    const files = await buildPlayground({ outdir });
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    process.stdout.write(`Built ${path.relative(process.cwd(), outdir) || outdir}: ${files.length} files, ${(total / 1024 / 1024).toFixed(2)} MB\n`);
}
let server;
try {
    server = await serveStatic(outdir, { port });
} catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    server = await serveStatic(outdir, { port: 0 });
}
process.stdout.write(`POP playground: ${server.url}\n(Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.close().then(() => process.exit(0)));
