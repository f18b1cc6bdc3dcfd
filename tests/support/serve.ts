import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on a free loopback port, the way a static host would (404 page included). */
export async function serveStatic(dir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server = http.createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
