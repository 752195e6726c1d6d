import type { StatusEntry, Task } from '../task/task.schema.js';
import { isContinuousTask } from './evidence.signals.js';
import {
  DEFAULT_STRONG_EVIDENCE,
  type EvidenceSentence,
  type StatusSuggestion,
  type SuggestStatusOptions,
  type TaskEvidence,
} from './evidence.types.js';

/** Sentences scoring below this share of the best one do not set the status. */
const NEAR_TOP = 0.8;

function latest(history: readonly StatusEntry[]): StatusEntry | undefined {
  let best: StatusEntry | undefined;
  for (const entry of history) if (!best || entry.asOf >= best.asOf) best = entry;
  return best;
}

function quoteOf(s: EvidenceSentence) {
  return { reportId: s.reportId, quote: s.quote, offset: s.offset, line: s.line };
}

function short(text: string, max = 40): string {
  const t = text.replace(/\s+/g, '');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * Suggests a task's status from the evidence {@link findEvidence} found, for a person to confirm:
 * a completion verb (建成, 竣工, 开业, 交付 …) in a strongly matching sentence suggests `completed`
 * (`ongoing` for work that never ends: 持续…, 深化…); a progress verb (推进, 动工 …) suggests
 * `on-track` (`ongoing` for such work); no strong sentence with either suggests `unknown`.
 *
 * A recorded status is never overwritten: suggestions are not stored in `statusHistory`, so any
 * entry there was recorded by a person (or read from a document); the latest one is returned
 * unchanged with `suggested: false` and `basis: 'recorded'`. Everything else is returned with
 * `suggested: true`: a plain object to keep apart from recorded statuses.
 *
 * @param evidence the task's evidence: its `TaskEvidence` or its sentences.
 */
export function suggestStatus(
  task: Task,
  evidence: TaskEvidence | readonly EvidenceSentence[],
  options: SuggestStatusOptions = {},
): StatusSuggestion {
  const recorded = latest(task.statusHistory ?? []);
  if (recorded) {
    return {
      taskId: task.id,
      status: recorded.status,
      confidence: 1,
      suggested: false,
      basis: 'recorded',
      evidence: recorded.source ? [{ ...recorded.source }] : [],
      explanation: {
        zh: `已有记录的状态（${recorded.asOf}）：${recorded.status}，保持不变，不作推测`,
        en: `a status was recorded (${recorded.asOf}): ${recorded.status}; kept unchanged, nothing suggested`,
      },
      recorded,
    };
  }
  const strongScore = options.strongScore ?? DEFAULT_STRONG_EVIDENCE;
  const sentences = 'sentences' in evidence ? evidence.sentences : evidence;
  const ranked = [...sentences].sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  // Only the sentences that speak of the task most: a weaker one's verb is about something else.
  const strong = ranked.filter((s) => s.score >= strongScore && s.score >= NEAR_TOP * top);
  const continuous = isContinuousTask(task.text);

  const done = strong.find((s) => s.signal === 'completion');
  if (done) {
    const verbs = done.completionVerbs.join('、');
    return {
      taskId: task.id,
      status: continuous ? 'ongoing' : 'completed',
      confidence: round(Math.min(0.95, 0.45 + 0.5 * done.score)),
      suggested: true,
      basis: 'completion',
      evidence: [quoteOf(done)],
      explanation: continuous
        ? {
            zh: `回顾中“${short(done.focus.quote)}”含完成类动词（${verbs}）；该任务为持续性工作，建议：常态化推进`,
            en: `the review says “${short(done.focus.quote)}” with a completion verb (${verbs}); the task is continuing work, so: ongoing`,
          }
        : {
            zh: `回顾中“${short(done.focus.quote)}”含完成类动词（${verbs}），建议：已完成`,
            en: `the review says “${short(done.focus.quote)}” with a completion verb (${verbs}), so: completed`,
          },
    };
  }
  const moving = strong.find((s) => s.signal === 'progress');
  if (moving) {
    const verbs = moving.progressVerbs.join('、');
    return {
      taskId: task.id,
      status: continuous ? 'ongoing' : 'on-track',
      confidence: round(Math.min(0.8, 0.3 + 0.45 * moving.score)),
      suggested: true,
      basis: 'progress',
      evidence: [quoteOf(moving)],
      explanation: {
        zh: `回顾中“${short(moving.focus.quote)}”含推进类动词（${verbs}），建议：${continuous ? '常态化推进' : '序时推进'}`,
        en: `the review says “${short(moving.focus.quote)}” with a progress verb (${verbs}), so: ${continuous ? 'ongoing' : 'on track'}`,
      },
    };
  }
  return {
    taskId: task.id,
    status: 'unknown',
    confidence: 0,
    suggested: true,
    basis: 'none',
    evidence: strong.slice(0, 1).map(quoteOf),
    explanation:
      strong.length > 0
        ? {
            zh: `回顾提到该任务（“${short(strong[0]?.focus.quote ?? '')}”），但没有完成或推进类动词，状态未知`,
            en: `the review mentions the task (“${short(strong[0]?.focus.quote ?? '')}”) without a completion or progress verb; status unknown`,
          }
        : {
            zh: '回顾部分没有足够相关的句子，状态未知',
            en: 'no sentence of the review speaks of the task closely enough; status unknown',
          },
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
