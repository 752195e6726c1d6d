import { z } from 'zod';
import { TASK_STATUSES } from '../dataset/dataset.vocabulary.js';
import { IsoDate, Period } from '../period/period.schema.js';
import { SourceRef } from '../source/source.schema.js';

/**
 * Where a task stands: 未启动 `not-started`, 序时推进 `on-track`, 滞后 `at-risk`, 已完成 `completed`,
 * 部分完成 `partly-completed`, 常态化推进 `ongoing`, 取消 `dropped`, `unknown`.
 */
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** A status recorded at a date or period, with what it rests on. */
export const StatusEntry = z.strictObject({
  status: TaskStatus,
  /** When the status held: a date (2025-06-30) or a period (2025-Q2). */
  asOf: z.union([IsoDate, Period]),
  note: z.string().optional(),
  source: SourceRef.optional(),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

/** A 重点任务: one numbered commitment of a report, with the units that lead it. */
export const Task = z
  .strictObject({
    id: z.string().min(1),
    reportId: z.string().min(1),
    /** 序号: the number the document gives the task. */
    seq: z.number().int().positive(),
    text: z.string().min(1),
    /** 牵头单位: the units that lead, in the document's order. */
    leadUnitIds: z.array(z.string().min(1)).min(1),
    /** 配合单位, 协同单位: units listed beside the lead units, kept apart from them. */
    supportUnitIds: z.array(z.string().min(1)).default([]),
    category: z.string().min(1).optional(),
    /**
     * 完成时限: when the list says the task is due, as written (`全年`, `6月底前`, `2025年12月`,
     * `长期坚持`). Kept as text because lists write it in words, spans and conditions that no single
     * date or period can hold without guessing. (schemaVersion 3)
     */
    deadline: z.string().min(1).optional(),
    /**
     * 责任领导: the official (a person, not a unit) the list names as answerable for the task, as
     * written; several names stay in one string as the document separates them. (schemaVersion 3)
     */
    responsibleLeader: z.string().min(1).optional(),
    /** Targets read from the task's own text. */
    targetIds: z.array(z.string().min(1)).default([]),
    statusHistory: z.array(StatusEntry).default([]),
    /** The same work in an earlier year's report. */
    previousTaskIds: z.array(z.string().min(1)).default([]),
    source: SourceRef.optional(),
  })
  .meta({ description: 'A 重点任务 with its lead units (牵头单位)' });
export type Task = z.infer<typeof Task>;
