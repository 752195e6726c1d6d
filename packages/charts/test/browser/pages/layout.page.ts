/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Measures server-rendered SVGs in Chromium: every text's box (from the browser's own layout of the
// glyphs), whether two boxes overlap, whether a box leaves the chart, and each text's contrast against
// the pixels drawn behind it (the SVG rasterised without its text).

/** One SVG to measure. */
export interface LayoutInput {
  key: string;
  svg: string;
  width: number;
  height: number;
}

/** A problem found in one SVG. */
export interface LayoutProblem {
  key: string;
  kind: 'overlap' | 'outside' | 'contrast';
  detail: string;
}

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  color: [number, number, number, number];
  halo?: [number, number, number, number];
}

declare global {
  interface Window {
    luoshiLayout: {
      measure(inputs: LayoutInput[]): Promise<LayoutProblem[]>;
    };
  }
}

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as RGBA 0–255 (alpha 0–1), through the canvas's own parser. */
function rgba(css: string): [number, number, number, number] {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

function luminance([r, g, b]: readonly number[]): number {
  const c = [r!, g!, b!].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

/** WCAG contrast of a (possibly translucent) colour over an opaque one. */
function contrast(fg: readonly number[], bg: readonly number[]): number {
  const a = fg[3]!;
  const over = [0, 1, 2].map((i) => fg[i]! * a + bg[i]! * (1 - a));
  const [l1, l2] = [luminance(over), luminance(bg)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

function opacityOf(element: Element, svg: Element): number {
  let opacity = 1;
  for (let e: Element | null = element; e && e !== svg; e = e.parentElement) {
    const style = getComputedStyle(e);
    opacity *= Number(style.opacity || 1);
  }
  return opacity;
}

async function rasterise(svg: SVGSVGElement, width: number, height: number): Promise<Uint8ClampedArray> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const text of copy.querySelectorAll('text')) text.remove();
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return context.getImageData(0, 0, width, height).data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function boxesOf(svg: SVGSVGElement): Box[] {
  const origin = svg.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const content = (text.textContent ?? '').trim();
    if (content === '') continue;
    const style = getComputedStyle(text);
    if (style.display === 'none' || style.visibility === 'hidden' || style.fill === 'none') continue;
    const opacity = opacityOf(text, svg) * Number(style.fillOpacity || 1);
    if (opacity === 0) continue;
    const rect = text.getBoundingClientRect();
    if (rect.width === 0) continue;
    // The em box, not the font's line box: CJK fonts' ascent and descent reach far beyond the glyphs,
    // and rows 18 px apart would "overlap" with glyphs nowhere near each other.
    const size = parseFloat(style.fontSize) || 12;
    const middle = rect.top + rect.height / 2 - origin.top;
    const color = rgba(style.fill);
    color[3] *= opacity;
    const box: Box = {
      text: content,
      left: rect.left - origin.left,
      right: rect.right - origin.left,
      top: middle - size / 2,
      bottom: middle + size / 2,
      color,
    };
    const strokeWidth = parseFloat(style.strokeWidth || '0');
    if (style.stroke !== 'none' && strokeWidth >= 1.5) box.halo = rgba(style.stroke);
    boxes.push(box);
  }
  return boxes;
}

/** The colours that cover at least a fifth of a box's pixels (quantised so anti-aliasing does not count). */
function backgroundsUnder(box: Box, pixels: Uint8ClampedArray, width: number, height: number) {
  const counts = new Map<string, { n: number; rgb: number[] }>();
  let total = 0;
  const x0 = Math.max(0, Math.floor(box.left));
  const x1 = Math.min(width, Math.ceil(box.right));
  const y0 = Math.max(0, Math.floor(box.top));
  const y1 = Math.min(height, Math.ceil(box.bottom));
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * width + x) * 4;
      const rgb = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      const key = rgb.map((v) => v >> 3).join(',');
      const entry = counts.get(key);
      if (entry) entry.n += 1;
      else counts.set(key, { n: 1, rgb });
      total += 1;
    }
  }
  return [...counts.values()].filter((c) => c.n >= total / 5).map((c) => c.rgb);
}

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

async function measureOne(input: LayoutInput, host: HTMLElement): Promise<LayoutProblem[]> {
  host.innerHTML = input.svg;
  const svg = host.querySelector('svg');
  if (!svg) return [{ key: input.key, kind: 'outside', detail: 'no <svg> in the render' }];
  const boxes = boxesOf(svg);
  const problems: LayoutProblem[] = [];
  const at = (b: Box) => `“${short(b.text)}” [${Math.round(b.left)},${Math.round(b.top)}]`;
  for (const b of boxes) {
    if (b.left < -0.5 || b.top < -0.5 || b.right > input.width + 0.5 || b.bottom > input.height + 0.5) {
      problems.push({
        key: input.key,
        kind: 'outside',
        detail: `${at(b)}–[${Math.round(b.right)},${Math.round(b.bottom)}]`,
      });
    }
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) problems.push({ key: input.key, kind: 'overlap', detail: `${at(a)} × ${at(b)}` });
    }
  }
  const pixels = await rasterise(svg, input.width, input.height);
  for (const b of boxes) {
    const backgrounds = b.halo ? [b.halo] : backgroundsUnder(b, pixels, input.width, input.height);
    for (const bg of backgrounds) {
      const ratio = contrast(b.color, bg);
      if (ratio < 4.5) {
        problems.push({
          key: input.key,
          kind: 'contrast',
          detail: `${at(b)} ${ratio.toFixed(2)}:1 over rgb(${bg.join(',')})`,
        });
        break;
      }
    }
  }
  host.innerHTML = '';
  return problems;
}

window.luoshiLayout = {
  async measure(inputs) {
    const host = document.createElement('div');
    document.body.append(host);
    const problems: LayoutProblem[] = [];
    for (const input of inputs) problems.push(...(await measureOne(input, host)));
    host.remove();
    return problems;
  },
};
