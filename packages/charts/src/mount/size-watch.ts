/// <reference lib="dom" />
/** The element's drawable size, or undefined while it has none (hidden in a tab, `display: none`, collapsed). */
export function drawableSize(element: HTMLElement): { width: number; height: number } | undefined {
  const width = element.clientWidth;
  const height = element.clientHeight;
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * Calls `onChange` whenever the element's size changes, including from zero (a tab being shown).
 * Without ResizeObserver (old browsers, jsdom) it falls back to window resizes. Returns the stop function.
 */
export function watchSize(element: HTMLElement, onChange: () => void): () => void {
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(() => onChange());
    observer.observe(element);
    return () => observer.disconnect();
  }
  const view = element.ownerDocument.defaultView;
  view?.addEventListener('resize', onChange);
  return () => view?.removeEventListener('resize', onChange);
}
