/**
 * Sigma's point program, minus the picking pass while the camera moves. Every frame sigma draws nodes twice:
 * on screen and into a picking buffer for hover and click. While a drag or zoom is under way nothing is
 * hovered, and without a GPU that second pass is ~40% of a 20k-node frame; the frame after the move picks again.
 */
import { NodePointProgram } from "sigma/rendering";
import type { RenderParams } from "sigma/types";

export class MovingPointProgram extends NodePointProgram {
  override render(params: RenderParams): void {
    if (!this.cameraMoving()) {
      super.render(params);
      return;
    }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }

  /** Sigma's own test for "moving" (the one behind hideEdgesOnMove). */
  private cameraMoving(): boolean {
    const mouse = this.renderer.getMouseCaptor();
    return this.renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
  }
}
