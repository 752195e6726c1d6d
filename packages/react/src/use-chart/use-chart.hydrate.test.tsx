// ssr="svg" end to end in one DOM: the server render (document hidden, the real #server-svg module),
// then hydration of that markup; the client must take over without a mismatch and without a flash:
// the server's SVG node stays until the chart's own canvas is in the page, then goes.
import { guangzhouDataset } from '@luoshi/fixtures';
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { BulletChart } from '../bullet-chart/bullet-chart.js';

vi.mock('#server-svg', () => import('../server-svg/server-svg.server.js'));

const dataset = guangzhouDataset();

function serverRender(element: React.ReactElement): string {
  const saved = globalThis.document;
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(element);
  } finally {
    vi.stubGlobal('document', saved);
  }
}

it('hydrates the server SVG, draws over it, then removes it', async () => {
  const html = serverRender(<BulletChart data={dataset} ssr="svg" locale="en" />);
  expect(html).toContain('<svg');
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverSvg = container.querySelector('[data-luoshi-ssr] svg')!;
  expect(serverSvg).not.toBeNull();

  const events: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes)
        if (node.nodeName === 'CANVAS' || (node as Element).querySelector?.('canvas'))
          events.push('canvas added');
      for (const node of record.removedNodes) if (node.contains(serverSvg)) events.push('server svg removed');
    }
  });
  observer.observe(container, { childList: true, subtree: true });
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');

  await act(async () => {
    hydrateRoot(container, <BulletChart data={dataset} ssr="svg" locale="en" />, {
      onRecoverableError: recoverable,
    });
  });
  await act(async () => undefined);
  observer.disconnect();

  expect(recoverable).not.toHaveBeenCalled();
  expect(consoleError.mock.calls.map((call) => String(call[0]).slice(0, 600))).toEqual([]);
  expect(events[0]).toBe('canvas added');
  expect(events).toContain('server svg removed');
  expect(container.querySelector('[data-luoshi-ssr]')).toBeNull();
  expect(container.querySelector('table')).not.toBeNull();
});

it('renders no server SVG in a plain client render', () => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<BulletChart data={dataset} ssr="svg" />));
  expect(container.querySelector('[data-luoshi-ssr]')).toBeNull();
  expect(container.querySelector('canvas')).not.toBeNull();
  act(() => root.unmount());
});
