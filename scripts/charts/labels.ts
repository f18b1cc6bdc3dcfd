/** Splits text into lines no wider than `width` at spaces; a word wider than a line stands on a line of its own. */
export function wrapText(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Splits a label into lines of at most `width` characters, for chart titles that Chart.js does not wrap itself. */
export function wrapLabel(text: string, width: number): string[] {
  return wrapText(text, width, (line) => line.length);
}

/** A group label without its parenthesis, short enough for a legend: "Patients with liver-only spread". */
export function shortGroupLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}
