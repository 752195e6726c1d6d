import { useRef, useState } from 'react';
import { pickText, t, type MessageKey } from '../../app/i18n.js';
import { useScope } from '../../app/use-scope.js';
import { useData } from '../../data/data.context.js';
import { removeDocument, saveDocument } from '../../store/store.js';
import { parseInWorker } from '../../worker/parse.client.js';
import type { ImportDiagnostic, ImportKind } from '../../worker/parse.protocol.js';

const KINDS: { kind: ImportKind; label: MessageKey }[] = [
  { kind: 'auto', label: 'auto' },
  { kind: 'task-division', label: 'taskDivision' },
  { kind: 'work-report', label: 'workReport' },
  { kind: 'plan-report', label: 'planReport' },
];

interface Outcome {
  ok: boolean;
  name: string;
  encoding: string;
  diagnostics: ImportDiagnostic[];
  counts?: { tasks: number; targets: number; actuals: number };
}

/** Import: a document parsed in the browser (Web Worker), with line-numbered diagnostics; Dataset JSON in and out. */
export function ImportRoute() {
  const { dataset, lang, jurisdiction, year } = useScope();
  const { documents, refresh } = useData();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ImportKind>('auto');
  const [progress, setProgress] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const file = useRef<HTMLInputElement>(null);
  const datasetFile = useRef<HTMLInputElement>(null);

  const run = async (name: string, bytes: ArrayBuffer, as: ImportKind) => {
    setOutcome(undefined);
    setProgress(0);
    const result = await parseInWorker(
      {
        name,
        bytes,
        kind: as,
        fallbackJurisdiction: { id: jurisdiction?.id ?? 'unknown', name: jurisdiction?.name ?? '未知' },
        jurisdictionIds: Object.fromEntries(dataset.jurisdictions.map((j) => [j.name, j.id])),
        fallbackYear: year,
      },
      (share) => setProgress(share),
    );
    setProgress(undefined);
    const f = result.fragment;
    setOutcome({
      ok: result.ok,
      name,
      encoding: result.encoding,
      diagnostics: result.diagnostics,
      ...(f
        ? { counts: { tasks: f.tasks.length, targets: f.targets.length, actuals: f.observations.length } }
        : {}),
    });
    if (result.ok && f) {
      await saveDocument({
        id: f.reports[0]?.id ?? `import-${Date.now()}`,
        name,
        kind: result.kind ?? as,
        addedAt: new Date().toISOString(),
        encoding: result.encoding,
        fragment: f,
      });
      await refresh();
    }
  };

  const exportDataset = () => {
    const blob = new Blob([JSON.stringify(dataset, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'luoshi-dataset.json';
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <h2>{t(lang, 'import')}</h2>
      <p className="muted">{t(lang, 'importIntro')}</p>
      <form
        className="card no-print"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = file.current?.files?.[0];
          if (chosen) void chosen.arrayBuffer().then((b) => run(chosen.name, b, kind));
          else if (text.trim())
            void run(
              lang === 'en' ? 'pasted text' : '粘贴的文本',
              new TextEncoder().encode(text).buffer as ArrayBuffer,
              kind,
            );
        }}
      >
        <div className="filters">
          <label>
            {t(lang, 'kind')}
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as ImportKind)}
              data-testid="import-kind"
            >
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {t(lang, k.label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'upload')}
            <input type="file" accept=".txt,text/plain" ref={file} data-testid="import-file" />
          </label>
        </div>
        <label htmlFor="paste" style={{ display: 'block' }}>
          {t(lang, 'paste')}
        </label>
        <textarea
          id="paste"
          rows={8}
          style={{ width: '100%' }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="import-text"
        />
        <p>
          <button type="submit" className="primary" data-testid="import-run">
            {t(lang, 'parse')}
          </button>
        </p>
        {progress !== undefined ? (
          <label>
            {t(lang, 'parsing')}
            <progress value={progress} max={1} data-testid="import-progress" />
          </label>
        ) : null}
      </form>
      {outcome ? (
        <section aria-live="polite" data-testid="import-outcome" data-ok={String(outcome.ok)}>
          <h3>{outcome.ok ? outcome.name : `${t(lang, 'failed')}: ${outcome.name}`}</h3>
          {outcome.counts ? (
            <p data-testid="import-counts">
              {t(lang, 'imported', outcome.counts)} · {t(lang, 'encoding')}: {outcome.encoding.toUpperCase()}
            </p>
          ) : null}
          {outcome.diagnostics.length > 0 ? (
            <>
              <h4>{t(lang, 'diagnostics')}</h4>
              <ul className="diag" data-testid="diagnostics">
                {outcome.diagnostics.map((d, i) => (
                  <li key={i} className={d.severity} data-line={d.line}>
                    {d.line
                      ? `${t(lang, 'line', { n: d.line })}${lang === 'en' ? ': ' : '：'}`
                      : d.path
                        ? `${d.path}: `
                        : ''}
                    {d.severity === 'error'
                      ? lang === 'en'
                        ? 'error: '
                        : '错误：'
                      : lang === 'en'
                        ? 'warning: '
                        : '警告：'}
                    {pickText(lang, d.message)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="h-yours">
        <h2 id="h-yours">{t(lang, 'yourImports')}</h2>
        {documents.length === 0 ? <p className="muted">{t(lang, 'none')}</p> : null}
        <ul data-testid="imported-list">
          {documents.map((d) => (
            <li key={d.id}>
              {d.name} — {d.fragment.tasks.length} / {d.fragment.targets.length} /{' '}
              {d.fragment.observations.length} <span className="muted">({d.encoding.toUpperCase()})</span>{' '}
              <button type="button" onClick={() => void removeDocument(d.id).then(refresh)}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-json" className="no-print">
        <h2 id="h-json">Dataset JSON</h2>
        <p className="muted">{t(lang, 'datasetHint')}</p>
        <div className="filters">
          <button type="button" onClick={exportDataset} data-testid="export-dataset">
            {t(lang, 'exportDataset')}
          </button>
          <label>
            {t(lang, 'importDataset')}
            <input
              type="file"
              accept=".json,application/json"
              ref={datasetFile}
              data-testid="import-dataset"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void chosen.arrayBuffer().then((b) => run(chosen.name, b, 'dataset'));
              }}
            />
          </label>
        </div>
      </section>
    </>
  );
}
