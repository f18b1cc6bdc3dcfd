import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { isBrotliCopy } from '../build/precompress.ts';
import { SITE_TEMPLATE } from './nginx.ts';
import type { RunningServer } from './serve-nginx.ts';
import { readSiteRules } from './site-rules.ts';

/** Types named as Debian's /etc/nginx/mime.types names them, where mrmime differs or has none. */
const NGINX_NAMES: Record<string, string> = { js: 'application/javascript', ico: 'image/x-icon' };

/**
 * A static server for a built site that answers as the shipped nginx config does: the same headers on every
 * answer (read from the nginx template), the same types, folder addresses redirected to their trailing slash,
 * and the site's own 404 page for anything else, folders without a page included.
 */
export function previewHandler(root: string, template = fs.readFileSync(SITE_TEMPLATE, 'utf8')): http.RequestListener {
  const rules = readSiteRules(template);
  const typeOf = (file: string) => {
    const type = rules.typeFor(file) ?? NGINX_NAMES[path.extname(file).slice(1)] ?? lookup(file) ?? 'application/octet-stream';
    return rules.charsetTypes.has(type) ? `${type}; charset=utf-8` : type;
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: true,
    extensions: [],
    // The brotli copies the build writes beside Pagefind's packed files, sent as nginx's brotli_static sends them.
    brotli: true,
    setHeaders: (res, pathname) => res.setHeader('Content-Type', typeOf(pathname)),
  });
  const notFound = path.join(root, '404.html');
  const isFolder = (pathname: string) => {
    const target = path.join(root, pathname);
    return target.startsWith(root) && fs.statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview');
    const pathname = (() => {
      try {
        return decodeURIComponent(url.pathname);
      } catch {
        return url.pathname;
      }
    })();
    const setHeaders = (served: string) => {
      for (const [name, value] of rules.headers(served)) res.setHeader(name, value);
    };
    setHeaders(pathname);
    const sendNotFound = () => {
      // nginx picks header values by the address it finally serves, which for a miss is the 404 page's.
      setHeaders('/404.html');
      res.writeHead(404, { 'Content-Type': typeOf(notFound) });
      res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(notFound));
    };
    // nginx answers for the 404 page only through its error_page rule, with status 404, and sends a brotli copy only
    // in place of its own file.
    if (pathname === '/404.html' || isBrotliCopy(pathname)) return sendNotFound();
    if (!pathname.endsWith('/') && isFolder(pathname)) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Content-Type': 'text/html' });
      return res.end();
    }
    // A folder address is a page only where the folder has an index.html.
    if (pathname.endsWith('/')) req.url = `${url.pathname}index.html${url.search}`;
    files(req, res, sendNotFound);
  };
}

/** Serves a built folder on host:port (port 0 picks a free one) until closed. */
export function servePreview(root: string, options: { host: string; port: number }): Promise<RunningServer> {
  const server = http.createServer(previewHandler(path.resolve(root)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        baseUrl: `http://${options.host}:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
