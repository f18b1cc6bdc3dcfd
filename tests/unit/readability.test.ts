import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { textBlocks } from '../../scripts/readability/blocks.ts';
import { PLAIN_LANGUAGE_MAX_GRADE, readingGrade } from '../../scripts/readability/grade.ts';

describe('reading grade', () => {
  test('short, common words read below the plain-language limit', () => {
    expect(readingGrade(['The cat sat on the mat.', 'It was warm and the sun was out.'])).toBeLessThanOrEqual(PLAIN_LANGUAGE_MAX_GRADE);
  });

  test('long sentences of long words read above it', () => {
    const dense =
      'Comprehensive multidisciplinary evaluation determines eligibility for parenchymal-sparing hepatectomy, considering extrahepatic dissemination, comorbidities and anticipated postoperative hepatic insufficiency.';
    expect(readingGrade([dense])).toBeGreaterThan(PLAIN_LANGUAGE_MAX_GRADE);
  });

  test('each block ends a sentence, so a list is not read as one long sentence', () => {
    const items = ['Ask who is on your team', 'Ask what the operation is for', 'Ask how long you will stay', 'Ask who to call at night'];
    expect(readingGrade(items)).toBeLessThan(readingGrade([items.join(' ')]));
  });

  test('no text has grade zero', () => {
    expect(readingGrade(['  ', ''])).toBe(0);
  });
});

describe('text blocks', () => {
  test('splits paragraphs and list items, and leaves out headings, hidden text and on-demand definitions', () => {
    const tree = fromHtml(
      '<section><h2>In plain words</h2><p>First <a href="#">one</a>.</p><ul><li>Item <span class="term"><a>two</a><span data-term-definition>Two: a number.</span></span></li></ul><p hidden>Not shown.</p></section>',
      { fragment: true },
    );
    expect(textBlocks(tree)).toEqual(['First one.', 'Item two']);
  });

  test('leaves out the source quotes that claims open on demand, and the button that opens them', () => {
    const tree = fromHtml(
      '<p><span class="claim">Most people went home soon.</span><button popovertarget="q">source</button><span popover id="q"><q>The median postoperative hospitalisation duration was four days.</q></span></p>',
      { fragment: true },
    );
    expect(textBlocks(tree)).toEqual(['Most people went home soon.']);
  });
});
