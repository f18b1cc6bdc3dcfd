/** Main navigation, in the order the header shows it. */
export const NAVIGATION = [
  { href: '/', label: 'Home' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;

/** True when the link is the current page or a section the page sits in. */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
