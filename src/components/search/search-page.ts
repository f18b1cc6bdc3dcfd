import type { ExcerptPart } from '../../../scripts/search/excerpt.ts';
import { rankPages, type RankedPage, type RankOptions, type TermResults } from '../../../scripts/search/merge.ts';
import { isFormOf, readQuery } from '../../../scripts/search/query.ts';
import { PAGE_META, SEARCH_META, SEARCH_RANKING } from '../../../scripts/search/ranking.ts';
import { shapeResult, type PagefindFragment, type ResultView } from '../../../scripts/search/results.ts';
import {
  FILTER_KEYS,
  filtersNeeded,
  hasSearch,
  pagefindFilters,
  readSearchState,
  tickedCount,
  writeSearchState,
  type FilterKey,
  type FilterOptions,
  type SearchState,
} from '../../../scripts/search/state.ts';
import { correctWord, nearest, SUGGESTIONS_FILE, type SuggestionData } from '../../../scripts/search/suggest.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
  data: () => Promise<PagefindFragment>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: object) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results are fetched and drawn this many at a time. */
const PAGE_SIZE = 8;
/** Typing pause before a search runs. */
const TYPING_PAUSE_MS = 250;
const BUNDLE = '/pagefind/';

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersBox = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterSummary = form.querySelector<HTMLElement>('[data-filter-summary]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const note = root.querySelector<HTMLElement>('[data-search-note]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-filter]')];
const phrases = JSON.parse(root.querySelector('[data-search-phrases]')?.textContent ?? '[]') as string[];
/** The header's own search box, which shows the same words as this page's. */
const headerInput = document.querySelector<HTMLInputElement>('#site-search-q');
// The checkboxes rendered with the page are the list of values each filter accepts.
const valuesOf = (key: FilterKey) => boxes.filter((box) => box.dataset.filter === key).map((box) => box.value);
const options: FilterOptions = { cancer: valuesOf('cancer'), type: valuesOf('type'), audience: valuesOf('audience') };

function formState(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), options);
}

