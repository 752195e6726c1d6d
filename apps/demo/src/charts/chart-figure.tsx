// App-local chart frame over @luoshi/charts' `mount`, with PNG/SVG export and the accessible table.
// It stands in for @luoshi/react's chart components while they are being written (see the report).
import { useEffect, useRef, useState } from 'react';
import { mount, registerSvgRenderer, toTable, type ChartHandle, type View } from '@luoshi/charts';
import type { Dataset } from '@luoshi/core';
import { localeOf, t, type Lang } from '../app/i18n.js';

registerSvgRenderer();

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps<O extends object> {
  view: View<O>;
  dataset: Dataset;
  options: O;
  lang: Lang;
  theme: 'light' | 'dark';
  /** File name of exported images, without extension. */
  name: string;
  height?: number;
}

function download(url: string, file: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
}

/** One chart, its export buttons and its data as a table. */
export function ChartFigure<O extends object>({
  view,
  dataset,
  options,
  lang,
  theme,
  name,
  height,
}: ChartFigureProps<O>) {
  const element = useRef<HTMLDivElement>(null);
  const handle = useRef<ChartHandle<O>>(undefined);
  const [table, setTable] = useState('');
  const [description, setDescription] = useState('');
  const key = JSON.stringify(options);

  useEffect(() => {
    const el = element.current!;
    const chart = mount(el, view, dataset, {
      ...options,
      locale: localeOf(lang),
      theme,
    } as O) as ChartHandle<O>;
    handle.current = chart;
    setTable(toTable(chart.model));
    setDescription(chart.model.description);
    void chart.ready.then(() => el.setAttribute('data-drawn', 'true'));
    return () => {
      chart.dispose();
      handle.current = undefined;
    };
    // `options` is compared by its JSON (`key`): a new object literal each render must not remount.
  }, [view, dataset, key, lang, theme]);

  const save = async (type: 'png' | 'svg') => {
    const url = await handle.current?.toImage(type);
    if (url) download(url, `${name}.${type}`);
  };
  return (
    <figure className="chart-box" style={{ margin: '0 0 12px' }}>
      <div
        ref={element}
        className="chart"
        role="img"
        aria-label={description}
        style={height ? { height } : undefined}
        data-chart={name}
      />
      <figcaption className="tools">
        <details>
          <summary>{t(lang, 'showTable')}</summary>
          {/* toTable escapes every string from the data */}
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t(lang, 'showTable')}
            dangerouslySetInnerHTML={{ __html: table }}
          />
        </details>
        <button type="button" onClick={() => void save('png')}>
          {t(lang, 'exportPng')}
        </button>
        <button type="button" onClick={() => void save('svg')}>
          {t(lang, 'exportSvg')}
        </button>
      </figcaption>
    </figure>
  );
}
