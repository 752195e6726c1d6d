import { z } from 'zod';
import { SCHEMA_VERSION } from './dataset.vocabulary.js';
import { Evidence, SuggestedStatus } from '../evidence/evidence.schema.js';
import { Indicator } from '../indicator/indicator.schema.js';
import { Jurisdiction } from '../jurisdiction/jurisdiction.schema.js';
import { TaskLink } from '../lineage/lineage.schema.js';
import { Observation } from '../observation/observation.schema.js';
import { Report } from '../report/report.schema.js';
import { Target } from '../target/target.schema.js';
import { Task } from '../task/task.schema.js';
import { Unit } from '../unit/unit.schema.js';

export { SCHEMA_VERSION };

/**
 * The luoshi interchange format: reports, their tasks and lead units, indicators with targets and
 * actuals. Every package consumes it; `schema/dataset.schema.json` is generated from it.
 *
 * What luoshi suggests about tasks — links to last year's tasks, evidence from later reports, and
 * statuses read from that evidence — is kept in collections of its own (`taskLinks`, `evidence`,
 * `statusSuggestions`), apart from what a person recorded (`task.previousTaskIds`,
 * `task.statusHistory`). They are optional: a Dataset without them is complete.
 */
export const Dataset = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** A title for the collection, shown by tools that list datasets. */
    title: z.string().optional(),
    jurisdictions: z.array(Jurisdiction).default([]),
    reports: z.array(Report).default([]),
    units: z.array(Unit).default([]),
    indicators: z.array(Indicator).default([]),
    targets: z.array(Target).default([]),
    observations: z.array(Observation).default([]),
    tasks: z.array(Task).default([]),
    /** Suggested links from tasks of one year to their likely predecessors of the year before (`luoshi lineage`). */
    taskLinks: z.array(TaskLink).optional(),
    /** Sentences of later reports that speak of tasks (`luoshi evidence`). */
    evidence: z.array(Evidence).optional(),
    /** Statuses suggested from the evidence, for a person to confirm; recorded statuses stay in `task.statusHistory`. */
    statusSuggestions: z.array(SuggestedStatus).optional(),
  })
  .meta({
    title: 'luoshi Dataset',
    description: 'Government work reports: what was promised, who is responsible, and was it delivered',
  });

/** A validated Dataset (the output of {@link parseDataset}). */
export type Dataset = z.infer<typeof Dataset>;
/** A Dataset as written in JSON, before defaults are filled in. */
export type DatasetInput = z.input<typeof Dataset>;
