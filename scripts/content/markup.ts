import { MDX_COMPONENT_NAMES } from './mdx-components.ts';
import { parsedBody } from './body-tree.ts';
import { walk } from './mdx-tree.ts';
import type { Problem } from './problems.ts';

/** Inline HTML elements a body may use: they only mark up words, and carry no address, script or style. */
export const INLINE_HTML_ELEMENTS = ['abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'] as const;
/** Attributes those elements may carry. */
export const INLINE_HTML_ATTRIBUTES = ['title', 'lang', 'dir', 'datetime'] as const;
/** Where links may lead: the web, e-mail, and this site's own pages (written without a scheme). */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

const COMPONENTS: ReadonlySet<string> = new Set(MDX_COMPONENT_NAMES);
const ELEMENTS: ReadonlySet<string> = new Set(INLINE_HTML_ELEMENTS);
const ATTRIBUTES: ReadonlySet<string> = new Set(INLINE_HTML_ATTRIBUTES);

/** The parts of an MDX syntax-tree node the checks read. */
interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

interface Located {
  /** Line in the body, from 1. */
  line: number;
  message: string;
}

/** An address as browsers read it: without tabs and line breaks inside, nor spaces and control characters before it. */
function asBrowsersRead(url: string): string {
  const joined = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < joined.length && joined.charCodeAt(start) <= 0x20) start += 1;
  return joined.slice(start);
}

/** Why an address may not be a link target, or undefined when it may; browsers read a backslash as a slash. */
export function linkTargetProblem(url: string): string | undefined {
  const cleaned = asBrowsersRead(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme && !LINK_SCHEMES.has(scheme)) return `links to a "${scheme}:" address; links may lead only to https://, http://, mailto: or a page of this site (/…)`;
  if (/^[/\\]{2}/.test(cleaned)) return `links to "${url}", an address without a scheme; write it in full with https://`;
  return undefined;
}

/** An image must be one of the site's own files: the Content-Security-Policy blocks any other, and readers' browsers would ask another site for it. */
function imageProblem(url: string): string | undefined {
  const cleaned = asBrowsersRead(url);
  return /^[a-z][a-z0-9+.-]*:/i.test(cleaned) || /^[/\\]{2}/.test(cleaned) ? `shows an image from "${url}"; images must be files of this site (/…)` : undefined;
}

const componentList = () => MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

function elementProblems(node: MdxNode, line: number): Located[] {
  const name = node.name ?? '';
  if (name === '') return [{ line, message: 'has an empty tag (<>…</>); remove it' }];
  const isComponent = COMPONENTS.has(name);
  if (!isComponent && /^[A-Z]/.test(name)) return [{ line, message: `uses <${name}>, which is not a component of this site (allowed: ${componentList()})` }];
  if (!isComponent && !ELEMENTS.has(name)) {
    return [{ line, message: `uses the HTML element <${name}>; bodies may use Markdown, ${componentList()} and these inline elements: ${INLINE_HTML_ELEMENTS.join(', ')}` }];
  }
  return (node.attributes ?? []).flatMap((attribute): Located[] => {
    if (attribute.type !== 'mdxJsxAttribute') return [{ line, message: `<${name}> spreads JavaScript into its attributes ({…}); give each attribute a quoted value` }];
    const attributeName = attribute.name ?? '';
    if (/^on/i.test(attributeName)) return [{ line, message: `<${name}> has the event-handler attribute ${attributeName}; remove it (pages run no script from content)` }];
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      return [{ line, message: `<${name} ${attributeName}={…}> computes its value with JavaScript; give a quoted value (${attributeName}="…")` }];
    }
    if (!isComponent && !ATTRIBUTES.has(attributeName)) {
      return [{ line, message: `<${name}> has the attribute ${attributeName}; inline elements may carry only ${INLINE_HTML_ATTRIBUTES.join(', ')}` }];
    }
    return [];
  });
}

function nodeProblems(node: MdxNode): Located[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ line, message: 'has an import or export line; bodies use the site\'s components without importing them, and run no code' }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ line, message: 'has JavaScript in curly braces ({…}); write \\{ for a brace in the text' }];
    case 'html':
      return [{ line, message: 'has raw HTML; use Markdown or the allowed inline elements' }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node, line);
    case 'link':
    case 'definition': {
      const problem = linkTargetProblem(node.url ?? '');
      return problem ? [{ line, message: problem }] : [];
    }
    case 'image': {
      const problem = imageProblem(node.url ?? '');
      return problem ? [{ line, message: problem }] : [];
    }
    default:
      return [];
  }
}

