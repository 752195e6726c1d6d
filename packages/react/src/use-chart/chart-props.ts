import type { CommonOptions } from '@luoshi/charts';
import type { ChartFrameProps } from './chart-frame.js';
import type { ChartSettings } from './use-chart.js';

/**
 * The props of a chart component: its view's options (`jurisdictionId`, `period`, …), `data` (a
 * luoshi Dataset, validated by the view: bad data draws the error state with its reason), how it is
 * mounted and its size. `locale` and `theme` override {@link LuoshiProvider}'s.
 */
export type ChartProps<Options extends object> = Omit<Options, keyof CommonOptions> &
  CommonOptions &
  ChartSettings &
  ChartFrameProps & {
    /** The Dataset to draw (anything else is drawn as the error state, saying what is wrong and where). */
    data: unknown;
  };

/** Splits a chart component's props into the view's options and the rest. */
export function splitChartProps<Options extends object>(props: ChartProps<Options>) {
  const { data, renderer, onSelect, ssr, ssrSize, width, height, className, style, ...options } = props;
  return {
    data,
    settings: {
      renderer,
      onSelect,
      ssr,
      // A fixed size in pixels is the best guess of what the client will draw.
      ssrSize: ssrSize ?? {
        width: typeof width === 'number' ? width : 640,
        height: typeof height === 'number' ? height : 400,
      },
    } satisfies ChartSettings,
    frame: { width, height, className, style } satisfies ChartFrameProps,
    options: options as unknown as Options & CommonOptions,
  };
}
