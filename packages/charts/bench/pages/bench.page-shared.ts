/// <reference lib="dom" />
// What the benchmark pages share: the data injected by the HTML (not counted in the JS bytes), and
// the moment the charts are on screen (the frame after drawing).
declare global {
  interface Window {
    __bench: { data?: unknown; option?: unknown; count: number };
    __drawnAt?: number;
  }
}

export function pageData(): { data: unknown; option: unknown; count: number } {
  return { data: window.__bench.data, option: window.__bench.option, count: window.__bench.count };
}

export function drawn(): void {
  requestAnimationFrame(() => {
    window.__drawnAt = performance.now();
  });
}
