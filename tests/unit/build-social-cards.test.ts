import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawSocialCards } from '../../scripts/build/social-cards.ts';
import { workVersion } from '../../scripts/build/kept-work.ts';
import * as cardModule from '../../scripts/social/card.ts';
import { cardCodeVersion, cardStore } from '../../scripts/social/stored-cards.ts';
import { PROJECT_ROOT } from '../../scripts/content/paths.ts';

const head = (name: string) =>
  `<!doctype html><html><head><meta property="og:title" content="Page ${name}">` +
  `<meta property="og:image" content="https://site.example/social/${name}.png" data-card-label="Source">`;
const page = (name: string) => `${head(name)}</head><body><p>Page ${name}</p></body></html>`;

let site: string;
const write = (name: string, html: string) => fs.writeFileSync(path.join(site, `${name}.html`), html);
const card = (name: string) => path.join(site, 'social', `${name}.png`);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (line: string) => void lines.push(line), warn: (line: string) => void lines.push(line) } };
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 200) throw new Error('waited 10 s in vain');
    await delay(50);
  }
}

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-cards-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('social cards drawn as the pages are written', () => {
  it('draws a page once its head is written whole, and the rest once every page is written', async () => {
    let pagesWritten!: () => void;
    const written = new Promise<void>((resolve) => (pagesWritten = resolve));
    const { lines, log } = recorder();
    write('a', page('a'));
    const drawing = drawSocialCards(site, log, written);
    await until(() => fs.existsSync(card('a')));
    write('b', `${head('b')}<meta name="descr`);
    await delay(1500);
    expect(fs.existsSync(card('b'))).toBe(false);
    write('b', page('b'));
    write('c', page('c'));
    pagesWritten();
    await drawing;
    for (const name of ['a', 'b', 'c']) expect(fs.readFileSync(card(name)).subarray(0, 4)).toEqual(PNG_SIGNATURE);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^3 social cards drawn for 3 pages, [12] of them while the pages were written; the rest in \d+\.\d s$/);
  });

  it('waits for the site folder, which Astro makes when it starts writing', async () => {
    site = path.join(site, 'not-yet');
    const { lines, log } = recorder();
    const drawing = drawSocialCards(site, log, delay(1200));
    await delay(200);
    fs.mkdirSync(site);
    write('a', page('a'));
    await drawing;
    expect(fs.existsSync(card('a'))).toBe(true);
    expect(lines[0]).toMatch(/^1 social cards drawn/);
  });

  it("draws a card pages share once, with the title on its og:image rather than the first page's own", async () => {
    const sharing = (name: string) =>
      `<!doctype html><html><head><meta property="og:title" content="Sources, ${name}">` +
      `<meta property="og:image" content="https://site.example/social/sources.png" data-card-label="Catalogue" data-card-title="Sources">` +
      '</head><body></body></html>';
    for (const name of ['page 1 of 3', 'page 2 of 3', 'page 3 of 3']) write(name.replaceAll(' ', '-'), sharing(name));
    write('a', page('a'));
    const { lines, log } = recorder();
    const drawn: string[] = [];
    vi.spyOn(cardModule, 'renderCard').mockImplementation((card) => {
      drawn.push(card.title);
      return PNG_SIGNATURE;
    });
    await drawSocialCards(site, log, Promise.resolve());
    expect(drawn.sort()).toEqual(['Page a', 'Sources']);
    expect(fs.existsSync(card('sources'))).toBe(true);
    expect(lines[0]).toMatch(/^2 social cards drawn for 4 pages, \d of them while/);
  });

  it('names a page whose head, once every page is written, lacks what a card needs', async () => {
    write('a', page('a'));
    write('broken', '<!doctype html><html><head><title>No card</title><body>');
    await expect(drawSocialCards(site, recorder().log, Promise.resolve())).rejects.toThrow(
      'broken.html: the head needs og:title and an og:image with data-card-label to draw its social card',
    );
  });
});

