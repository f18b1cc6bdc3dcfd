import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { canCiteOriginal, pageCsl, sourceCsl, type CslItem } from '../../scripts/citation/csl.ts';
import { dataUrl, formatCitation } from '../../scripts/citation/output.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { sourceInput } from '../support/records.ts';

/** Front matter as the sources give it: only what each document prints. */
const base = {
  kind: 'systematic-review',
  cancers: ['neuroendocrine'],
  country: 'Singapore',
  treatments: ['liver-resection'],
  limitations: ['Abstract only.'],
  lastReviewed: '2026-11-24',
  description: 'A review.',
} as const;

const review = sourceSchema.parse(
  sourceInput({
    ...base,
    id: 'nelm-review-2012',
    title: 'Surgical Treatment of Neuroendocrine Liver Metastases',
    text: 'fixture.txt',
    shortTitle: 'Review of surgery for neuroendocrine liver metastases',
    authors: [{ family: 'Lee', given: 'Ser Yee' }],
    authorsIncomplete: true,
    year: 2012,
    journal: 'International Journal of Hepatology',
    volume: '2012',
    articleNumber: '146590',
  }),
);

const series = sourceSchema.parse(
  sourceInput({
    ...base,
    kind: 'retrospective-case-series',
    id: 'istanbul-colorectal-series',
    title: 'Individualized Treatment Outcomes in Colorectal Cancer with Liver Metastasis',
    text: 'fixture.txt',
    shortTitle: 'Istanbul colorectal liver metastasis series',
    authors: [
      { family: 'Serin', given: 'Kursat R.' },
      { family: 'Ucuncu', given: 'Muhammed Z.' },
    ],
    doi: '10.21673/anadoluklin.649703',
  }),
);

const patientPage = sourceSchema.parse(
  sourceInput({
    ...base,
    kind: 'patient-information',
    id: 'ccs-surgery-page',
    title: 'Surgery for neuroendocrine cancer',
    text: 'fixture.txt',
    shortTitle: 'Canadian Cancer Society patient page on surgery',
    organisation: 'Canadian Cancer Society',
  }),
);

const untitled = sourceSchema.parse(
  sourceInput({
    ...base,
    kind: 'retrospective-case-series',
    id: 'gangnam-breast-series',
    text: 'fixture.txt',
    shortTitle: 'Breast series',
  }),
);

const page = {
  title: 'Review of surgery for neuroendocrine liver metastases',
  url: 'https://liver-metastasis-review.example/sources/nelm-review-2012/',
  lastReviewed: '2026-11-24',
  version: '1.0.0',
  siteName: 'Liver Metastasis Surgery: an evidence review',
};

describe('a page of the review', () => {
  const citation = formatCitation(pageCsl(page));

  it('is cited in APA with the review as group author, the review date and the canonical address', () => {
    expect(citation.apa).toBe(
      'Liver Metastasis Surgery: an evidence review. (2026, November 24). Review of surgery for neuroendocrine liver metastases. https://liver-metastasis-review.example/sources/nelm-review-2012/',
    );
  });

  it('is cited in Vancouver as an Internet source', () => {
    expect(citation.vancouver).toBe(
      'Liver Metastasis Surgery: an evidence review. Review of surgery for neuroendocrine liver metastases [Internet]. 2026. Available from: https://liver-metastasis-review.example/sources/nelm-review-2012/',
    );
  });

  it('downloads as BibTeX with a key derived from the address, an ISO date and a month macro', () => {
    expect(citation.bibtex).toBe(
      `@misc{lms_sources_nelm_review_2012,
\tauthor = {{Liver Metastasis Surgery: an evidence review}},
\ttitle = {Review of surgery for neuroendocrine liver metastases},
\turl = {https://liver-metastasis-review.example/sources/nelm-review-2012/},
\thowpublished = {https://liver-metastasis-review.example/sources/nelm-review-2012/},
\tyear = {2026},
\tmonth = nov,
\tdate = {2026-11-24},
\turldate = {2026-11-24},
\tversion = {1.0.0},
}
`,
    );
  });

  it('downloads as RIS with the whole key as ID, the group author kept whole and the address on one line', () => {
    expect(citation.ris).toBe(
      `TY  - ELEC
ID  - lms_sources_nelm_review_2012
AU  - Liver Metastasis Surgery: an evidence review,
DA  - 2026/11/24/
PY  - 2026
TI  - Review of surgery for neuroendocrine liver metastases
UR  - https://liver-metastasis-review.example/sources/nelm-review-2012/
ER  - 
`,
    );
  });

  it('keeps the version and the group author on every page; the styles print a name that is also the title once', () => {
    expect(pageCsl(page).version).toBe('1.0.0');
    const home = pageCsl({ ...page, title: page.siteName, url: 'https://liver-metastasis-review.example/' });
    expect(home.author).toEqual([{ literal: page.siteName }]);
    expect(home['citation-key']).toBe('lms_home');
    const citation = formatCitation(home);
    expect(citation.apa).toBe(
      'Liver Metastasis Surgery: an evidence review. (2026, November 24). https://liver-metastasis-review.example/',
    );
    expect(citation.bibtex).toContain('\tauthor = {{Liver Metastasis Surgery: an evidence review}},\n');
    expect(citation.ris).toContain('AU  - Liver Metastasis Surgery: an evidence review,\n');
  });
});

