import { z } from 'zod';

/** Where a figure or a task was read: the report, the words quoted and their character offset. */
export const SourceRef = z
  .strictObject({
    /** The report the figure was read from. */
    reportId: z.string().min(1),
    /** The words of the document, as written. */
    quote: z.string().min(1),
    /** The character offset of the quote in the document's text. */
    offset: z.number().int().nonnegative(),
    /** The 1-based line of the quote, when known. */
    line: z.number().int().positive().optional(),
  })
  .meta({ description: 'Where a record was read: report, quote and character offset' });
export type SourceRef = z.infer<typeof SourceRef>;
