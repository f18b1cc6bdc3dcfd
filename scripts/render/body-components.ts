import type { ElementContent } from 'hast';
import { LOCATOR_KINDS, type LocatorKind } from '../../src/schemas/locator.ts';
import type { Outcome } from '../../src/schemas/outcome.ts';
import type { MdxComponentName } from '../content/mdx-components.ts';
import { formatFigure, locatorLabel, measureLabel, type FigurePart } from '../format/figure.ts';
import { figureHref } from '../format/hrefs.ts';
import { element, text } from './hast.ts';
import { sourceSays } from './source-says.ts';

/** What a body's components need to know about the page they are on and the records they name. */
export interface BodyContext {
  /** The file the body is written in, for messages. */
  file: string;
  /** Path of the page the body is shown on. */
  pagePath: string;
  source: (id: string) => { id: string; shortTitle: string };
  outcome: (id: string) => Outcome;
}

type Attributes = Readonly<Record<string, string>>;
type Component = (attributes: Attributes, children: ElementContent[], context: BodyContext) => ElementContent[];

/** The content gate reports a missing or wrong attribute first; this is the last word if a body reaches the page without it. */
function attribute(attributes: Attributes, name: string, component: MdxComponentName, context: BodyContext): string {
  const value = attributes[name];
  if (!value) throw new Error(`${context.file}: <${component}> needs ${name}="…"`);
  return value;
}

const FIGURE_PARTS: readonly FigurePart[] = ['full', 'value'];

/** A figure from the outcome data, linked to its row on the source page. `show="value"` drops ranges and shares for plain-language sentences. */
function Fig(attributes: Attributes, _children: ElementContent[], context: BodyContext): ElementContent[] {
  const outcome = context.outcome(attribute(attributes, 'id', 'Fig', context));
  const show = (attributes.show ?? 'full') as FigurePart;
  if (!FIGURE_PARTS.includes(show)) throw new Error(`${context.file}: <Fig show="${show}"> must be one of: ${FIGURE_PARTS.join(', ')}`);
  return [
    element(
      'a',
      { className: ['fig'], href: figureHref(outcome), title: `${measureLabel(outcome)}. Source location: ${locatorLabel(outcome)}` },
      [text(formatFigure(outcome, show))],
    ),
  ];
}

/** Wraps the plain-language summary; tests hold every such block to reading grade 8 or lower. */
function PlainLanguage(_attributes: Attributes, children: ElementContent[]): ElementContent[] {
  return [element('section', { dataPlainLanguage: '', ariaLabel: 'Plain-language summary' }, children)];
}

/** A statement of what a source found or says, with the source's own words one press away (checked by the content gate). */
function Claim(attributes: Attributes, children: ElementContent[], context: BodyContext): ElementContent[] {
  const locator = attribute(attributes, 'locator', 'Claim', context);
  if (!(LOCATOR_KINDS as readonly string[]).includes(locator))
    throw new Error(`${context.file}: <Claim locator="${locator}"> is not a part of a source`);
  return [
    // The bare line break between two claims on consecutive lines does not survive rendering: a leading space keeps their sentences apart.
    text(' '),
    element('span', { className: ['claim'] }, children),
    ...sourceSays({
      source: context.source(attribute(attributes, 'source', 'Claim', context)),
      quote: attribute(attributes, 'quote', 'Claim', context),
      locator: locator as LocatorKind,
      locatorDetail: attributes.detail,
      pagePath: context.pagePath,
    }),
  ];
}

/** What each component a body may use becomes in the page; the gate allows exactly these names. */
export const BODY_COMPONENTS: Readonly<Record<MdxComponentName, Component>> = { Fig, PlainLanguage, Claim };
