// A tiny static file server for the playground: workers do not start from file:// pages, so even a local look
// needs http. Serves one folder on 127.0.0.1 only, with the content types the site uses and nothing else.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.ttf': 'font/ttf',
    '.json': 'application/json; charset=utf-8',
    '.pop': 'text/plain; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
};

/** Serves `folder` at http://127.0.0.1:<port>/ (port 0: any free port). Resolves to { url, close }. */
export function serveStatic(folder, { port = 0, host = '127.0.0.1' } = {}) {
    const rootFolder = path.resolve(folder);
    const server = createServer((request, response) => {
        const send = (status, text) => {
            response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
            response.end(text);
        };
        if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
        let pathname;
        try {
            pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        } catch {
            return send(400, 'Bad request');
        }
        if (pathname.endsWith('/')) pathname += 'index.html';
        const file = path.resolve(rootFolder, '.' + pathname);
        // Nothing outside the folder, whatever the path says.
        if (file !== rootFolder && !file.startsWith(rootFolder + path.sep)) return send(403, 'Forbidden');
        let stat;
        try {
            stat = statSync(file);
        } catch {
            return send(404, 'Not found');
        }
        if (!stat.isFile()) return send(404, 'Not found');
        response.writeHead(200, {
            'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
            'Content-Length': stat.size,
            'Cache-Control': 'no-cache',
            'X-Content-Type-Options': 'nosniff',
            'Referrer-Policy': 'no-referrer',
        });
        if (request.method === 'HEAD') return response.end();
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const address = server.address();
            resolve({
                url: `http://${host}:${address.port}/`,
                close: () => new Promise(done => { server.closeAllConnections?.(); server.close(() => done()); }),
            });
        });
    });
}
