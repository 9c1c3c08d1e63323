import { IngestError, type IngestProblemCode } from '../../../../pipeline/ingest/types';

/** Why an article was not read, as the dialog says it. */
export type ReadProblem = { code: IngestProblemCode | 'file-type' | 'unexpected'; message: string; name?: string; detail?: string };

/** Whether the problem is with the publication date, which the person can then give. */
export const asksForDate = (problem: ReadProblem | null) => problem?.code === 'no-date' || problem?.code === 'bad-published';

/**
 * The message for whatever reading an article threw. The ingest's messages
 * are written for the command line: its hints name CLI flags, which mean
 * nothing here, so they become the dialog's own words.
 */
export function problemOf(caught: unknown): ReadProblem {
  if (caught instanceof IngestError) {
    const name = caught.message.slice(0, Math.max(0, caught.message.indexOf(': ')));
    if (caught.code === 'no-date') return { code: caught.code, name, message: `${caught.message.replace(/; give it with --published.*$/, '')}. Give the publication date below and read it again.` };
    return { code: caught.code, name, message: caught.message };
  }
  // A bug in the reader must not take the dashboard down with it: say so, and leave the dataset as it is.
  const detail = caught instanceof Error ? caught.message : String(caught);
  return { code: 'unexpected', detail, message: `The article could not be read (${detail}). Nothing was changed.` };
}
