import { z } from 'zod';
import { REPORT_KINDS } from '../dataset/dataset.vocabulary.js';
import { IsoDate } from '../period/period.schema.js';

/**
 * The kinds of document luoshi reads: 政府工作报告 (`work-report`), 计划执行情况与计划草案的报告
 * (`plan-report`), 重点任务责任分工 (`task-division`).
 */
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

const Year = z.number().int().min(1949).max(2200);

/** One document: a work report, a plan report or a task-division list. */
export const Report = z
  .strictObject({
    id: z.string().min(1),
    jurisdictionId: z.string().min(1),
    kind: ReportKind,
    title: z.string().min(1),
    /** The day it was delivered or published. */
    deliveredOn: IsoDate.optional(),
    /** The year the report looks back on (回顾). */
    reviewYear: Year.optional(),
    /** The year the report plans (安排). */
    planYear: Year.optional(),
    /** Who delivered or issued it (海珠区人民政府, 区长 …). */
    issuer: z.string().min(1).optional(),
    /** Where the text came from: a URL, a file name or a description. */
    source: z.string().min(1).optional(),
  })
  .meta({ description: 'A document: work report, plan report or task-division list' });
export type Report = z.infer<typeof Report>;
