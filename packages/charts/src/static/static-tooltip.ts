/// <reference lib="dom" />
/** A plain-text tooltip inside a static chart's container: text goes in through `textContent` only. */
export interface StaticTooltip {
  show(text: string, event: MouseEvent): void;
  move(event: MouseEvent): void;
  hide(): void;
  readonly element: HTMLElement;
}

const STYLE =
  'position:absolute;z-index:9;pointer-events:none;white-space:pre-line;max-width:320px;padding:6px 10px;' +
  'border-radius:4px;font:12px/1.5 system-ui,sans-serif;background:rgba(255,255,255,.96);color:#1f2329;' +
  'box-shadow:0 2px 8px rgba(0,0,0,.18);display:none';

export function createStaticTooltip(root: HTMLElement): StaticTooltip {
  const element = root.ownerDocument.createElement('div');
  element.setAttribute('role', 'tooltip');
  element.setAttribute('style', STYLE);
  root.appendChild(element);
  const move = (event: MouseEvent): void => {
    if (element.style.display === 'none') return;
    const box = root.getBoundingClientRect();
    const x = event.clientX - box.left + 12;
    const left = Math.max(0, Math.min(x, box.width - element.offsetWidth));
    element.style.left = `${left}px`;
    element.style.top = `${event.clientY - box.top + 12}px`;
  };
  return {
    element,
    show(text, event) {
      element.textContent = text;
      element.style.display = 'block';
      move(event);
    },
    move,
    hide() {
      element.style.display = 'none';
    },
  };
}
