/** Splits a label into lines of at most `width` characters at spaces, for chart axes that do not wrap text themselves. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A group label without its parenthesis, short enough for a legend: "Patients with liver-only spread". */
export function shortGroupLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}

const LINE_HEIGHT = 14;

/**
 * Category labels wrapped to the width a chart has on the reader's screen, and the height that gives each
 * category room for its lines; Chart.js neither wraps labels nor makes room for them by itself.
 */
export function fitCategoryLabels(labels: readonly unknown[], width: number, minimumHeight: number): { labels: unknown[]; height: number } {
  if (labels.length === 0) return { labels: [], height: minimumHeight };
  const perLine = Math.max(16, Math.min(48, Math.floor(width / 24)));
  const wrapped = labels.map((label) => (typeof label === 'string' ? wrapLabel(label, perLine) : label));
  const lines = Math.max(...wrapped.map((label) => (Array.isArray(label) ? label.length : 1)));
  return { labels: wrapped, height: Math.max(minimumHeight, 100 + labels.length * (lines + 1) * LINE_HEIGHT) };
}
