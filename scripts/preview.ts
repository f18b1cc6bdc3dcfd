import path from 'node:path';
import { siteDir } from './content/paths.ts';
import { servePreview } from './deploy/preview-server.ts';

/** `npm start`: serves the finished build the way the shipped nginx config does, headers included. */
const root = siteDir();
const server = await servePreview(root, { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) });
console.log(
  `Serving ${path.relative(process.cwd(), root) || root} on ${server.baseUrl}/ with the headers of deploy/nginx/site.conf.template (Ctrl+C stops it)`,
);
