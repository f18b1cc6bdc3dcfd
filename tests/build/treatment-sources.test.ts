import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeBenchContent } from '../../scripts/bench/content.ts';
import { SOURCES_ON_TREATMENT_PAGE } from '../../scripts/catalogue/treatment-sources.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { TREATMENTS, type TreatmentId } from '../../src/schemas/vocabulary.ts';
import { buildSite, readPage, TEST_CACHE, type BuildResult } from '../support/site.ts';

// The real sources with forty benchmark ones: some treatments are then described by more sources than their page names.
const work = path.join(TEST_CACHE, 'treatment-sources');
const content = writeBenchContent(contentDir(), path.join(work, 'content'), 40);
const outDir = path.join(work, 'dist');

const { dataset } = validateContent(content.dir, { textsDir: content.texts });
const sourcesOf = (treatment: TreatmentId) => dataset.sources.filter((source) => source.treatments.includes(treatment));
const many = TREATMENTS.filter((treatment) => sourcesOf(treatment).length > SOURCES_ON_TREATMENT_PAGE);
const few = TREATMENTS.filter((treatment) => sourcesOf(treatment).length <= SOURCES_ON_TREATMENT_PAGE);

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ outDir, contentDir: content.dir, env: content.env });
});

const page = (file: string) => fromHtml(readPage(outDir, file));
const sourceLinks = (list: ReturnType<typeof select>) =>
  selectAll('a', list!)
    .map((link) => String(link.properties.href))
    .filter((href) => href.startsWith('/sources/'));

/** The links under a treatment page's "Sources that describe it", and the link to the rest, if any. */
function treatmentPageSources(treatment: TreatmentId) {
  const tree = page(`treatments/${treatment}/index.html`);
  const section = selectAll('section[aria-labelledby="read-more"] > *', tree);
  const at = section.findIndex((node) => node.tagName === 'h3' && toString(node) === 'Sources that describe it');
  expect(at, treatment).toBeGreaterThan(-1);
  const list = section[at + 1];
  const more = section[at + 2];
  return {
    links: sourceLinks(list),
    more: more?.tagName === 'p' ? select('a', more) : undefined,
  };
}

describe('a treatment described by many sources', () => {
  test('the build succeeds and both kinds of treatment are present', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(many.length).toBeGreaterThan(0);
    expect(few.length).toBeGreaterThan(0);
  });

  test.each(many.map((treatment) => [treatment]))('%s: its page names the first few and links to a list of them all', (treatment) => {
    const sources = sourcesOf(treatment);
    const { links, more } = treatmentPageSources(treatment);
    expect(links).toHaveLength(SOURCES_ON_TREATMENT_PAGE);
    expect(more && toString(more)).toBe(`All ${sources.length} sources that describe it`);
    expect(more?.properties.href).toBe(`/treatments/${treatment}/sources/`);

    const list = page(`treatments/${treatment}/sources/index.html`);
    const listed = sourceLinks(select('main ul', list));
    expect(listed.toSorted()).toEqual(sources.map((source) => `/sources/${source.id}/`).toSorted());
    expect(listed.slice(0, SOURCES_ON_TREATMENT_PAGE)).toEqual(links);
    for (const href of listed) expect(fs.existsSync(path.join(outDir, href, 'index.html')), href).toBe(true);
    // Every item is a page search finds and readers cite on its own.
    expect(select('[data-pagefind-body]', list)).toBeUndefined();
    expect(select('meta[name="robots"]', list)?.properties.content).toBe('noindex');
    expect(select('#cite-this-page', list)).toBeUndefined();
  });

  test.each(few.map((treatment) => [treatment]))('%s: its page names every source, with no list to repeat them', (treatment) => {
    const { links, more } = treatmentPageSources(treatment);
    expect(links).toHaveLength(sourcesOf(treatment).length);
    expect(more).toBeUndefined();
    expect(fs.existsSync(path.join(outDir, 'treatments', treatment, 'sources'))).toBe(false);
  });
});