function showState(state: SearchState) {
  input.value = state.query;
  if (headerInput) headerInput.value = state.query;
  for (const box of boxes) box.checked = state.filters[box.dataset.filter as FilterKey].includes(box.value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', '', [text]);
  a.href = href;
  return a;
}

const textNodes = (parts: ExcerptPart[]): Node[] =>
  parts.map((part) => (part.marked ? element('mark', '', [part.text]) : document.createTextNode(part.text)));

function resultItem(view: ResultView): HTMLLIElement {
  const item = element('li', '', [element('h3', '', [link(view.url, view.title)])]);
  if (view.details) item.append(element('p', 'locator search-details', [view.details]));
  if (view.answer) item.append(element('p', 'search-answer', [element('strong', '', ['Short answer: ']), ...textNodes(view.answer)]));
  if (view.excerpt.length > 0) item.append(element('p', 'search-excerpt', textNodes(view.excerpt)));
  if (view.headings.length > 0) {
    const headings = element(
      'ul',
      'search-headings',
      view.headings.map((heading) => element('li', '', [link(heading.url, heading.title)])),
    );
    headings.setAttribute('aria-label', `Parts of “${view.title}” that match`);
    item.append(headings);
  }
  if (view.missing.length > 0) item.append(element('p', 'search-missing', [`Does not mention: ${view.missing.join(', ')}`]));
  return item;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind() {
  pagefind ??= (async () => {
    // A runtime path keeps the bundler from resolving the index, which only exists after the build.
    const api = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // The index is small, so searching on the page is quick; a worker would add a download and another thing to cache offline.
    await api.options({ ranking: SEARCH_RANKING, excerptLength: 1, noWorker: true });
    await api.init();
    return api;
  })();
  return pagefind;
}

/** Pages under each filter value ("type:question"), so filters and their counts apply to any list of results at once. */
const members = new Map<string, Set<string>>();
const memberLoads = new Map<FilterKey, Promise<void>>();
const loadedFilters = new Set<FilterKey>();

/**
 * Fills in the pages of each filter asked for. Pagefind keeps each filter in a file of its own and fetches it only
 * when a search names that filter, which on a large review is much of a first search's download; so a plain search
 * names none (see filtersNeeded).
 */
function loadMembers(api: Pagefind, keys: readonly FilterKey[]): Promise<unknown> {
  return Promise.all(
    keys.map((key) => {
      let load = memberLoads.get(key);
      if (!load) {
        load = (async () => {
          for (const value of options[key]) {
            const { results } = await api.search(null, { filters: { [key]: value } });
            members.set(`${key}:${value}`, new Set(results.map((result) => result.id)));
          }
          loadedFilters.add(key);
        })();
        // A load that fails is tried again the next time it is needed.
        load.catch(() => memberLoads.delete(key));
        memberLoads.set(key, load);
      }
      return load;
    }),
  );
}

let suggestions: Promise<SuggestionData | undefined> | undefined;

function loadSuggestions(): Promise<SuggestionData | undefined> {
  suggestions ??= fetch(`${BUNDLE}${SUGGESTIONS_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<SuggestionData>) : undefined))
    .catch(() => undefined);
  return suggestions;
}

interface Found {
  pages: RankedPage[];
  fragments: Map<string, () => Promise<PagefindFragment>>;
  /** Typed words that found nothing, with the known word searched instead. */
  corrected: [string, string][];
}

/** Whether the best page found for a word prints that word (see isFormOf), or holds it among the words it is also found by. */
async function holdsTerm(results: PagefindResult[], term: string): Promise<boolean> {
  const best = results.find((result) => result.words.length > 0);
  if (!best) return results.length > 0;
  const printed = (await best.data()).content.split(/\s+/);
  return best.words.some((location) => isFormOf(printed[location] ?? '', term));
}

/** Searches each word on its own (see rankPages), correcting a word that finds nothing to the nearest known word. */
async function find(api: Pagefind, typed: string, pages: Pick<RankOptions, 'isQuestionPage' | 'aboutChosenCancer'>): Promise<Found> {
  const query = readQuery(typed, phrases);
  const fragments = new Map<string, () => Promise<PagefindFragment>>();
  const corrected: [string, string][] = [];
  const searchTerm = async (term: string, checked = true): Promise<TermResults> => {
    const { results } = await api.search(term);
    for (const result of results) if (!fragments.has(result.id)) fragments.set(result.id, result.data);
    return { term, hits: !checked || (await holdsTerm(results, term)) ? results : [] };
  };
  const ranking = { question: query.question, ...pages, cancerFields: [PAGE_META.cancer, SEARCH_META.cancerWords] };
  // Words in quotes are searched as typed, which Pagefind matches only side by side.
  if (/["“”]/.test(typed)) {
    return { pages: rankPages([await searchTerm(typed.replace(/[“”]/g, '"'), false)], ranking), fragments, corrected };
  }
  const results: TermResults[] = [];
  for (const term of [...query.terms, ...query.phrases]) {
    if (query.phrases.includes(term)) {
      results.push({ ...(await searchTerm(term)), bonus: true });
      continue;
    }
    let found = await searchTerm(term);
    if (found.hits.length === 0) {
      const vocabulary = (await loadSuggestions())?.vocabulary ?? [];
      const better = correctWord(term, vocabulary);
      if (better) {
        const retry = await searchTerm(better);
        if (retry.hits.length > 0) {
          corrected.push([term, better]);
          found = { term, hits: retry.hits };
        }
      }
    }
    results.push(found);
  }
  return { pages: rankPages(results, ranking), fragments, corrected };
}

/** Filters alone list every page they allow. */
async function filtered(api: Pagefind, state: SearchState): Promise<Found> {
  const { results } = await api.search(null, { filters: pagefindFilters(state) });
  return {
    pages: results.map((result) => ({ id: result.id, score: 0, matched: [], missing: [], words: [] })),
    fragments: new Map(results.map((result) => [result.id, result.data])),
    corrected: [],
  };
}

function passes(state: SearchState, id: string, except?: FilterKey): boolean {
  return FILTER_KEYS.every(
    (key) =>
      key === except || state.filters[key].length === 0 || state.filters[key].some((value) => members.get(`${key}:${value}`)?.has(id)),
  );
}

/** Whether searches fetch every filter, for the counts beside each value: once the reader turns to the filters. */
let countsWanted = false;
/** The search whose results are on the page, for counts that arrive after them. */
let shown: { state: SearchState; pages: RankedPage[] } | undefined;

/** Counts beside each filter value, once every filter is at hand; until then their room stays blank. */
function showCounts(state: SearchState, pages: RankedPage[]) {
  const ticked = tickedCount(state);
  filterSummary.textContent = ticked === 0 ? '' : `(${ticked} ticked)`;
  if (FILTER_KEYS.some((key) => !loadedFilters.has(key))) return;
  for (const counter of root.querySelectorAll<HTMLElement>('[data-count]')) {
    const [key, value] = (counter.dataset.count ?? '').split(':') as [FilterKey, string];
    const count = pages.filter((page) => members.get(`${key}:${value}`)?.has(page.id) && passes(state, page.id, key)).length;
    counter.textContent = `(${count})`;
  }
}

/** The reader reached for the filters: fetch them all and count the results shown under each value. */
async function wantCounts() {
  if (countsWanted) return;
  countsWanted = true;
  try {
    await loadMembers(await loadPagefind(), FILTER_KEYS);
  } catch {
    return;
  }
  if (shown) showCounts(shown.state, shown.pages);
}

let pending: RankedPage[] = [];
let fragmentsOf = new Map<string, () => Promise<PagefindFragment>>();

let latest = 0;

/** Offline, a large review holds only the parts of its index that earlier searches fetched: say so, and retry on the next search. */
function unreachable() {
  pagefind = undefined;
  status.textContent =
    'Search could not load part of its index. If you are offline, connect and search again; pages you have read still open.';
}

async function showMore() {
  const ticket = latest;
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  let views: ResultView[];
  try {
    views = await Promise.all(batch.map(async (page) => shapeResult(await fragmentsOf.get(page.id)!(), page)));
  } catch {
    unreachable();
    return;
  }
  // A newer search cleared the list while these were fetched.
  if (ticket !== latest) return;
  list.append(...views.map(resultItem));
  more.hidden = pending.length === 0;
}

function fillList(name: string, items: (Node | string)[][]) {
  const target = empty.querySelector<HTMLElement>(`[data-suggest-list="${name}"]`)!;
  target.replaceChildren(...items.map((children) => element('li', '', children)));
  target.parentElement!.hidden = items.length === 0;
}

/** Nothing found: the nearest glossary words and questions, and how to search. */
async function showEmpty(state: SearchState) {
  const data = await loadSuggestions();
  const terms = readQuery(state.query).terms;
  const glossary = data ? nearest(terms, data.terms, 4) : [];
  // With no question near the words typed, the first questions of the list are still a way in.
  const questions = data ? nearest(terms, data.questions, 4) : [];
  const shownQuestions = questions.length > 0 ? questions : (data?.questions.slice(0, 4) ?? []);
  fillList(
    'terms',
    glossary.map((term) => [link(term.url, term.term), `: ${term.definition}`]),
  );
  fillList(
    'questions',
    shownQuestions.map((question) => [link(question.url, question.title)]),
  );
  empty.querySelector<HTMLElement>('[data-search-clear-filters]')!.hidden = !FILTER_KEYS.some((key) => state.filters[key].length > 0);
  empty.hidden = false;
}

async function run(state: SearchState) {
  const ticket = (latest += 1);
  history.replaceState(null, '', `${location.pathname}${hasSearch(state) ? `?${writeSearchState(state)}` : ''}`);
  if (headerInput) headerInput.value = state.query;
  if (!hasSearch(state)) {
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    note.hidden = true;
    status.textContent = '';
    shown = undefined;
    root.dataset.searchShown = '';
    return;
  }
  let api: Pagefind;
  try {
    api = await loadPagefind();
    await loadMembers(api, filtersNeeded(state, { question: readQuery(state.query, phrases).question, counts: countsWanted }));
  } catch {
    unreachable();
    return;
  }
  const isQuestionPage = (id: string) => members.get('type:question')?.has(id) ?? false;
  const aboutChosenCancer = (id: string) =>
    !members.get('cancer:all')?.has(id) && state.filters.cancer.some((cancer) => members.get(`cancer:${cancer}`)?.has(id));
  let found: Found;
  try {
    found = state.query ? await find(api, state.query, { isQuestionPage, aboutChosenCancer }) : await filtered(api, state);
  } catch {
    unreachable();
    return;
  }
  // A newer search replaced this one while it ran.
  if (ticket !== latest) return;
  const pages = found.pages.filter((page) => passes(state, page.id));
  fragmentsOf = found.fragments;
  pending = pages;
  list.replaceChildren();
  shown = { state, pages: found.pages };
  showCounts(state, found.pages);
  note.hidden = found.corrected.length === 0;
  note.textContent = found.corrected.map(([typed, used]) => `No page has “${typed}”; showing results for “${used}”.`).join(' ');
  // The results or suggestions are drawn before the count is announced, so a screen reader's next step finds them.
  if (pages.length === 0) {
    more.hidden = true;
    await showEmpty(state);
  } else {
    empty.hidden = true;
    await showMore();
  }
  if (ticket !== latest) return;
  const words = state.query ? ` for “${state.query}”` : '';
  status.textContent =
    pages.length === 0
      ? `No pages match ${state.query ? `“${state.query}”` : 'these filters'}.`
      : pages.length === 1
        ? `1 result${words}.`
        : `${pages.length} results${words}.`;
  // Tests and the benchmark wait for this rather than for the wording of the status line or a pause.
  root.dataset.searchShown = writeSearchState(state).toString();
}

let timer: number | undefined;

function runSoon() {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void run(formState()), TYPING_PAUSE_MS);
}

root.querySelector('[data-search-fallback]')?.remove();
form.hidden = false;
// Wide screens have room to show the filters; on a phone they stay folded so the first result is in view.
filtersBox.open = window.matchMedia('(min-width: 60em)').matches;
const arrived = readSearchState(new URLSearchParams(location.search), options);
showState(arrived);
// A reader who arrives with filters ticked is using them already.
if (tickedCount(arrived) > 0) void wantCounts();
// Pointer events cover touch as well as a mouse; focus covers the keyboard.
for (const reach of ['pointerenter', 'focusin']) filtersBox.addEventListener(reach, () => void wantCounts());
form.addEventListener('input', (event) => (event.target === input ? runSoon() : void run(formState())));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run(formState());
});
more.addEventListener('click', () => void showMore());
empty.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
  for (const box of boxes) box.checked = false;
  void run(formState());
});
void run(formState());
