import { escapeRegExp } from '../format/escape-reg-exp.ts';
import { isMoreAuthors, type CslItem } from './csl.ts';

/**
 * Stand-ins for an item's title and address: words citeproc prints as they are, as it prints a plain title or
 * address (titleTemplates' rules).
 */
const TITLE_MARK = 'Lmstitlemark';
const URL_MARK = 'https://lms-url-mark.invalid/lms-url-mark/';
/** The item's id and key, which the styles never print; a template that prints this is not used. */
const KEY_MARK = 'lmskeymark';
const MARKS = new RegExp([TITLE_MARK, URL_MARK, KEY_MARK].map(escapeRegExp).join('|'), 'g');

/**
 * A title citeproc prints exactly as written, in the styles' places for it: letters and digits, joined by spaces,
 * commas, colons, semicolons, hyphens and dashes, and beginning and ending with a letter or digit. Everything else is
 * left to citeproc: quotation marks and apostrophes (it curls and nests them), its markup (`<i>`, `<sc>`), brackets,
 * end punctuation (a title ending in "?" takes no full stop after it), and runs of spaces.
 */
const PLAIN_TITLE = /^[A-Za-z0-9]+(?:(?: |, |: |; | [–—-] |[-–])[A-Za-z0-9]+)*$/;

/** A web address of the review's kind: a host, then a path of letters, digits and `/._~-`. */
const PLAIN_URL = /^https:\/\/[a-z0-9.-]+\/[A-Za-z0-9/._~-]*$/;

/** Every string an item holds, however deep. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : [];

/** A web page whose author is one organisation: the review's own pages, and the patient pages it summarises. */
function isOrganisationPage(item: CslItem): boolean {
  const [author, ...others] = item.author ?? [];
  return item.type === 'webpage' && author !== undefined && others.length === 0 && 'literal' in author && !isMoreAuthors(author);
}

/**
 * The item with its title and address swapped for the stand-ins, if it is an organisation's web page whose title and
 * address are plain and held by no other field: a title that is also its author's name is printed once (output.ts),
 * which a stand-in would not show.
 */
function templateItem(item: CslItem): CslItem | undefined {
  const { title, URL: url } = item;
  if (!isOrganisationPage(item) || title === undefined || url === undefined || !PLAIN_TITLE.test(title) || !PLAIN_URL.test(url)) {
    return undefined;
  }
  const others = stringsOf({ ...item, title: undefined, URL: undefined, id: undefined, 'citation-key': undefined });
  if (others.includes(title) || others.includes(url)) return undefined;
  return { ...item, id: KEY_MARK, 'citation-key': KEY_MARK, title: TITLE_MARK, URL: URL_MARK };
}

/**
 * Formatting by template, for web pages that differ only in a plain title and address: above all the pages of the
 * review, cited with the review as their author, which are half the citations a build formats. The first page of
 * each kind (same author, date and version) is formatted with the title and address as stand-ins, and the text then serves
 * every item of that kind with their own title and address put in: a millisecond of citeproc's per style becomes a
 * string replacement. Any other item, or a text that does not print each stand-in exactly once, goes to `format`.
 * tests/unit/citation-title-template.test.ts checks the two ways give the same text.
 */
export function titleTemplates(format: (item: CslItem) => string): (item: CslItem) => string {
  const templates = new Map<string, string | undefined>();
  return (item) => {
    const templated = templateItem(item);
    if (!templated) return format(item);
    const key = JSON.stringify(templated);
    if (!templates.has(key)) {
      const text = format(templated);
      const marks = text.match(MARKS) ?? [];
      const once = marks.length === 2 && marks.includes(TITLE_MARK) && marks.includes(URL_MARK);
      templates.set(key, once ? text : undefined);
    }
    const template = templates.get(key);
    if (template === undefined) return format(item);
    return template.replace(MARKS, (mark) => (mark === TITLE_MARK ? (item.title as string) : (item.URL as string)));
  };
}
