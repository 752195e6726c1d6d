// jsdom lays nothing out and has no 2D canvas, and mount() draws only into an element with a size.
// These stand-ins are the smallest that let the real mount() and ECharts run; what the charts
// actually draw is checked in Chromium (apps/storybook's story test).
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// Tests that drive react-dom directly (hydration) use act() too.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every element measures its inline style's size, or 640 × 400 CSS pixels. */
for (const [property, fallback] of [
  ['clientWidth', 640],
  ['clientHeight', 400],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      const inline = Number.parseFloat(property === 'clientWidth' ? this.style.width : this.style.height);
      return Number.isFinite(inline) ? inline : fallback;
    },
  });
}

/** A 2D context whose every method does nothing (measureText gives a plausible width). */
const noopContext = new Proxy(
  { measureText: (text: string) => ({ width: text.length * 7 }) } as Record<string | symbol, unknown>,
  {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'canvas') return undefined;
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  },
);
HTMLCanvasElement.prototype.getContext = function getContext() {
  return noopContext as unknown as CanvasRenderingContext2D;
} as unknown as typeof HTMLCanvasElement.prototype.getContext;
