import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, test } from 'vitest';
import { contentDir } from '../../scripts/content/paths.ts';
import { validateContent } from '../../scripts/content/validate.ts';
import { TREATMENTS } from '../../src/schemas/vocabulary.ts';
import { listHtmlPages, readPage } from '../support/site.ts';

const siteDir = inject('siteDir');
const { dataset } = validateContent(contentDir());
const questions = dataset.questions ?? [];
const glossary = dataset.glossary ?? [];
const page = (file: string) => fromHtml(readPage(siteDir, file));

describe('question pages', () => {
  test('there are at least fifteen, each built', () => {
    expect(questions.length).toBeGreaterThanOrEqual(15);
    for (const question of questions)
      expect(fs.existsSync(path.join(siteDir, 'questions', question.id, 'index.html')), question.id).toBe(true);
  });

  test.each(questions.map((question) => [question.id, question] as const))(
    '%s: question as heading, plain answer, figures with source and locator',
    (id, question) => {
      const tree = page(`questions/${id}/index.html`);
      expect(toString(select('h1', tree)!)).toBe(question.question);
      expect(select('[data-plain-language]', tree)).toBeDefined();
      const rows = selectAll('[data-figure-sources] tbody tr', tree);
      expect(rows.map((row) => row.properties.dataOutcomeId)).toEqual(question.figures);
      for (const row of rows) {
        const cells = selectAll('td', row);
        expect(select('a[href^="/sources/"]', cells[2]!), `${row.properties.dataOutcomeId} source link`).toBeDefined();
        expect(toString(cells[3]!).trim(), `${row.properties.dataOutcomeId} locator`).not.toBe('');
      }
      if (question.figures.length === 0) expect(select('[data-no-figures]', tree)).toBeDefined();
      for (const source of question.sources) expect(select(`a[href="/sources/${source}/"]`, tree), source).toBeDefined();
    },
  );
});

test('every treatment id has a page that links the sources naming it', () => {
  for (const id of TREATMENTS) {
    const tree = page(`treatments/${id}/index.html`);
    for (const source of dataset.sources.filter((candidate) => candidate.treatments.includes(id))) {
      expect(select(`a[href="/sources/${source.id}/"]`, tree), `${id} → ${source.id}`).toBeDefined();
    }
  }
});

test('the glossary lists at least forty terms, each at its own anchor', () => {
  expect(glossary.length).toBeGreaterThanOrEqual(40);
  const tree = page('glossary/index.html');
  for (const term of glossary)
    expect(toString(select(`h3[id="${term.id}"]`, tree) ?? { type: 'root', children: [] }), term.id).toBe(term.term);
});

describe('first use of a glossary term', () => {
  const marked = listHtmlPages(siteDir).flatMap((file) => selectAll('.term', page(file)).map((term) => ({ file, term })));

  test('pages mark terms', () => {
    expect(marked.length).toBeGreaterThan(50);
  });

  test('each term is marked once per page, and its link is described by a definition that exists', () => {
    const seen = new Set<string>();
    for (const { file, term } of marked) {
      const link = select('a.term-link', term)!;
      const definitionId = String(link.properties.ariaDescribedBy);
      expect(seen.has(`${file}#${definitionId}`), `${file} marks ${definitionId} twice`).toBe(false);
      seen.add(`${file}#${definitionId}`);
      const definition = select(`[id="${definitionId}"]`, term);
      expect(definition?.properties.role, `${file} ${definitionId}`).toBe('tooltip');
      expect(toString(definition!)).toMatch(/^.+: .+/);
      expect(String(link.properties.href)).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    }
  });
});

test('the care-team question list is on its own page and links to the answers', () => {
  const tree = page('ask-your-care-team/index.html');
  expect(selectAll('.ask-list li', tree).length).toBeGreaterThanOrEqual(20);
  const answers = selectAll('.ask-list a[href^="/questions/"]', tree).map((link) => String(link.properties.href));
  expect(answers.length).toBeGreaterThan(10);
  for (const href of answers) expect(fs.existsSync(path.join(siteDir, href, 'index.html')), href).toBe(true);
});