describe('social cards kept for the next build', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lms-card-store-'));
  });
  const drawnTitles = () => {
    const drawn: string[] = [];
    vi.spyOn(cardModule, 'renderCard').mockImplementation((card) => {
      drawn.push(card.title);
      return Buffer.concat([PNG_SIGNATURE, Buffer.from(card.title)]);
    });
    return drawn;
  };

  it('takes the cards the previous build drew the same, draws the new ones, and removes the kept cards no page shows', async () => {
    write('a', page('a'));
    write('b', page('b'));
    drawnTitles();
    await drawSocialCards(site, recorder().log, Promise.resolve(), cardStore(folder, 'v1'));
    expect(fs.readdirSync(folder)).toHaveLength(2);

    fs.rmSync(site, { recursive: true });
    fs.mkdirSync(site);
    write('a', page('a'));
    write('c', page('c'));
    vi.restoreAllMocks();
    const drawn = drawnTitles();
    const { lines, log } = recorder();
    await drawSocialCards(site, log, Promise.resolve(), cardStore(folder, 'v1'));
    expect(drawn).toEqual(['Page c']);
    expect(fs.readFileSync(card('a')).toString()).toContain('Page a');
    expect(fs.readdirSync(folder)).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^2 social cards drawn for 2 pages, .*; 1 of them taken from the previous build, and 1 kept cards no page shows now removed$/,
    );
  });

  it('keeps each card as a link to the one in the site, so the cards are not held twice, and takes it back the same way', async () => {
    write('a', page('a'));
    drawnTitles();
    await drawSocialCards(site, recorder().log, Promise.resolve(), cardStore(folder, 'v1'));
    const [kept] = fs.readdirSync(folder);
    const keptFile = path.join(folder, kept ?? '');
    expect(fs.statSync(keptFile).ino).toBe(fs.statSync(card('a')).ino);

    fs.rmSync(site, { recursive: true });
    fs.mkdirSync(site);
    write('a', page('a'));
    await drawSocialCards(site, recorder().log, Promise.resolve(), cardStore(folder, 'v1'));
    expect(fs.statSync(card('a')).ino).toBe(fs.statSync(keptFile).ino);
    expect(fs.readFileSync(card('a')).toString()).toContain('Page a');
  });

  it('draws every card afresh under another version of the card code', async () => {
    write('a', page('a'));
    drawnTitles();
    await drawSocialCards(site, recorder().log, Promise.resolve(), cardStore(folder, 'v1'));
    vi.restoreAllMocks();
    const drawn = drawnTitles();
    await drawSocialCards(site, recorder().log, Promise.resolve(), cardStore(folder, 'v2'));
    expect(drawn).toEqual(['Page a']);
    expect(fs.readdirSync(folder)).toHaveLength(1);
  });

  it('versions the kept cards by the code in scripts/social (kept-work.test.ts shows what changes a version)', () => {
    expect(cardCodeVersion()).toBe(workVersion(['scripts/social']));
  });
});

describe.runIf(process.platform === 'linux')('the social-card drawer', () => {
  /** Each thread of a process and its nice value, the 19th field of its stat line (after the name in brackets). */
  const niceness = (pid: number) =>
    fs.readdirSync(`/proc/${pid}/task`).map((thread) => {
      const stat = fs.readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });

  it('runs every thread at the lowest priority, and ends once told every page is written', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build', 'draw-cards.ts'), site], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // It has started once it has looked at the folder: its first look finds no page, and it waits for the next.
    await delay(1500);
    const values = niceness(child.pid as number);
    expect(values.length).toBeGreaterThan(4);
    expect(new Set(values)).toEqual(new Set([19]));
    child.stdin.end();
    const [status] = await once(child, 'close');
    expect(status).toBe(0);
    expect(output).toMatch(/\[social-cards\] 0 social cards drawn/);
  });
});
