/** Every number that is a median of the list: the middle value, or for an even count anything between the two middle values. */
export function medianInterval(values: readonly number[]): [number, number] | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const high = sorted[middle] as number;
  return sorted.length % 2 === 1 ? [high, high] : [sorted[middle - 1] as number, high];
}

/**
 * The ordinary median: the middle value, or the mean of the two middle values.
 * Applied to survival times it ignores censoring, which is why it is kept apart from the Kaplan–Meier median.
 */
export function plainMedian(values: readonly number[]): number | undefined {
  const interval = medianInterval(values);
  return interval && (interval[0] + interval[1]) / 2;
}
