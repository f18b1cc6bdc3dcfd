/**
 * Escape hides a first-use glossary definition shown on hover or focus, without moving focus (WCAG 1.4.13);
 * moving the pointer away or focus on lets it show again.
 */
export function dismissDefinitionsOnEscape(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of root.querySelectorAll('.term:hover, .term:focus-within')) {
      term.setAttribute('data-dismissed', '');
      const reset = () => term.removeAttribute('data-dismissed');
      term.addEventListener('mouseleave', reset, { once: true });
      term.addEventListener('focusout', reset, { once: true });
    }
  });
}
