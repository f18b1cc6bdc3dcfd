import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSiteTemplate, mainConfig, SITE_TEMPLATE, writeNginxConfig } from '../../scripts/deploy/nginx.ts';
import { NGINX_PATH } from '../../scripts/deploy/serve-nginx.ts';
import { readSiteRules } from '../../scripts/deploy/site-rules.ts';

describe('nginx config', () => {
  const template = fs.readFileSync(SITE_TEMPLATE, 'utf8');

  it('fills the listen address and root and keeps nginx variables', () => {
    const site = fillSiteTemplate(template, { listen: '127.0.0.1:8080', root: '/srv/site' });
    expect(site).toContain('listen 127.0.0.1:8080;');
    expect(site).toContain('root /srv/site;');
    expect(site).toContain('$uri');
    expect(site).not.toContain('${');
  });

  it('refuses a template with a placeholder it cannot fill', () => {
    expect(() => fillSiteTemplate('listen ${LMS_LISTEN}; server_name ${LMS_HOST};', { listen: '80', root: '/' })).toThrow('${LMS_HOST}');
  });

  it('keeps every file nginx writes inside the work folder', () => {
    const conf = mainConfig({ workDir: '/tmp/w', siteConf: '/tmp/w/site.conf', mimeTypes: '/etc/nginx/mime.types', runningAsRoot: false });
    const paths = [...conf.matchAll(/^\s*(?:pid|error_log|access_log|\w+_temp_path) (\S+?)(?: warn)?;$/gm)].map((match) => match[1]);
    expect(paths.length).toBe(8);
    expect(paths.every((file) => file?.startsWith('/tmp/w/'))).toBe(true);
    expect(conf).not.toContain('user root');
    expect(mainConfig({ workDir: '/tmp/w', siteConf: 's', mimeTypes: 'm', runningAsRoot: true })).toMatch(/^user root;$/m);
  });

  it('passes nginx -t without a warning', () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-nginx-t-'));
    const conf = writeNginxConfig(workDir, { listen: '127.0.0.1:8080', root: workDir });
    const result = spawnSync(NGINX_PATH, ['-t', '-p', workDir, '-e', path.join(workDir, 'error.log'), '-c', conf], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/\[(warn|emerg|alert|crit|error)\]/);
  });
});

describe('the headers and types read from the template (what npm start sends)', () => {
  const rules = readSiteRules(fs.readFileSync(SITE_TEMPLATE, 'utf8'));
  const headers = (pathname: string) => Object.fromEntries(rules.headers(pathname));

  it('are every add_header line of the template, HSTS included', () => {
    const template = fs.readFileSync(SITE_TEMPLATE, 'utf8');
    const names = [...template.matchAll(/^\s*add_header\s+([\w-]+)/gm)].map((match) => match[1]);
    expect(Object.keys(headers('/'))).toEqual(names);
    expect(headers('/')['Content-Security-Policy']).toContain("default-src 'self'");
    expect(headers('/')['Strict-Transport-Security']).toBe('max-age=31536000');
  });

  it('take Cache-Control from the map, by address', () => {
    expect(headers('/_astro/app.1234.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headers('/sources/')['Cache-Control']).toBe('no-cache');
  });

  it('set the types stock MIME maps lack, and the charset on text types', () => {
    expect(rules.typeFor('/manifest.webmanifest')).toBe('application/manifest+json');
    expect(rules.typeFor('/pagefind/pagefind.en.pf_meta')).toBe('application/octet-stream');
    expect(rules.typeFor('/index.html')).toBeUndefined();
    expect([...rules.charsetTypes]).toEqual(expect.arrayContaining(['text/html', 'text/csv', 'application/javascript']));
  });

  it('refuse a header taken from a variable no map defines', () => {
    expect(() => readSiteRules('add_header Cache-Control $nowhere always;')).toThrow('$nowhere');
  });
});
