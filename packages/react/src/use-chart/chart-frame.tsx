import { toTable } from '@luoshi/charts';
import type { CSSProperties } from 'react';
import type { ChartState } from './use-chart.js';

/** Props every chart component takes beside its view's options and `data`. */
export interface ChartFrameProps {
  /** CSS width of the chart. Default `100%`. */
  width?: number | string;
  /** CSS height of the chart. Default `400` (pixels). */
  height?: number | string;
  /** Class name of the outer element. */
  className?: string;
  /** Extra style of the outer element. */
  style?: CSSProperties;
}

const fill: CSSProperties = { position: 'absolute', inset: 0 };

// Off screen but read by screen readers (the usual visually-hidden pattern): the chart's data as a table.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * The elements around a chart: the element ECharts draws in (an image named by the chart's
 * description), the server's SVG over it until the client has drawn, and the chart's data as an
 * accessible table for assistive technology.
 */
export function ChartFrame({
  chart,
  view,
  width = '100%',
  height = 400,
  className,
  style,
}: ChartFrameProps & { chart: ChartState; view: string }) {
  const { hostRef, model, serverSvg, serverSvgId } = chart;
  return (
    <div
      className={className ? `luoshi-chart ${className}` : 'luoshi-chart'}
      data-luoshi-view={view}
      data-luoshi-state={model.state}
      style={{ position: 'relative', width, height, ...style }}
    >
      <div ref={hostRef} role="img" aria-label={model.description} style={fill} />
      {serverSvg === undefined ? null : (
        <div
          data-luoshi-ssr={serverSvgId}
          aria-hidden="true"
          style={{ ...fill, pointerEvents: 'none' }}
          dangerouslySetInnerHTML={{ __html: serverSvg }}
        />
      )}
      {/* toTable escapes every string from the data. */}
      <div style={visuallyHidden} dangerouslySetInnerHTML={{ __html: toTable(model) }} />
    </div>
  );
}
