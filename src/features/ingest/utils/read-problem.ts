import { IngestError, type IngestProblemCode } from '../../../../pipeline/ingest/types';

/** Why an article was not read, as the dialog says it. */
export type ReadProblem = { code: IngestProblemCode | 'file-type' | 'unexpected'; message: string };

/** Whether the problem is with the publication date, which the person can then give. */
export const asksForDate = (problem: ReadProblem | null) => problem?.code === 'no-date' || problem?.code === 'bad-published';

/**
 * The message for whatever reading an article threw. The ingest's messages
 * are written for the command line: its hints name CLI flags, which mean
 * nothing here, so they become the dialog's own words.
 */
export function problemOf(caught: unknown): ReadProblem {
  if (caught instanceof IngestError) {
    if (caught.code === 'no-date') return { code: caught.code, message: `${caught.message.replace(/; give it with --published.*$/, '')}. Give the publication date below and read it again.` };
    return { code: caught.code, message: caught.message };
  }
  // A bug in the reader must not take the dashboard down with it: say so, and leave the dataset as it is.
  return { code: 'unexpected', message: `The article could not be read (${caught instanceof Error ? caught.message : String(caught)}). Nothing was changed.` };
}
