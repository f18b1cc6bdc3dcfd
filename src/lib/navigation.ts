/** Main navigation, in the order the header shows it. */
export const NAVIGATION = [
  { href: '/', label: 'Home' },
  { href: '/questions/', label: 'Questions' },
  { href: '/treatments/', label: 'Treatments' },
  { href: '/sources/', label: 'Sources' },
  { href: '/compare/', label: 'Compare' },
  { href: '/data/', label: 'Data' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/about/', label: 'About' },
  { href: '/search/', label: 'Search' },
] as const;

/** Links every page's footer carries: how the review is run, what it changed and how to reach it. */
export const FOOTER_NAVIGATION = [
  { href: '/about/', label: 'About and methods' },
  { href: '/references/', label: 'References' },
  { href: '/changelog/', label: 'Changelog' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/contact/', label: 'Report a correction' },
] as const;

/** True when the link is the current page or a section the page sits in. */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
