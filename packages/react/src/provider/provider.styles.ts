/**
 * The one small stylesheet of the dashboard blocks: plain CSS over the theme's custom properties (see
 * `themeVariables`), no framework. Class names start with `luoshi-` so they never meet a page's own.
 * Focus is always visible (`:focus-visible` outline in the theme's focus colour, 2 px offset).
 */
export const blockStyles = `
.luoshi-root{color:var(--luoshi-text);background:var(--luoshi-background);font-family:var(--luoshi-font-family);font-size:var(--luoshi-font-size);line-height:1.5}
.luoshi-block{box-sizing:border-box;font-family:var(--luoshi-font-family);font-size:var(--luoshi-font-size);color:var(--luoshi-text);line-height:1.5}
.luoshi-block *,.luoshi-block *::before,.luoshi-block *::after{box-sizing:inherit}
.luoshi-block :focus-visible{outline:2px solid var(--luoshi-focus);outline-offset:2px}
.luoshi-muted{color:var(--luoshi-text-muted)}
.luoshi-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.luoshi-badge{display:inline-flex;align-items:center;gap:.35em;padding:.05em .5em;border:var(--luoshi-border-width) solid var(--luoshi-border);border-radius:999px;white-space:nowrap;font-size:.9em;background:var(--luoshi-background);color:var(--luoshi-text)}
.luoshi-badge-swatch{display:inline-block;width:.75em;height:.75em;border-radius:2px;flex:none}
.luoshi-badge-suggested{border-style:dashed}
.luoshi-card{border:var(--luoshi-border-width) solid var(--luoshi-border);border-radius:8px;padding:16px;background:var(--luoshi-background);display:flex;flex-direction:column;gap:8px;min-width:0}
.luoshi-card-title{margin:0;font-size:1em;font-weight:600;overflow-wrap:anywhere}
.luoshi-card-figure{font-size:2em;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.luoshi-card-row{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px}
.luoshi-table-wrap{overflow:auto;border:var(--luoshi-border-width) solid var(--luoshi-border);border-radius:6px}
.luoshi-table{border-collapse:collapse;width:100%}
.luoshi-table caption{text-align:start;font-weight:600;padding:8px}
.luoshi-table th,.luoshi-table td{padding:6px 8px;text-align:start;vertical-align:top;border-bottom:1px solid var(--luoshi-border);overflow-wrap:anywhere}
.luoshi-table thead th{background:var(--luoshi-surface);position:sticky;top:0;z-index:1;font-weight:600}
.luoshi-table td.luoshi-num,.luoshi-table th.luoshi-num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.luoshi-table-fixed{table-layout:fixed}
.luoshi-cell-list{margin:0;padding:0;list-style:none}
.luoshi-row-select{all:unset;cursor:pointer;display:block;text-align:start;overflow-wrap:anywhere;border-radius:2px}
.luoshi-row-select:hover{text-decoration:underline}
.luoshi-row-select:focus-visible{outline:2px solid var(--luoshi-focus);outline-offset:2px}
.luoshi-table-wrap:focus-visible{outline:2px solid var(--luoshi-focus);outline-offset:2px}
.luoshi-count{margin:0 0 4px}
.luoshi-sort{all:unset;cursor:pointer;display:inline-flex;gap:.25em;align-items:center;font-weight:600}
.luoshi-sort:focus-visible{outline:2px solid var(--luoshi-focus);outline-offset:2px}
.luoshi-filters{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end;margin-bottom:8px}
.luoshi-field{display:flex;flex-direction:column;gap:2px;min-width:0;max-width:100%}
.luoshi-field label{font-size:.85em;color:var(--luoshi-text-muted)}
.luoshi-input,.luoshi-select,.luoshi-button,.luoshi-textarea{font:inherit;color:var(--luoshi-text);background:var(--luoshi-background);border:var(--luoshi-border-width) solid var(--luoshi-axis-line);border-radius:4px;padding:4px 8px;max-width:100%}
.luoshi-button{cursor:pointer}
.luoshi-button-primary{background:var(--luoshi-focus);color:var(--luoshi-background);border-color:var(--luoshi-focus)}
.luoshi-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:12px}
.luoshi-evidence{margin:0;display:flex;flex-direction:column;gap:6px}
.luoshi-field-wide{flex:1 1 16em}
.luoshi-textarea{width:100%;resize:vertical}
.luoshi-card p{margin:0}
.luoshi-quote{margin:0;padding:4px 12px;border-inline-start:3px solid var(--luoshi-border);color:var(--luoshi-text)}
.luoshi-share{display:inline-flex;align-items:center;gap:6px;justify-content:flex-end}
.luoshi-bar{display:block;height:6px;border-radius:3px;background:var(--luoshi-surface);overflow:hidden;min-width:48px}
.luoshi-bar>span{display:block;height:100%;background:var(--luoshi-task-completed)}
`;
