import type { Element, Root } from 'hast';
import { h, s } from 'hastscript';
import { Parser } from 'htmlparser2';

/**
 * A hast tree of HTML this build wrote itself, read by htmlparser2's tokeniser. parse5's parser (hast-util-from-html)
 * follows every recovery rule browsers have for broken markup, which pages written by Astro never need, and took
 * about 60 % of the time spent shaping a page for the search index. Attributes become properties through hastscript,
 * as they do in hast-util-from-html, so a tree reads and prints the same from either parser
 * (tests/unit/search-html-tree.test.ts). Attributes `keepAttribute` turns down are left out of the tree.
 */
export function parseBuiltHtml(html: string, keepAttribute: (name: string) => boolean = () => true): Root {
  const root: Root = { type: 'root', children: [] };
  const open: (Root | Element)[] = [root];
  // Elements inside an <svg> take SVG's attribute names ("viewBox"), as hastscript's `s` knows them.
  let svgDepth = 0;
  const parent = () => open[open.length - 1] as Root | Element;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'svg' || svgDepth > 0) svgDepth += 1;
        let kept: Record<string, string> | undefined;
        for (const attribute in attributes) {
          if (keepAttribute(attribute)) (kept ??= {})[attribute] = attributes[attribute] as string;
        }
        // An element with no attributes left needs nothing of hastscript: making every element through it was about a
        // third of the time spent reading a page.
        const element: Element =
          svgDepth > 0 ? s(name, kept ?? {}) : kept ? h(name, kept) : { type: 'element', tagName: name, properties: {}, children: [] };
        parent().children.push(element);
        open.push(element);
      },
      onclosetag() {
        open.pop();
        if (svgDepth > 0) svgDepth -= 1;
      },
      // The tokeniser hands text over in pieces (around entities, for one); a tree has one node per run of text.
      ontext(value) {
        const siblings = parent().children;
        const last = siblings[siblings.length - 1];
        if (last?.type === 'text') last.value += value;
        else siblings.push({ type: 'text', value });
      },
      oncomment(value) {
        parent().children.push({ type: 'comment', value });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return root;
}
