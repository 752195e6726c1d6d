import { z } from 'zod';
import { NEWER_TASK_KINDS, OLDER_TASK_KINDS } from '../dataset/dataset.vocabulary.js';

/**
 * A suggested link between a task of year N+1 and a likely predecessor of year N, as
 * {@link matchTasks} found it: "2025 task #55 continues 2024 task #17 (score 0.62, 环岛路沙渡路—南洲路段)".
 *
 * It is a machine's suggestion, kept apart from `task.previousTaskIds`, which records links a
 * person (or a document) made. A newer task has one link per predecessor listed, best first
 * (`rank` 1), including those below the threshold (`aboveThreshold: false`), so a reader sees the
 * nearest candidate too. A task of two compared lists that no link names had no candidate at all:
 * `new` in the newer list, `not-repeated` in the older.
 */
export const TaskLink = z
  .strictObject({
    /** The task of the later year (2025). */
    newerTaskId: z.string().min(1),
    /** Its likely predecessor, a task of the earlier year (2024). */
    olderTaskId: z.string().min(1),
    /** 1 for the newer task's best predecessor. */
    rank: z.number().int().positive(),
    /** How alike the two texts are: cosine of their TF-IDF term vectors, 0..1. */
    score: z.number().min(0).max(1),
    /** Whether `score` reaches the threshold the lineage was computed with (only those count). */
    aboveThreshold: z.boolean(),
    /** The names and words both texts hold, most telling first (环岛路沙渡路—南洲路段, 康鹭片区). */
    sharedTerms: z.array(z.string().min(1)).default([]),
    /** What became of the newer task: `continued`, `expanded` or `new`. */
    newerKind: z.enum(NEWER_TASK_KINDS),
    /** What became of the older task: `carried-over` or `not-repeated`. */
    olderKind: z.enum(OLDER_TASK_KINDS),
  })
  .meta({
    description:
      'A suggested link from a task of year N+1 to a likely predecessor of year N, with its score and shared terms',
  });
export type TaskLink = z.infer<typeof TaskLink>;
