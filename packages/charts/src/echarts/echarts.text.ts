// Text measurement for layout, from ECharts' own text engine (zrender): a name is cut to a width the
// way ECharts would cut it, with the canvas's metrics in a page and zrender's width table on a server.
import { format } from 'echarts/core';

/** Cuts `text` to `width` pixels in `font`, ending with `ellipsis` when it was cut. */
export function truncateText(text: string, width: number, font: string, ellipsis = '…'): string {
  return format.truncateText(text, width, font, ellipsis);
}

/** The width of one line of `text` in `font`, in pixels. */
export function textWidth(text: string, font: string): number {
  return format.getTextRect(text, font).width;
}
