import type { EventDraft, ProposedEvent } from '../../../../pipeline/ingest/extract';
import type { IngestResult } from '../../../../pipeline/ingest/ingest';
import { datasetOf } from '../../../../pipeline/ingest/to-dataset';
import type { GazetteerPlace } from '../../../../pipeline/ingest/types';
import type { Dataset } from '../../../core/dataset/schema';

/**
 * The dataset of one accepted event: its reviewed draft on the sentences it
 * was read from, the lead flag kept, and its place (if any) from the
 * gazetteer. The lead event's evidence is every sentence no other event
 * claims; events are accepted one at a time here, so the other proposals'
 * sentences stay claimed whatever became of them, and the lead's evidence
 * is what it would be with the whole article's dataset.
 */
export function acceptedDataset(result: IngestResult, proposal: ProposedEvent, draft: EventDraft, place: GazetteerPlace | undefined, builtOn: string): Dataset {
  const others = new Set(result.extraction.proposals.filter((p) => p !== proposal && !p.lead).flatMap((p) => p.sentences));
  const sentences = result.extraction.sentences.filter((s) => !others.has(s) || proposal.sentences.includes(s));
  return datasetOf(result.article, sentences, [{ draft, sentences: proposal.sentences, lead: proposal.lead }], place ? [place] : [], builtOn);
}
