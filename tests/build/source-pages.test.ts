import { describe, expect, inject, test } from 'vitest';
import { formatFigure, locatorLabel } from '../../scripts/format/figure.ts';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const { dataset } = validateContent(contentDir());

/** The text of one table row, tags removed and entities decoded, as a reader sees it. */
function rowText(html: string, id: string): string | undefined {
  const match = new RegExp(`<tr[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
  if (!match) return undefined;
  return (match[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe.each(dataset.sources.map((source) => [source.id, source] as const))('source page %s', (id, source) => {
  const html = readPage(siteDir, `sources/${id}/index.html`);
  const outcomes = dataset.outcomes.filter((outcome) => outcome.source === id);

  test('shows every figure of the source in its own anchored row, with its locator', () => {
    for (const outcome of outcomes) {
      const text = rowText(html, outcome.id);
      expect(text, `row ${outcome.id}`).toBeDefined();
      expect(text).toContain(formatFigure(outcome));
      expect(text).toContain(locatorLabel(outcome));
    }
  });

  test('marks its plain-language summary', () => {
    expect(html).toMatch(/<section[^>]*data-plain-language/);
  });

  test('shows each data-quality note', () => {
    for (const note of source.dataQuality) expect(html).toContain(`id="note-${note.id}"`);
  });

  test('says plainly, once, when a source reports no figures', () => {
    if (outcomes.length === 0) expect(html.split('This source reports no figures').length - 1).toBe(1);
    else expect(html).toContain('data-key-figures');
  });
});

test('each patient row is on its source page', () => {
  for (const patient of dataset.patients) {
    const text = rowText(readPage(siteDir, `sources/${patient.source}/index.html`), patient.id);
    expect(text, patient.id).toContain(patient.survivalMonths.text);
  }
});
