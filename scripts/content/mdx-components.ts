/** Components MDX bodies may use; scripts/render/body-components.ts says what each becomes, and the type keeps the two in step. */
export const MDX_COMPONENT_NAMES = ['Fig', 'PlainLanguage', 'Claim'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
