import { SEARCH_RANKING } from '../../../scripts/search/ranking.ts';
import { shapeResult, type ExcerptPart, type PagefindResultData, type ResultView } from '../../../scripts/search/results.ts';
import {
  hasSearch,
  pagefindFilters,
  readSearchState,
  writeSearchState,
  type FilterKey,
  type FilterOptions,
  type SearchState,
} from '../../../scripts/search/state.ts';

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string | null, options: object, wait?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results are fetched and drawn this many at a time. */
const PAGE_SIZE = 8;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-filter]')];
// The checkboxes rendered with the page are the list of values each filter accepts.
const valuesOf = (key: FilterKey) => boxes.filter((box) => box.dataset.filter === key).map((box) => box.value);
const options: FilterOptions = { cancer: valuesOf('cancer'), type: valuesOf('type'), audience: valuesOf('audience') };

function formState(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>), options);
}

function showState(state: SearchState) {
  input.value = state.query;
  for (const box of boxes) box.checked = state.filters[box.dataset.filter as FilterKey].includes(box.value);
}

function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

function paragraph(className: string, children: (Node | string)[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...children);
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function resultItem(view: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.append(link(view.url, view.title));
  item.append(heading);
  if (view.details) item.append(paragraph('locator search-details', [view.details]));
  item.append(paragraph('search-excerpt', excerptNodes(view.excerpt)));
  if (view.headings.length > 0) {
    const headings = document.createElement('ul');
    headings.className = 'search-headings';
    headings.setAttribute('aria-label', `Sections of ${view.title}`);
    for (const sub of view.headings) {
      const entry = document.createElement('li');
      entry.append(link(sub.url, sub.title), ': ', ...excerptNodes(sub.excerpt));
      headings.append(entry);
    }
    item.append(headings);
  }
  return item;
}

function showCounts(filters: PagefindSearch['filters']) {
  for (const counter of root.querySelectorAll<HTMLElement>('[data-count]')) {
    const [key = '', value = ''] = (counter.dataset.count ?? '').split(':');
    const count = filters[key]?.[value] ?? 0;
    counter.textContent = `(${count})`;
  }
}

let pagefind: Promise<Pagefind> | undefined;
let pending: PagefindSearch['results'] = [];

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime path keeps the bundler from resolving the index, which only exists after the build.
    const bundle = '/pagefind/pagefind.js';
    const loaded = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // The index is small, so searching on the page is quick; a worker would add a download and another thing to cache offline.
    await loaded.options({ ranking: SEARCH_RANKING, excerptLength: 24, noWorker: true });
    await loaded.init();
    // Loads the filter index, so each search reports how many results every filter value would leave.
    await loaded.filters();
    return loaded;
  })();
  return pagefind;
}

/** Offline, a large review holds only the parts of its index that earlier searches fetched: say so, and retry on the next search. */
function unreachable() {
  pagefind = undefined;
  status.textContent =
    'Search could not load part of its index. If you are offline, connect and search again; pages you have read still open.';
}

async function showMore() {
  const batch = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  let views: ResultView[];
  try {
    views = await Promise.all(batch.map(async (result) => shapeResult(await result.data())));
  } catch {
    unreachable();
    return;
  }
  list.append(...views.map(resultItem));
  more.hidden = pending.length === 0;
}

async function run(state: SearchState) {
  history.replaceState(null, '', `${location.pathname}${hasSearch(state) ? `?${writeSearchState(state)}` : ''}`);
  if (!hasSearch(state)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  let search: PagefindSearch | null;
  try {
    search = await (await loadPagefind()).debouncedSearch(state.query || null, { filters: pagefindFilters(state) }, 250);
  } catch {
    unreachable();
    return;
  }
  // A newer search replaced this one while it waited.
  if (search === null) return;
  list.replaceChildren();
  pending = search.results;
  showCounts(search.filters);
  const words = state.query ? ` for “${state.query}”` : '';
  status.textContent = search.results.length === 1 ? `1 result${words}.` : `${search.results.length} results${words}.`;
  await showMore();
}

root.querySelector('[data-search-fallback]')?.remove();
form.hidden = false;
showState(readSearchState(new URLSearchParams(location.search), options));
form.addEventListener('input', () => void run(formState()));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(formState());
});
more.addEventListener('click', () => void showMore());
void run(formState());
