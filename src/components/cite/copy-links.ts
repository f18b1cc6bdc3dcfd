import { anchorUrl } from '../../../scripts/citation/anchor-url.ts';

/** What a row is, for the button's label: its row heading without the notes under it ("Median survival", "Case 3"). */
function rowName(row: HTMLTableRowElement): string {
  const heading = row.querySelector('th')?.cloneNode(true) as HTMLElement | undefined;
  heading?.querySelectorAll('.row-note').forEach((note) => note.remove());
  return (heading?.textContent ?? row.id).replace(/\s+/g, ' ').trim();
}

function cell(document: Document, tag: 'th' | 'td', ...children: Node[]): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.className = 'copy-cell';
  element.append(...children);
  return element;
}

/**
 * Copy-link buttons for the rows of each table marked `data-copy-rows` (its value, if any, ends each button's label:
 * " in Table 2"). Each row with an id gets a last cell with a button that copies the page's canonical address with
 * #id, and a status beside it. The script adds them because copying needs it: without JavaScript there is no button
 * that cannot work, and a long table sends no markup for them. Print hides them.
 */
export function addCopyLinks(document: Document): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-copy-rows]')) {
    const heading = cell(document, 'th', document.createTextNode('Link'));
    heading.scope = 'col';
    table.tHead?.rows[0]?.append(heading);
    for (const row of table.tBodies[0]?.rows ?? []) {
      if (!row.id) continue;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` to ${rowName(row)}${table.dataset.copyRows ?? ''}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-link-button';
      button.dataset.copyAnchor = row.id;
      button.append('Copy link', hidden);
      const status = document.createElement('span');
      status.className = 'copy-link-status';
      status.setAttribute('role', 'status');
      status.dataset.copyStatus = '';
      const wrapper = document.createElement('span');
      wrapper.className = 'copy-link';
      wrapper.append(button, status);
      row.append(cell(document, 'td', wrapper));
    }
  }
}

/** One listener for every copy-link button on the page. */
export function copyLinksOnClick(document: Document): void {
  let latestPress = 0;

  // The canonical address keeps copied links pointing at the published review.
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-anchor]') : null;
    if (!button) return;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? window.location.href;
    const url = anchorUrl(canonical, button.dataset.copyAnchor ?? '');
    const status = button.parentElement?.querySelector('[data-copy-status]');
    if (!status) return;
    // Clipboard writes finish out of order; only the latest press may speak, so one announcement stands at a time.
    const press = ++latestPress;
    let message: string;
    try {
      await navigator.clipboard.writeText(url);
      message = 'Link copied';
    } catch {
      message = `Copying is not available here. The link is ${url}`;
    }
    if (press !== latestPress) return;
    for (const other of document.querySelectorAll('[data-copy-status]')) other.textContent = '';
    status.textContent = message;
  });
}
