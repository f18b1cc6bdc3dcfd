import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliCopy, hasBrotliCopy, isBrotliCopy, writeBrotliCopies } from '../../scripts/build/precompress.ts';
import { INDEX_ONLY_META, PAGEFIND_SIGNATURE, slimFragment, unpackPagefindFile } from '../../scripts/search/fragments.ts';

/** A file as Pagefind writes it: gzip around its signature and content. */
const packed = (content: string) => zlib.gzipSync(Buffer.from(`${PAGEFIND_SIGNATURE}${content}`));

const record = {
  url: '/sources/istanbul-colorectal-series/',
  content: 'Istanbul colorectal liver metastasis series. The median survival was 32 months.',
  word_count: 12,
  filters: { type: ['Source summary'] },
  meta: {
    title: 'Istanbul colorectal liver metastasis series',
    type: 'Source summary',
    cancer: 'Colorectal',
    source: 'Istanbul series',
    year: '2021',
    study: 'Istanbul; parenchyma-sparing',
    words: 'bowel secondaries spread',
    title_words: 'bowel',
    cancer_words: 'bowel colon',
  },
  anchors: [{ element: 'h2', id: 'what-was-found', text: 'What was found', location: 40 }],
};

describe("a page's record in the search index", () => {
  it('keeps what results show and loses only the metadata the index alone reads', () => {
    const slim = slimFragment(packed(JSON.stringify(record)), 'en_1.pf_fragment');
    const raw = unpackPagefindFile(slim, 'en_1.pf_fragment');
    const { meta, ...rest } = record;
    const kept = Object.fromEntries(Object.entries(meta).filter(([key]) => !INDEX_ONLY_META.includes(key)));
    expect(JSON.parse(raw.subarray(PAGEFIND_SIGNATURE.length).toString('utf8'))).toEqual({ ...rest, meta: kept });
    expect(Object.keys(kept)).toEqual(['title', 'type', 'cancer', 'source', 'year']);
    expect(slim.length).toBeLessThan(packed(JSON.stringify(record)).length);
  });

  it('must unpack to Pagefind’s signature, and a file that does not is named', () => {
    expect(() => unpackPagefindFile(zlib.gzipSync(Buffer.from('{"url":"/"}')), 'fragment/en_2.pf_fragment')).toThrow(
      "fragment/en_2.pf_fragment does not start with Pagefind's signature once unpacked",
    );
  });
});

describe('brotli copies of the search bundle', () => {
  const pageList = packed(JSON.stringify({ pages: Array.from({ length: 300 }, (_, index) => [`en_${index}`, index]) }));
  const script = Buffer.from(`export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `liver-${index % 37}`))};`);

  it('hold a packed file unpacked, so pagefind.js uses the bytes as the browser hands them over', async () => {
    const copy = await brotliCopy('pagefind.en_1.pf_meta', pageList);
    expect(zlib.brotliDecompressSync(copy)).toEqual(zlib.gunzipSync(pageList));
    expect(copy.length).toBeLessThan(pageList.length);
  });

  it('are made for Pagefind’s packed files alone: page records stay as they are, and text is left to the server’s gzip', () => {
    const files = ['pagefind.en_1.pf_meta', 'index/en_2.pf_index', 'filter/en_5.pf_filter', 'wasm.en.pagefind'];
    expect(files.filter(hasBrotliCopy)).toEqual(files);
    expect(['fragment/en_3.pf_fragment', 'pagefind.js', 'pagefind-entry.json', 'pagefind.en_1.pf_meta.br'].filter(hasBrotliCopy)).toEqual(
      [],
    );
  });

  it('are written beside those files, and not copied again', async () => {
    const bundle = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-bundle-'));
    fs.mkdirSync(path.join(bundle, 'fragment'));
    fs.mkdirSync(path.join(bundle, 'index'));
    fs.writeFileSync(path.join(bundle, 'pagefind.en_1.pf_meta'), pageList);
    fs.writeFileSync(path.join(bundle, 'index', 'en_2.pf_index'), packed('liver '.repeat(500)));
    fs.writeFileSync(path.join(bundle, 'fragment', 'en_3.pf_fragment'), packed(JSON.stringify(record).repeat(5)));
    fs.writeFileSync(path.join(bundle, 'pagefind.js'), script);
    const totals = await writeBrotliCopies(bundle);
    const files = () => fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/'));
    expect(files().filter(isBrotliCopy).sort()).toEqual(['index/en_2.pf_index.br', 'pagefind.en_1.pf_meta.br']);
    expect(totals.files).toBe(2);
    expect(totals.with).toBeLessThan(totals.without);
    await writeBrotliCopies(bundle);
    expect(files().filter(isBrotliCopy)).toHaveLength(2);
  });
});