/** Line and column of a parser message: its place, or the "(line:column-…)" it writes into the text. */
function placeOf(error: { line?: number | null; column?: number | null; message: string }): { line: number; column: number } {
  if (error.line) return { line: error.line, column: error.column ?? 1 };
  const [, line, column] = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.message) ?? [];
  return { line: Number(line ?? 1), column: Number(column ?? 1) };
}

/** The tag open at a place in the text: the last "<Name" before it, with the line it starts on. */
function openTagBefore(text: string, line: number, column: number): { name: string; line: number } | undefined {
  const lines = text.split('\n');
  const before = [...lines.slice(0, line - 1), (lines[line - 1] ?? '').slice(0, column - 1)].join('\n');
  const start = before.lastIndexOf('<');
  const name = /^<([A-Za-z][\w.:-]*)/.exec(before.slice(start))?.[1];
  if (start === -1 || !name || before.slice(start).includes('>')) return undefined;
  return { name, line: before.slice(0, start).split('\n').length };
}

/** What a parser message means for the person editing the body, at the line to edit. */
function describeSyntaxError(text: string, error: { line?: number | null; column?: number | null; message: string; ruleId?: string | null }): Located {
  const place = placeOf(error);
  const message = error.message;
  const unclosed = /^Expected a closing tag for `<([^>\s]*)>` \((\d+):\d+-/.exec(message);
  if (unclosed) {
    const [, name = '', line = '1'] = unclosed;
    return { line: Number(line), message: `has <${name}> opened but never closed; close it with </${name}>, or end the tag with "/>"` };
  }
  // A tag left open runs on into the next paragraph, where the parser stumbles on the first word that cannot be an attribute.
  const open = openTagBefore(text, place.line, place.column);
  const ranOn = open && text.split('\n').slice(open.line - 1, place.line).some((line, index) => index > 0 && line.trim() === '');
  if (open && (error.ruleId === 'unexpected-eof' || /^Unexpected end of file/.test(message) || ranOn)) {
    return { line: open.line, message: `has an unclosed <${open.name} tag; end it with "/>" (or ">" and a closing </${open.name}>) before the paragraph ends` };
  }
  const closedInside = /^Expected the closing tag `<\/([^>\s]*)>` either after the end of `(\w+)`/.exec(message);
  if (closedInside) {
    const [, name = ''] = closedInside;
    return { line: place.line, message: `closes </${name}> inside a paragraph it did not open in; put </${name}> on a line of its own, with a blank line before it` };
  }
  if (message.includes('to create a comment in MDX')) return { line: place.line, message: 'has an HTML comment (<!-- … -->), which MDX cannot read; remove it' };
  if (error.ruleId === 'unexpected-character' && /before name/.test(message)) {
    return { line: place.line, message: 'has a "<" that MDX reads as the start of a tag; write "less than", or \\< for the sign itself' };
  }
  if (error.ruleId === 'unexpected-closing-slash') {
    const close = /^<\/([A-Za-z][\w.:-]*)/.exec((text.split('\n')[place.line - 1] ?? '').slice(place.column - 2))?.[1];
    return { line: place.line, message: `has a closing tag ${close ? `</${close}> ` : ''}with no opening tag before it; remove it or add the opening tag` };
  }
  return { line: place.line, message: `is not valid MDX: ${message.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '')}` };
}

/**
 * Markup an MDX body may hold: Markdown, the site's own components, and a short list of inline HTML elements
 * without event handlers; links only to the web, e-mail or the site itself. Anything else would reach readers
 * as live HTML or script, so it fails with its line. `parsed` is false when the body is not valid MDX at all,
 * in which case the one syntax problem is all there is to say about the body.
 */
export function checkMarkup(document: { origin: { file: string }; body: string; bodyLine: number }): { problems: Problem[]; parsed: boolean } {
  const at = (found: Located): Problem => ({ file: document.origin.file, line: document.bodyLine + found.line - 1, field: 'body', message: found.message });
  const tree = parsedBody(document.body);
  if (tree instanceof Error) {
    return { problems: [at(describeSyntaxError(document.body, tree as Parameters<typeof describeSyntaxError>[1]))], parsed: false };
  }
  return { problems: [...walk(tree)].flatMap((node) => nodeProblems(node as MdxNode)).map(at), parsed: true };
}
