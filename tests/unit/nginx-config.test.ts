import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillSiteTemplate, mainConfig, SITE_TEMPLATE } from '../../scripts/deploy/nginx.ts';

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
    expect(mainConfig({ workDir: '/tmp/w', siteConf: 's', mimeTypes: 'm', runningAsRoot: true })).toMatch(/^user root;/);
  });
});
