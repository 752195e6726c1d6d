// What every chart component promises, run against each one from its own test file: it draws,
// redraws new data on the same ECharts instance, survives StrictMode, is disposed on unmount, and
// offers its data as a table.
import { guangzhouDataset } from '@luoshi/fixtures';
import type { ChartHandle } from '@luoshi/charts';
import { render } from '@testing-library/react';
import { createRef, StrictMode, type ForwardRefExoticComponent, type RefAttributes } from 'react';
import { expect, it } from 'vitest';

type Chart = ForwardRefExoticComponent<
  { data: unknown; locale?: 'zh-CN' | 'en' } & RefAttributes<ChartHandle<never>>
>;

/** Registers the shared tests for one chart component. */
export function chartContract(Component: unknown, view: string): void {
  const Chart = Component as Chart;
  const dataset = guangzhouDataset();

  it(`draws the ${view} view and offers its data as a table`, () => {
    const ref = createRef<ChartHandle<never>>();
    const { container } = render(<Chart ref={ref} data={dataset} />);
    expect(container.querySelector(`[data-luoshi-view="${view}"]`)).not.toBeNull();
    expect(container.querySelector('canvas')).not.toBeNull();
    expect(ref.current!.model.state).toBe('ready');
    expect(container.querySelector('table caption')!.textContent).toMatch(/\S/);
  });

  it('keeps the same ECharts instance when the data changes', () => {
    const ref = createRef<ChartHandle<never>>();
    const { rerender } = render(<Chart ref={ref} data={dataset} />);
    const instance = ref.current!.instance();
    rerender(<Chart ref={ref} data={structuredClone(dataset)} />);
    expect(ref.current!.instance()).toBe(instance);
  });

  it('leaves one live chart under StrictMode and disposes it on unmount', () => {
    const handles: ChartHandle<never>[] = [];
    const { unmount } = render(
      <StrictMode>
        <Chart ref={(handle) => void (handle && handles.push(handle))} data={dataset} />
      </StrictMode>,
    );
    expect(handles.filter((handle) => handle.instance() !== undefined).length).toBe(1);
    const live = handles.at(-1)!.instance()!;
    unmount();
    expect(live.isDisposed()).toBe(true);
  });

  it('draws the error state for data that is not a Dataset', () => {
    const { container } = render(<Chart data={{ schemaVersion: 3, tasks: 7 }} />);
    expect(container.querySelector('.luoshi-chart')!.getAttribute('data-luoshi-state')).toBe('error');
  });
}
