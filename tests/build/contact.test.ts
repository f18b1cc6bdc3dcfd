import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { buildSite, TEST_CACHE } from '../support/site.ts';

const EMAIL = 'corrections@liver-metastasis-review.example';
const site = new URL(config.site ?? '');
const outDir = path.join(TEST_CACHE, 'site-with-contact');
const { dataset } = validateContent(contentDir());

/** A deployment that configures a contact address: the default test build has none. */
beforeAll(() => {
  const result = buildSite({ outDir, env: { LMS_CONTACT_EMAIL: EMAIL } });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
});

describe('a deployment with a contact address', () => {
  it('publishes security.txt with that address first, the correction page, and an expiry a review interval after the last review', () => {
    const security = fs.readFileSync(path.join(outDir, '.well-known', 'security.txt'), 'utf8');
    const lines = security.trim().split('\n');
    expect(lines[0]).toBe(`Contact: mailto:${EMAIL}`);
    expect(lines).toContain(`Contact: ${new URL('/contact/', site).href}`);
    expect(lines).toContain(`Canonical: ${new URL('/.well-known/security.txt', site).href}`);
    const expires = /^Expires: (\d{4}-\d{2}-\d{2})T00:00:00Z$/m.exec(security)?.[1] ?? '';
    const newestReview =
      dataset.sources
        .map((source) => source.lastReviewed)
        .sort()
        .at(-1) ?? '';
    expect(expires > newestReview).toBe(true);
  });

  it('shows the same address on the contact page that security.txt points to', () => {
    const root = fromHtml(fs.readFileSync(path.join(outDir, 'contact', 'index.html'), 'utf8'));
    const link = select('a[data-contact-email]', root);
    expect(String(link?.properties.href)).toBe(`mailto:${EMAIL}`);
    expect(toString(link!).trim()).toBe(EMAIL);
    expect(select('[data-contact-missing]', root)).toBeUndefined();
  });
});
