'use client';
import type { Dataset, Locale, TaskStatus } from '@luoshi/core';
import { taskStatusOrder, type ThemeName } from '@luoshi/charts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { BlockRoot, useLuoshi } from '../provider/index.js';
import { StatusBadge } from '../status-badge/status-badge.js';
import {
  followThroughItems,
  type FollowThroughItem,
  type FollowThroughOptions,
} from './follow-through-list.items.js';

/** What a person decided about a task's status: confirmed the suggestion or chose another. */
export interface FollowThroughDecision {
  status: TaskStatus;
  /** `YYYY-MM-DD`: when the person decided (or the date their source speaks of). */
  date: string;
  note?: string;
}

/** Props of {@link FollowThroughList}. */
export interface FollowThroughListProps extends FollowThroughOptions {
  dataset: Dataset;
  /** Decisions made so far, by task id (the page stores them; this list only shows them). */
  decisions?: Readonly<Record<string, FollowThroughDecision>>;
  /** Called when a person confirms a suggestion or saves another status. */
  onDecide?: (taskId: string, decision: FollowThroughDecision) => void;
  /** Today's date for new decisions (`YYYY-MM-DD`). Default: the browser's date when the control is used. */
  today?: string;
  /** The list's heading. Default: 上年任务落实情况 / Follow-through of last year's tasks. */
  title?: string;
  /** Heading level of the title. Default `2`. */
  headingLevel?: 2 | 3;
  locale?: Locale;
  theme?: ThemeName;
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface ItemProps {
  item: FollowThroughItem;
  decision?: FollowThroughDecision | undefined;
  onDecide?: ((taskId: string, decision: FollowThroughDecision) => void) | undefined;
  today?: string | undefined;
}

function FollowThroughEntry({ item, decision, onDecide, today }: ItemProps) {
  const luoshi = useLuoshi();
  const { messages: m, format } = luoshi;
  const id = useId();
  const [editing, setEditing] = useState<FollowThroughDecision | null>(null);
  const { row, suggestion, recorded } = item;
  const suggested = suggestion?.status;
  const open = () =>
    setEditing({
      status: decision?.status ?? recorded?.status ?? suggested ?? 'unknown',
      date: decision?.date ?? today ?? localToday(),
      ...(decision?.note ? { note: decision.note } : {}),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const note = editing.note?.trim();
    onDecide?.(item.task.id, { status: editing.status, date: editing.date, ...(note ? { note } : {}) });
    setEditing(null);
  };
  const units = row.leadUnits.map((u) => u.name).join('、');
  return (
    <li
      className="luoshi-card luoshi-follow-item"
      data-task-id={item.task.id}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="luoshi-card-title">
        <span className="luoshi-muted">#{row.seq}</span> {row.text}
      </h3>
      <div className="luoshi-muted">
        {m.leadUnits}
        {m.colon}
        {units || m.none}
      </div>
      <div className="luoshi-card-row">
        {recorded ? (
          <>
            <span className="luoshi-muted">{m.recorded}</span>
            <StatusBadge kind="task" status={recorded.status} />
          </>
        ) : suggested ? (
          <>
            <StatusBadge kind="task" status={suggested} suggested />
            <span className="luoshi-muted">{m.confidence(format.number(suggestion.confidence, 2))}</span>
          </>
        ) : (
          <span className="luoshi-muted">{m.noEvidence}</span>
        )}
      </div>
      {suggestion ? (
        <p className="luoshi-muted">
          {luoshi.locale === 'en' ? suggestion.explanation.en : suggestion.explanation.zh}
        </p>
      ) : null}
      {item.evidence.length > 0 ? (
        <figure className="luoshi-evidence">
          {item.evidence.map((e, i) => (
            <div key={i}>
              <blockquote className="luoshi-quote">{e.quote}</blockquote>
              <figcaption className="luoshi-muted">
                {m.source}
                {m.colon}
                {e.reportTitle ?? e.reportId}
                {e.line !== undefined ? m.atLine(e.line) : ''}
              </figcaption>
            </div>
          ))}
        </figure>
      ) : (
        <p className="luoshi-muted">{m.noEvidence}</p>
      )}
      {decision && !editing ? (
        <p data-testid="luoshi-decision">
          <strong>{m.confirmedAs(luoshi.statusLabels.task[decision.status], decision.date)}</strong>
          {decision.note ? (
            <>
              {' '}
              <span className="luoshi-muted">
                {m.note}
                {m.colon}
                {decision.note}
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {onDecide && !editing ? (
        <div className="luoshi-card-row">
          {suggested && !decision ? (
            <button
              type="button"
              className="luoshi-button luoshi-button-primary"
              onClick={() => onDecide(item.task.id, { status: suggested, date: today ?? localToday() })}
              aria-describedby={`${id}-title`}
            >
              {m.confirmSuggestion(luoshi.statusLabels.task[suggested])}
            </button>
          ) : null}
          <button type="button" className="luoshi-button" onClick={open} aria-describedby={`${id}-title`}>
            {m.change}
          </button>
        </div>
      ) : null}
      {editing ? (
        <form className="luoshi-filters" onSubmit={submit} aria-label={m.change}>
          <div className="luoshi-field">
            <label htmlFor={`${id}-status`}>{m.chooseStatus}</label>
            <select
              id={`${id}-status`}
              className="luoshi-select"
              value={editing.status}
              onChange={(e) => setEditing({ ...editing, status: e.target.value as TaskStatus })}
            >
              {taskStatusOrder.map((s) => (
                <option key={s} value={s}>
                  {luoshi.statusLabels.task[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="luoshi-field">
            <label htmlFor={`${id}-date`}>{m.date}</label>
            <input
              id={`${id}-date`}
              className="luoshi-input"
              type="date"
              required
              value={editing.date}
              onChange={(e) => setEditing({ ...editing, date: e.target.value })}
            />
          </div>
          <div className="luoshi-field luoshi-field-wide">
            <label htmlFor={`${id}-note`}>{m.note}</label>
            <textarea
              id={`${id}-note`}
              className="luoshi-textarea"
              rows={2}
              value={editing.note ?? ''}
              onChange={(e) => setEditing({ ...editing, note: e.target.value })}
            />
          </div>
          <button type="submit" className="luoshi-button luoshi-button-primary">
            {m.save}
          </button>
          <button type="button" className="luoshi-button" onClick={() => setEditing(null)}>
            {m.cancel}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/**
 * What became of last year's tasks: each with the status luoshi suggests, the quote from this year's
 * report it rests on (and where it was read), and controls to confirm it or record another status
 * with a note and a date. Controlled: decisions come in through `decisions` and go out through
 * `onDecide`; the page stores them. A recorded status is shown as recorded, never overridden.
 *
 * @example
 * <FollowThroughList dataset={dataset} year={2024} decisions={decisions} onDecide={save} />
 */
export function FollowThroughList(props: FollowThroughListProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const id = useId();
  const { dataset, year, reportId } = props;
  const items = useMemo(
    () =>
      followThroughItems(dataset, {
        ...(year !== undefined ? { year } : {}),
        ...(reportId ? { reportId } : {}),
      }),
    [dataset, year, reportId],
  );
  const Heading = `h${props.headingLevel ?? 2}` as 'h2';
  const decided = items.filter((i) => props.decisions?.[i.task.id]).length;
  return (
    <BlockRoot luoshi={luoshi} as="section" className="luoshi-follow-through" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="luoshi-card-title">
        {props.title ?? luoshi.messages.followThrough}
      </Heading>
      <p className="luoshi-muted" aria-live="polite" data-testid="luoshi-follow-count">
        {luoshi.messages.decidedCount(decided, items.length)}
      </p>
      {items.length === 0 ? (
        <p className="luoshi-muted">{luoshi.messages.empty}</p>
      ) : (
        <ol className="luoshi-list">
          {items.map((item) => (
            <FollowThroughEntry
              key={item.task.id}
              item={item}
              decision={props.decisions?.[item.task.id]}
              onDecide={props.onDecide}
              today={props.today}
            />
          ))}
        </ol>
      )}
    </BlockRoot>
  );
}
