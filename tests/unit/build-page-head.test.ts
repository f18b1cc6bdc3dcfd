import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headCard, readPageHead } from '../../scripts/build/page-head.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-page-head-'));
const pageFile = (name: string, html: string) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, html);
  return file;
};

describe('a built page read up to the end of its head', () => {
  test('stops at the closing head, and keeps letters of any length whole', () => {
    const head = '<html><head><title>Naïve — “quoted” 🫀</title></head>';
    expect(readPageHead(pageFile('short.html', `${head}<body>${'x'.repeat(100_000)}</body></html>`), false)).toBe(head);
  });

  // The head is read 16 kB at a time; its end may fall across two reads.
  test.each([16 * 1024 - 3, 16 * 1024 - 7, 16 * 1024, 40_000])('finds a closing head ending at byte %i', (end) => {
    const start = '<html><head><meta name="x" content="';
    const head = `${start}${'y'.repeat(end - start.length - '"></head>'.length)}"></head>`;
    expect(Buffer.byteLength(head)).toBe(end);
    expect(readPageHead(pageFile(`long-${end}.html`, `${head}<body></body>`), false)).toBe(head);
  });

  test('decodes a letter whose bytes fall across two reads', () => {
    // 37 bytes of ASCII, then two-byte letters: the first read ends after byte 16,384, inside the 8,174th letter.
    const head = `<html><head><meta name="x" content="a${'é'.repeat(9000)}"></head>`;
    expect(readPageHead(pageFile('split-letter.html', `${head}<body></body>`), false)).toBe(head);
  });

  test('is not read while its head is not whole, and is read whole once every page is written', () => {
    const file = pageFile('partial.html', '<html><head><title>Half');
    expect(readPageHead(file, false)).toBeUndefined();
    expect(readPageHead(file, true)).toBe('<html><head><title>Half');
  });
});

describe("what a page's head says its social card shows", () => {
  test("takes the first og:title and og:image of the head, with the image's attributes as written", () => {
    const head =
      '<html><head><meta property="og:title" content="Surgery &amp; survival"><meta property="og:title" content="Second">' +
      '<meta property="og:image" content="https://site.example/social/a.png" data-card-label="Source" data-card-title="A &quot;B&quot;">' +
      '<meta property="og:image" content="https://site.example/social/b.png"></head>';
    expect(headCard(head)).toEqual({
      title: 'Surgery & survival',
      image: {
        property: 'og:image',
        content: 'https://site.example/social/a.png',
        'data-card-label': 'Source',
        'data-card-title': 'A "B"',
      },
    });
  });

  test('reads only meta elements that are children of the head', () => {
    const head = '<html><head><noscript><meta property="og:title" content="Nested"></noscript><title>T</title></head>';
    expect(headCard(head)).toEqual({});
    expect(headCard('<html><body><meta property="og:title" content="In the body"></body>')).toEqual({});
  });
});
