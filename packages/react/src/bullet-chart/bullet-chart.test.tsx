import { guangzhouDataset } from '@luoshi/fixtures';
import type { ChartHandle, BulletOptions, Selection } from '@luoshi/charts';
import { render } from '@testing-library/react';
import { createRef, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { chartContract } from '../../test/support/chart-contract.js';
import { BulletChart } from './bullet-chart.js';

const dataset = guangzhouDataset();

/** The dataset without one target, as a new object (what a React state update gives). */
function withoutTarget(targetId: string) {
  const next = structuredClone(dataset);
  next.targets = next.targets.filter((target) => target.id !== targetId);
  return next;
}

describe('BulletChart', () => {
  chartContract(BulletChart, 'bullet');

  it('draws once and keeps the same ECharts instance when data and options change', () => {
    const ref = createRef<ChartHandle<BulletOptions>>();
    const { rerender, container } = render(<BulletChart ref={ref} data={dataset} />);
    const handle = ref.current!;
    const instance = handle.instance();
    expect(instance).toBeDefined();
    const rows = handle.model.table.rows.length;
    const dropped = handle.model.table.rows[0]!.selection!.id!;
    const next = withoutTarget(dropped);

    rerender(<BulletChart ref={ref} data={next} />);
    expect(ref.current).toBe(handle);
    expect(handle.instance()).toBe(instance);
    expect(handle.model.table.rows.length).toBe(rows - 1);
    expect(container.querySelectorAll('tbody tr').length).toBe(rows - 1);

    const option = JSON.stringify(instance!.getOption());
    rerender(<BulletChart ref={ref} data={next} orientation="vertical" theme="dark" />);
    expect(handle.instance()).toBe(instance);
    expect(JSON.stringify(instance!.getOption())).not.toBe(option);
    expect((instance!.getOption() as { backgroundColor?: string }).backgroundColor).not.toBe('#FFFFFF');
  });

  it('does not redraw when a render passes equal options and the same data', () => {
    const ref = createRef<ChartHandle<BulletOptions>>();
    const { rerender } = render(<BulletChart ref={ref} data={dataset} showBands={false} />);
    const setOption = vi.spyOn(ref.current!.instance()!, 'setOption');
    rerender(<BulletChart ref={ref} data={dataset} showBands={false} />);
    expect(setOption).not.toHaveBeenCalled();
  });

  it('puts a dropped option back to its default', () => {
    const ref = createRef<ChartHandle<BulletOptions>>();
    const { rerender } = render(<BulletChart ref={ref} data={dataset} orientation="vertical" />);
    const vertical = JSON.stringify(ref.current!.model.option);
    rerender(<BulletChart ref={ref} data={dataset} />);
    const fresh = createRef<ChartHandle<BulletOptions>>();
    render(<BulletChart ref={fresh} data={dataset} />);
    expect(JSON.stringify(ref.current!.model.option)).not.toBe(vertical);
    expect(JSON.stringify(ref.current!.model.option)).toBe(JSON.stringify(fresh.current!.model.option));
  });

  it('re-creates the chart when the renderer changes, and only then', () => {
    const ref = createRef<ChartHandle<BulletOptions>>();
    const { rerender } = render(<BulletChart ref={ref} data={dataset} locale="en" />);
    const first = ref.current!;
    rerender(<BulletChart ref={ref} data={dataset} locale="en" renderer="canvas" />);
    expect(ref.current).toBe(first); // canvas is the default: no change
    expect(() => rerender(<BulletChart ref={ref} data={dataset} renderer="svg" />)).toThrow(
      /registerSvgRenderer/,
    );
  });

  it('disposes the chart on unmount, StrictMode double effects included', () => {
    const handles: ChartHandle<BulletOptions>[] = [];
    const collect = (handle: ChartHandle<BulletOptions> | null) => void (handle && handles.push(handle));
    const { unmount, container } = render(
      <StrictMode>
        <BulletChart ref={collect} data={dataset} />
      </StrictMode>,
    );
    // StrictMode mounted, disposed and mounted again: one live chart in the container.
    expect(handles.length).toBe(2);
    expect(handles[0]!.instance()).toBeUndefined();
    const live = handles[1]!.instance()!;
    expect(live.isDisposed()).toBeFalsy();
    expect(container.querySelectorAll('canvas').length).toBeGreaterThan(0);
    unmount();
    expect(live.isDisposed()).toBe(true);
    expect(handles[1]!.instance()).toBeUndefined();
  });

  it('calls onSelect with the ids behind a clicked element, and the latest callback', () => {
    const ref = createRef<ChartHandle<BulletOptions>>();
    const first = vi.fn<(s: Selection) => void>();
    const second = vi.fn<(s: Selection) => void>();
    const { rerender } = render(<BulletChart ref={ref} data={dataset} onSelect={first} />);
    const [key, expected] = Object.entries(ref.current!.model.selections)[0]!;
    const [seriesIndex, dataIndex] = key.split(':').map(Number) as [number, number];
    const click = () =>
      ref.current!.instance()!.trigger('click', { componentType: 'series', seriesIndex, dataIndex } as never);
    click();
    expect(first).toHaveBeenCalledWith(expected);
    rerender(<BulletChart ref={ref} data={dataset} onSelect={second} />);
    click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('offers the data as a table and names the chart by its description, in the locale', () => {
    const { container } = render(<BulletChart data={dataset} locale="en" />);
    const host = container.querySelector('[role="img"]')!;
    expect(host.getAttribute('aria-label')).toMatch(/[a-z]{4,}/);
    const table = container.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).not.toBe('');
    expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
  });

  it('draws the error state with its reason for invalid data, never a blank chart', () => {
    const { container } = render(<BulletChart data={{ schemaVersion: 3, targets: 'nope' }} />);
    const chart = container.querySelector('.luoshi-chart')!;
    expect(chart.getAttribute('data-luoshi-state')).toBe('error');
    expect(container.querySelector('caption')!.textContent).toMatch(/\S/);
  });
});
