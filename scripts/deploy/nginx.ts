import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../content/paths.ts';

/** The site config shipped for production; tests and the benchmark serve builds through the same file. */
export const SITE_TEMPLATE = path.join(PROJECT_ROOT, 'deploy', 'nginx', 'site.conf.template');

export interface SitePlaceholders {
  /** What follows `listen`, e.g. "127.0.0.1:8080" or "80". */
  listen: string;
  /** Absolute path of the built site. */
  root: string;
}

/** Fills the template the way `envsubst '${LMS_LISTEN} ${LMS_ROOT}'` does, leaving nginx's own $variables alone. */
export function fillSiteTemplate(template: string, values: SitePlaceholders): string {
  const filled = template.replaceAll('${LMS_LISTEN}', values.listen).replaceAll('${LMS_ROOT}', values.root);
  const left = /\$\{[A-Z_]+\}/.exec(filled);
  if (left) throw new Error(`The nginx template has a placeholder with no value: ${left[0]}`);
  return filled;
}

export interface MainConfigOptions {
  /** Folder for the pid file, logs and request-body temp files: nothing is written outside it. */
  workDir: string;
  /** Path of the filled site config. */
  siteConf: string;
  /** The system's MIME map. */
  mimeTypes: string;
  /** Workers started by root drop to `nobody`, who may not read a private build folder; keep them as root. */
  runningAsRoot: boolean;
}

/** The module behind the template's `brotli_static`, where Debian's libnginx-mod-http-brotli-static puts it. */
export const BROTLI_STATIC_MODULE = process.env.NGINX_BROTLI_STATIC_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A whole nginx.conf around the site config, for a private server on one port (`-g 'daemon off;'` keeps it in the foreground). */
export function mainConfig(options: MainConfigOptions): string {
  const at = (name: string) => path.join(options.workDir, name);
  return [
    // An absolute path: Debian's own line names it from the prefix, which here is the work folder.
    `load_module ${BROTLI_STATIC_MODULE};`,
    ...(options.runningAsRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${at('nginx.pid')};`,
    `error_log ${at('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${options.mimeTypes};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${at('access.log')};`,
    `  client_body_temp_path ${at('client_body')};`,
    `  proxy_temp_path ${at('proxy')};`,
    `  fastcgi_temp_path ${at('fastcgi')};`,
    `  uwsgi_temp_path ${at('uwsgi')};`,
    `  scgi_temp_path ${at('scgi')};`,
    `  include ${options.siteConf};`,
    '}',
    '',
  ].join('\n');
}

/** Writes both config files into workDir and returns the path of the main one. */
export function writeNginxConfig(workDir: string, site: SitePlaceholders): string {
  fs.mkdirSync(workDir, { recursive: true });
  const siteConf = path.join(workDir, 'site.conf');
  fs.writeFileSync(siteConf, fillSiteTemplate(fs.readFileSync(SITE_TEMPLATE, 'utf8'), site));
  const mainConf = path.join(workDir, 'nginx.conf');
  const runningAsRoot = process.getuid?.() === 0;
  fs.writeFileSync(mainConf, mainConfig({ workDir, siteConf, mimeTypes: '/etc/nginx/mime.types', runningAsRoot }));
  return mainConf;
}
