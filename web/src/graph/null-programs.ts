/** Sigma programs that draw nothing: the programs of hidden nodes and edges (large-graph.ts, HIDDEN_PROGRAM). */
import type { AbstractEdgeProgram, AbstractNodeProgram } from "sigma/rendering";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";

export class NullEdgeProgram implements AbstractEdgeProgram {
  drawLabel = undefined;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

export class NullNodeProgram implements AbstractNodeProgram {
  // Sigma never labels or hovers a hidden node; the disc functions are there should it ask.
  drawLabel = drawDiscNodeLabel;
  drawHover = drawDiscNodeHover;
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}
