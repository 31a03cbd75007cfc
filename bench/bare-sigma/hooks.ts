/** window.__bare: what the web bench reads of and does to the bare sigma page (bench/web.ts). */

export interface BarePageHooks {
  /** Nodes in the page's graph once it is loaded and sigma is built. */
  readonly nodeCount: number;
  /**
   * Moves the nodes to the given positions (in the graph's node order, as the app's layout cache stores them),
   * shows the edges the app draws at the overview zoom, and resolves after the next drawn frame.
   */
  settle(x: readonly number[], y: readonly number[]): Promise<void>;
}

declare global {
  interface Window {
    __bare?: BarePageHooks;
  }
}
