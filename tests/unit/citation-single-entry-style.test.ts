import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { singleEntryStyle } from '../../scripts/citation/single-entry-style.ts';

const styles = plugins.config.get('@csl').styles;
const shipped = (name: string): string => {
  const xml = styles.get(name);
  if (xml === undefined) throw new Error(`plugin-csl ships no "${name}" style`);
  return xml;
};
const element = (xml: string, name: string) => new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`).exec(xml)?.[0] ?? '';
const layout = (xml: string) => element(element(xml, 'bibliography'), 'layout');

describe('a style cut down to a bibliography of one entry', () => {
  it.each(['apa', 'vancouver'])('keeps %s: its macros and its bibliography layout, byte for byte', (name) => {
    const xml = shipped(name);
    const cut = singleEntryStyle(xml, name);
    expect(cut.slice(0, cut.indexOf('<citation'))).toBe(xml.slice(0, xml.indexOf('<citation')));
    expect(layout(cut)).toBe(layout(xml));
    expect(/<bibliography\b[^>]*>/.exec(cut)?.[0]).toBe(/<bibliography\b[^>]*>/.exec(xml)?.[0]);
  });

  it('asks APA for nothing to be told apart and no sort keys', () => {
    const xml = shipped('apa');
    // What the cut removes is there to begin with.
    expect(xml).toContain('disambiguate-add-year-suffix="true"');
    expect(element(element(xml, 'bibliography'), 'sort')).not.toBe('');
    const cut = singleEntryStyle(xml, 'apa');
    expect(cut).not.toMatch(/disambiguate-|givenname-disambiguation-rule/);
    expect(element(cut, 'citation')).toBe('<citation><layout><text variable="title"/></layout></citation>');
    expect(element(element(cut, 'bibliography'), 'sort')).toBe('');
  });

  it.each([
    ['no in-text form', '<style><bibliography><layout/></bibliography></style>'],
    ['no bibliography', '<style><citation><layout/></citation></style>'],
  ])('refuses a style with %s, naming it', (_, xml) => {
    expect(() => singleEntryStyle(xml, 'house')).toThrow('the "house" CSL style has no <citation> or <bibliography> element to cut down');
  });
});
