/**
 * The components an MDX body may use, by name. Pages pass exactly these (src/components/mdx-components.ts, checked
 * against this list by the type checker) and the content gate allows exactly these, so a new component is added here once.
 */
export const MDX_COMPONENT_NAMES = ['Fig', 'PlainLanguage'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
