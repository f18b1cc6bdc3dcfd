/** Components MDX bodies may use; src/components/mdx.ts maps each name to its component, and the type keeps the two in step. */
export const MDX_COMPONENT_NAMES = ['Fig', 'PlainLanguage'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
