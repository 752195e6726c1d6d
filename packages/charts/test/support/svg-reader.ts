// Reads an SVG rendered by renderToSVG as strict XML and returns what a reader of the picture sees:
// the texts and where they stand, and the chart's data elements with their geometry. Positions come
// from the SVG itself (transforms, path data), never from the option the SVG was drawn from.
import { DOMParser, type Element } from '@xmldom/xmldom';

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** A box in SVG user units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A `<text>` element: its content (XML entities decoded) and its anchor point. */
export interface SvgText extends Point {
  text: string;
  anchor: string;
}

/** A drawn data element (`ecmeta_ssr_type="chart"`): which series and item it draws, and its geometry. */
export interface SvgMark {
  tag: string;
  series: number;
  data: number;
  /** `ecmeta_silent`: decoration that takes no pointer events (bands, connecting lines). */
  silent: boolean;
  /** The path's segments in absolute user units (after the element's transform). */
  segments: PathSegment[];
  /** The box of the segments' end points (arcs are not bulged out). */
  box: Box;
  /**
   * Where the element stands: a symbol (drawn at unit size and placed by its own `transform`) stands at
   * its transform's origin, the data point; any other element at the centre of its box.
   */
  at: Point;
}

/** One command of a path, in absolute coordinates; arcs keep their radius. */
export interface PathSegment {
  command: string;
  from: Point;
  to: Point;
  /** For `A`: the x radius, scaled by the element's transform. */
  radius?: number;
}

/** What {@link readSvg} returns. */
export interface ReadSvg {
  root: Element;
  width: number;
  height: number;
  texts: SvgText[];
  marks: SvgMark[];
  /** Every element's tag name, for checking that no markup from data became an element. */
  tags: string[];
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

/** The `transform` attribute as a matrix (the renderer writes `translate`, `matrix`, `rotate`, `scale`). */
function parseTransform(value: string | null): Matrix {
  let result = IDENTITY;
  for (const [, name, args] of (value ?? '').matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    let m: Matrix;
    if (name === 'translate') m = [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0];
    else if (name === 'scale') m = [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0];
    else if (name === 'matrix') m = [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!];
    else if (name === 'rotate') {
      const a = ((n[0] ?? 0) * Math.PI) / 180;
      m = [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0];
    } else throw new Error(`svg-reader: unknown transform ${name}`);
    result = multiply(result, m);
  }
  return result;
}

const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** Parses path data into absolute segments (curves keep only their end points). */
export function parsePath(d: string, transform: Matrix = IDENTITY): PathSegment[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const segments: PathSegment[] = [];
  let current: Point = { x: 0, y: 0 };
  let start: Point = current;
  let i = 0;
  let command = '';
  const scale = Math.hypot(transform[0], transform[1]);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) command = tokens[i++]!;
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const arity = ARITY[upper];
    if (arity === undefined) throw new Error(`svg-reader: unknown path command ${command}`);
    const n = tokens.slice(i, i + arity).map(Number);
    i += arity;
    let to: Point;
    if (upper === 'Z') to = start;
    else if (upper === 'H') to = { x: (relative ? current.x : 0) + n[0]!, y: current.y };
    else if (upper === 'V') to = { x: current.x, y: (relative ? current.y : 0) + n[0]! };
    else {
      const [x, y] = n.slice(-2) as [number, number];
      to = relative ? { x: current.x + x, y: current.y + y } : { x, y };
    }
    segments.push({
      command: upper,
      from: apply(transform, current),
      to: apply(transform, to),
      ...(upper === 'A' ? { radius: n[0]! * scale } : {}),
    });
    current = to;
    if (upper === 'M') {
      start = to;
      if (command === 'm') command = 'l';
      if (command === 'M') command = 'L';
    }
  }
  return segments;
}

/** The points of a `<polygon>`/`<polyline>` as path segments. */
function polygonSegments(points: string, transform: Matrix): PathSegment[] {
  const n = points
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const pts: Point[] = [];
  for (let k = 0; k + 1 < n.length; k += 2) pts.push(apply(transform, { x: n[k]!, y: n[k + 1]! }));
  return pts.map((to, k) => ({ command: k === 0 ? 'M' : 'L', from: pts[Math.max(0, k - 1)]!, to }));
}

