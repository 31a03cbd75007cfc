/**
 * How big graphs are drawn without a GPU (software WebGL costs ~1.7 µs per vertex): thresholds, the sigma
 * program names big graphs use, and hidden items kept off the GPU. No sigma import here, so that pure modules
 * (import-graph, visibility) and their tests need no WebGL.
 */

/** Above this many edges, edges and labels are hidden while the camera moves, to keep panning fluid. */
export const LARGE_GRAPH_EDGES = 5000;

/** Above this many nodes, nodes are drawn as points (graphs this big are read by their shape, not by disc edges). */
export const LARGE_GRAPH_NODES = 3000;

/** Program of hidden nodes and edges: draws nothing (null-programs.ts). */
export const HIDDEN_PROGRAM = "hidden";

/** GL points: one vertex a node instead of the disc's three; 20k discs cost ~0.8 s a frame, points ~0.14 s. */
export const POINT_PROGRAM = "point";

/** 1 px GL lines: two vertices an edge instead of six, no width, no arrow heads. */
export const THIN_EDGE_PROGRAM = "thin";

/** The node program for a graph of this many nodes: undefined is sigma's default, the disc. */
export function nodeProgramFor(order: number): string | undefined {
  return order > LARGE_GRAPH_NODES ? POINT_PROGRAM : undefined;
}

/**
 * Marks display data hidden: hidden for sigma's labels and picking, and off the GPU (sigma keeps hidden items in
 * their program's buffers as zeros, and every one of those vertices still costs a vertex-shader run). It changes
 * `data` in place: reducers get a copy from sigma, and on 100k items a second copy per item shows.
 */
export function hiddenDisplay<T extends object>(data: T): T & { hidden: true; type: string } {
  return Object.assign(data, { hidden: true as const, type: HIDDEN_PROGRAM });
}