describe('an original study', () => {
  it('cites the review from its front matter: first author and "et al." as printed, year, journal, volume and article number', () => {
    expect(formatCitation(sourceCsl(review))).toEqual({
      apa: 'Lee, S. Y., et al. (2012). Surgical Treatment of Neuroendocrine Liver Metastases. International Journal of Hepatology, 2012, Article 146590.',
      vancouver:
        'Lee SY, et al. Surgical Treatment of Neuroendocrine Liver Metastases. International Journal of Hepatology. 2012;2012:146590.',
      bibtex: `@article{nelm_review_2012,
\tauthor = {Lee, Ser Yee and others},
\tjournal = {International Journal of Hepatology},
\ttitle = {Surgical {Treatment} of {Neuroendocrine} {Liver} {Metastases}},
\tvolume = {2012},
\tpages = {146590},
\tyear = {2012},
\tdate = {2012},
}
`,
      ris: `TY  - JOUR
ID  - nelm_review_2012
AU  - Lee, Ser Yee
C7  - 146590
DA  - 2012///
PY  - 2012
T2  - International Journal of Hepatology
TI  - Surgical Treatment of Neuroendocrine Liver Metastases
VL  - 2012
ER  - 
`,
    });
  });

  it('keeps "et al." after every author the source names', () => {
    const two = sourceSchema.parse({ ...review, authors: [...review.authors, { family: 'Tan', given: 'Ann' }] });
    const citation = formatCitation(sourceCsl(two));
    expect(citation.apa).toMatch(/^Lee, S\. Y\., Tan, A\., et al\. \(2012\)\./);
    expect(citation.vancouver).toMatch(/^Lee SY, Tan A, et al\. Surgical/);
    expect(citation.bibtex).toContain('author = {Lee, Ser Yee and Tan, Ann and others},');
  });

  it('prints "n.d." for a paper whose copy gives no year, and links its DOI as printed', () => {
    const citation = formatCitation(sourceCsl(series));
    expect(citation.apa).toBe(
      'Serin, K. R., & Ucuncu, M. Z. (n.d.). Individualized Treatment Outcomes in Colorectal Cancer with Liver Metastasis. https://doi.org/10.21673/anadoluklin.649703',
    );
    expect(citation.vancouver).toBe(
      'Serin KR, Ucuncu MZ. Individualized Treatment Outcomes in Colorectal Cancer with Liver Metastasis. doi:10.21673/anadoluklin.649703',
    );
    expect(citation.ris).toContain('DO  - 10.21673/anadoluklin.649703\n');
    expect(citation.ris).not.toMatch(/PY {2}-/);
  });

  it('cites a patient page under its organisation', () => {
    const citation = formatCitation(sourceCsl(patientPage));
    expect(citation.apa).toBe('Canadian Cancer Society. (n.d.). Surgery for neuroendocrine cancer.');
    expect(citation.ris).toContain('AU  - Canadian Cancer Society,\n');
    expect(citation.bibtex).toContain('author = {{Canadian Cancer Society}},');
  });

  it('declines to cite a copy with no title, author or organisation', () => {
    expect(canCiteOriginal(untitled)).toBe(false);
    expect([review, series, patientPage].every(canCiteOriginal)).toBe(true);
    expect(sourceCsl(untitled)).not.toHaveProperty('issued', expect.anything());
  });
});

describe('the styles, driven one item at a time', () => {
  /** What citation-js's own bibliography prints for a list of one item, without the list's sequence number. */
  const printed = (item: CslItem, template: 'apa' | 'vancouver') =>
    new Cite(item)
      .format('bibliography', { format: 'text', template, lang: 'en-US' })
      .trim()
      .replace(/^1\.\s+/, '');
  /** APA lists up to 20 authors, then an ellipsis and the last one; its in-text form names only the first. */
  const manyAuthors = sourceSchema.parse({
    ...review,
    authorsIncomplete: false,
    authors: Array.from({ length: 22 }, (_, index) => ({ family: `Author${String.fromCharCode(65 + index)}`, given: 'Ann' })),
  });
  const items: [string, CslItem][] = [
    ['a journal article', sourceCsl(series)],
    ["an organisation's page", sourceCsl(patientPage)],
    ['an untitled study', sourceCsl(untitled)],
    ['a page of the review', pageCsl(page)],
    ['a study with 22 authors', sourceCsl(manyAuthors)],
  ];

  it.each(items)('print %s as citation-js does', (_, item) => {
    const citation = formatCitation(item);
    expect([citation.apa, citation.vancouver]).toEqual([printed(item, 'apa'), printed(item, 'vancouver')]);
  });

  it("carry nothing from one item to the next, even an item that shares the previous one's id", () => {
    const first = pageCsl(page);
    const renamed = { ...first, title: 'Questions to ask about surgery' };
    const order = [first, sourceCsl(series), renamed, first, renamed, sourceCsl(patientPage), first];
    const got = order.map((item) => formatCitation(item).apa);
    expect(got).toEqual(order.map((item) => printed(item, 'apa')));
    expect(got[2]).toContain('Questions to ask about surgery.');
  });

  it('print no year letter for the second of two works by the same author in the same year', () => {
    // APA tells such works apart with "2012a" and "2012b" in a list that holds both; the review prints each alone.
    const first = sourceSchema.parse({ ...review, authorsIncomplete: false });
    const sameYear = sourceSchema.parse({ ...first, id: 'nelm-review-2012-b', title: 'A second review' });
    const got = [first, sameYear].map((source) => formatCitation(sourceCsl(source)).apa);
    expect(got).toEqual([first, sameYear].map((source) => printed(sourceCsl(source), 'apa')));
    expect(got.map((text) => /\((\d{4}[a-z]?)\)/.exec(text)?.[1])).toEqual(['2012', '2012']);
  });
});

describe('downloads', () => {
  it('carry the file text in a data URL that decodes to the same text', () => {
    const text = '@misc{a,\n\ttitle = {50% & more},\n}\n';
    const url = dataUrl(text, 'application/x-bibtex');
    expect(url.startsWith('data:application/x-bibtex;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(text);
  });
});
