/**
 * Whose double-click it is. The first click of a double-click selects a node, the details panel opens and the
 * canvas narrows, so the second click lands on whatever is now under the pointer (another node, or the stage).
 * A double-click belongs to the node clicked first.
 */
export interface DoubleClickTracker {
  /** A click on a node at time `at` (ms). */
  click(node: string, at: number): void;
  /** A double-click at time `at` on `node` (null: on the stage): the node it expands, or null for none. */
  doubleClick(node: string | null, at: number): string | null;
}

export function createDoubleClickTracker(timeoutMs: () => number): DoubleClickTracker {
  let first: { node: string; at: number } | null = null;
  const recent = (at: number) => (first !== null && at - first.at <= timeoutMs() ? first.node : null);
  return {
    click(node, at) {
      first = { node, at };
    },
    doubleClick(node, at) {
      const owner = recent(at) ?? node;
      first = null;
      return owner;
    },
  };
}
