// The drawing as a PNG: sigma's canvas layers (WebGL and 2D) composited.

import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "./style";

export function toPNG(r: Sigma<NodeAttrs, EdgeAttrs>, container: HTMLElement): Promise<Blob> {
  const { width, height } = r.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("2D canvas unavailable"));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  // Render synchronously so the WebGL drawing buffers are still valid in this task.
  r.refresh();
  const layers = Array.from(container.querySelectorAll("canvas")).filter((c) => !c.classList.contains("sigma-mouse"));
  for (const c of layers) {
    if (c.width === 0 || c.height === 0 || c.style.display === "none") continue;
    ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
}
