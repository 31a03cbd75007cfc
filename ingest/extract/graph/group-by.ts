/** Groups items by a string key, in one pass. */

/**
 * Input: items and their key. Output: the items of each key, groups in order of first appearance
 * and items in input order. Appends in place, so a key shared by many items costs linear time.
 */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
