import type { ElementContent } from 'hast';
import { describeLocator, type LocatorKind } from '../../src/schemas/locator.ts';
import { sourceHref } from '../format/hrefs.ts';
import { stableId } from '../format/stable-id.ts';
import { element, text } from './hast.ts';

export interface SourceSaysProps {
  /** Source the words are from. */
  source: { id: string; shortTitle: string };
  /** The source's words, copied exactly. */
  quote: string;
  locator: LocatorKind;
  locatorDetail?: string | undefined;
  /** Anchor prefix; the id also hashes the quote, so it is stable and unique on a page. */
  idPrefix?: string | undefined;
  /** Path of the page it is shown on. */
  pagePath: string;
}

/**
 * "What the source says": the source's own words behind a statement, opened beside it. A native popover
 * works without JavaScript and from the keyboard; on paper the quote is printed in place.
 */
export function sourceSays({ source, quote, locator, locatorDetail, idPrefix = 'says', pagePath }: SourceSaysProps): ElementContent[] {
  const id = stableId(idPrefix, `${source.id}|${quote}`);
  // On the source's own page a link to it would lead nowhere new: the place in the source is enough.
  const link =
    pagePath === sourceHref(source.id) ? [] : [element('a', { href: sourceHref(source.id) }, [text(source.shortTitle)]), text(', ')];
  return [
    element('button', { type: 'button', className: ['says-toggle'], popovertarget: id, ariaLabel: 'What the source says' }, [
      text('source'),
    ]),
    element('span', { popover: '', id, className: ['says'], dataPagefindIgnore: '' }, [
      element('strong', { className: ['says-title'] }, [text('What the source says')]),
      element('q', { className: ['says-quote'] }, [text(quote)]),
      element('span', { className: ['says-where'] }, [text('('), ...link, text(`${describeLocator(locator, locatorDetail)})`)]),
      element('button', { type: 'button', className: ['says-close'], popovertarget: id, popovertargetaction: 'hide' }, [text('Close')]),
    ]),
  ];
}
