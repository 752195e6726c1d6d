import { escapeHtml } from '../mount/escape-html.js';
import type { DataTable, Selection } from '../view/view.types.js';

// One escaping function for the tooltips, the SVG's accessible name and the tables.
export { escapeHtml };

/** A column of a {@link DataTable}. */
export type TableColumn = DataTable['columns'][number];

/** Collects the rows of an accessible table as a view builds its series. */
export class TableBuilder {
  private readonly rows: DataTable['rows'] = [];

  constructor(
    private readonly caption: string,
    private readonly columns: TableColumn[],
  ) {}

  /** Adds a row; its cells are already formatted for the locale, one per column. */
  add(cells: string[], selection?: Selection): this {
    if (cells.length !== this.columns.length) {
      throw new Error(
        `[@luoshi/charts] table row has ${cells.length} cells for ${this.columns.length} columns`,
      );
    }
    this.rows.push(selection ? { cells, selection } : { cells });
    return this;
  }

  build(): DataTable {
    return { caption: this.caption, columns: this.columns, rows: this.rows };
  }
}

/** `data-kind` and `data-id` of a row; several tasks as `data-ids`, a JSON array (ids may hold spaces). */
function selectionAttributes(selection: Selection): string {
  const id =
    selection.kind === 'tasks'
      ? ` data-ids="${escapeHtml(JSON.stringify(selection.ids))}"`
      : ` data-id="${escapeHtml(selection.id)}"`;
  return ` data-kind="${escapeHtml(selection.kind)}"${id}`;
}

/**
 * The table as HTML, every data string escaped: a `<table>` with a caption and header cells scoped to
 * their columns, for screen readers (ECharts canvases are not keyboard-navigable).
 */
export function tableToHtml(table: DataTable): string {
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' data-numeric=""' : ''}>${escapeHtml(c.label)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const attrs = row.selection ? selectionAttributes(row.selection) : '';
      const cells = row.cells.map((cell, i) =>
        i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`,
      );
      return `<tr${attrs}>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
