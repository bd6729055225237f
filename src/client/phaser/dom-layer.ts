// A Canvas 2D layer of the page that the map draws on outside Phaser (the base map, hover and
// highlights): sized to the device's pixels, drawn in memory.
/** A Canvas 2D layer in the page, under Phaser's canvas, at device resolution. */
export class DomLayer {
  readonly element: HTMLCanvasElement;

  constructor(host: HTMLElement, before: HTMLCanvasElement | null, className: string, unique = true) {
    if (unique) host.querySelector(`canvas.${className}`)?.remove();
    this.element = document.createElement('canvas');
    this.element.className = `map-layer ${className}`;
    this.element.setAttribute('aria-hidden', 'true');
    // A canvas in memory, not on the GPU (the first getContext decides; later calls get this one).
    // The layer is drawn only when the view, control or the targets change, and then once: a
    // GPU-backed canvas on a machine with software GL (SwiftShader) made every such redraw a
    // rasterisation of hundreds of milliseconds in the GPU process, during which no frame at all
    // was shown; drawn in memory, a whole move's work on the page stayed under 90 ms with the CPU
    // throttled 4×, plus one upload.
    this.element.getContext('2d', { willReadFrequently: true });
    host.insertBefore(this.element, before);
  }

  draw(width: number, height: number, paint: (canvas: HTMLCanvasElement, dpr: number) => void): void {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (this.element.width !== w || this.element.height !== h) {
      this.element.width = w;
      this.element.height = h;
    }
    this.element.style.width = `${width}px`;
    this.element.style.height = `${height}px`;
    paint(this.element, dpr);
  }

  remove(): void {
    this.element.remove();
  }
}