function boxOf(segments: PathSegment[]): Box {
  // End points only: a path's first `from` is the origin before its first move.
  const xs = segments.map((s) => s.to.x);
  const ys = segments.map((s) => s.to.y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

function elements(root: Element): Element[] {
  const all: Element[] = [];
  const walk = (element: Element): void => {
    all.push(element);
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.ELEMENT_NODE) walk(child as Element);
    }
  };
  walk(root);
  return all;
}

/** The accumulated transform of an element: its own and its ancestors'. */
function transformOf(element: Element): Matrix {
  const chain: Element[] = [];
  for (let e: Element | null = element; e; e = e.parentNode as Element | null) {
    if (e.nodeType !== e.ELEMENT_NODE) break;
    chain.unshift(e);
  }
  return chain.reduce((m, e) => multiply(m, parseTransform(e.getAttribute('transform'))), IDENTITY);
}

/**
 * Parses an SVG as strict XML: any error or warning of the parser (an unescaped quote in an
 * attribute, a stray `<` from data) throws, since browsers refuse such an SVG as an image.
 */
export function readSvg(svg: string): ReadSvg {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  if (problems.length > 0) throw new Error(`the SVG is not well-formed XML: ${problems.join('; ')}`);
  const root = document.documentElement;
  if (!root || root.tagName !== 'svg') throw new Error('the SVG has no <svg> root');
  const all = elements(root);
  const texts: SvgText[] = [];
  const marks: SvgMark[] = [];
  for (const element of all) {
    const transform = transformOf(element);
    if (element.tagName === 'text') {
      const at = apply(transform, {
        x: Number(element.getAttribute('x') ?? 0),
        y: Number(element.getAttribute('y') ?? 0),
      });
      texts.push({
        text: element.textContent ?? '',
        anchor: element.getAttribute('text-anchor') ?? '',
        ...at,
      });
      continue;
    }
    if (element.getAttribute('ecmeta_ssr_type') !== 'chart') continue;
    const segments =
      element.tagName === 'path'
        ? parsePath(element.getAttribute('d') ?? '', transform)
        : element.tagName === 'polygon' || element.tagName === 'polyline'
          ? polygonSegments(element.getAttribute('points') ?? '', transform)
          : [];
    if (segments.length === 0)
      throw new Error(`svg-reader: no geometry for a <${element.tagName}> data element`);
    const box = boxOf(segments);
    marks.push({
      tag: element.tagName,
      series: Number(element.getAttribute('ecmeta_series_index')),
      data: Number(element.getAttribute('ecmeta_data_index')),
      silent: element.getAttribute('ecmeta_silent') === 'true',
      segments,
      box,
      at: element.hasAttribute('transform') ? apply(transform, { x: 0, y: 0 }) : centre(box),
    });
  }
  return {
    root,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    texts,
    marks,
    tags: all.map((element) => element.tagName),
  };
}

/** The centre of a box. */
export function centre(box: Box): Point {
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

/** A number as an axis writes it (`1,000`, `-0.5`), or undefined for any other text. */
export function axisNumber(text: string): number | undefined {
  return /^-?[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

/**
 * The linear map from values to pixels along one axis, read from two of the axis's own tick labels (the
 * two farthest apart): `at(value)` is where a value is drawn.
 */
export function axisScale(
  ticks: readonly SvgText[],
  along: 'x' | 'y',
): { at: (value: number) => number; ticks: { value: number; position: number }[] } {
  const read = ticks
    .map((tick) => ({ value: axisNumber(tick.text), position: tick[along] }))
    .filter((tick): tick is { value: number; position: number } => tick.value !== undefined)
    .sort((a, b) => a.value - b.value);
  const low = read[0];
  const high = read.at(-1);
  if (!low || !high || low.value === high.value)
    throw new Error(`svg-reader: need two numeric tick labels on the ${along} axis, found ${read.length}`);
  const perUnit = (high.position - low.position) / (high.value - low.value);
  return { at: (value) => low.position + (value - low.value) * perUnit, ticks: read };
}

/** Whether a drawn label shows a name: whole, or cut by the axis with an ellipsis (`一般公共预算收入增...`). */
export function showsName(drawn: string, name: string): boolean {
  if (drawn === name) return true;
  const cut = /(\.\.\.|…)$/.exec(drawn);
  return cut !== null && drawn.length > cut[0].length && name.startsWith(drawn.slice(0, -cut[0].length));
}
