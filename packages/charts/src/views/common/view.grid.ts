/**
 * Keeps axis labels inside the grid's box, as `containLabel: true` did before ECharts 6 (which
 * deprecates it and warns unless the legacy feature is installed): long unit and district names
 * shrink the plot instead of leaving the canvas.
 */
export const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
