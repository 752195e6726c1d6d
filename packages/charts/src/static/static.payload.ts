import type { Selection } from '../view/view.types.js';

/**
 * What a statically rendered chart carries beside its SVG: the same plain-text tooltips and
 * selections as `ViewModel`, as JSON data. Never HTML: the client shows tooltips with `textContent`.
 */
export interface StaticPayload {
  /** Format version, so an old client can refuse a newer server's payload clearly. */
  v: 1;
  tooltips: Record<string, string>;
  selections: Record<string, Selection>;
}

/** The attribute that marks a static chart's container. */
export const STATIC_ROOT_ATTRIBUTE = 'data-luoshi-chart';
/** The attribute of the `<script type="application/json">` that holds the payload. */
export const STATIC_PAYLOAD_ATTRIBUTE = 'data-luoshi-payload';
