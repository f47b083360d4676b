import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * A static server for a built site on a free loopback port, as a host would serve it (404.html for
 * misses); `maxAge` (seconds) lets the browser keep the files instead of asking again.
 */
export async function serveSite(outDir: string, maxAge?: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(outDir, { dev: false, etag: false, extensions: ['html'], ...(maxAge === undefined ? {} : { maxAge }) });
  const server = http.createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      sirv(outDir, { dev: false })(Object.assign(req, { url: '/404.html' }), res, () => {
        res.end('not found');
      });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
