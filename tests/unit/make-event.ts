import type { ThawEvent } from '../../src/core/dataset/schema';

/** A minimal valid event for tests: override only what the test is about. */
export function makeEvent(overrides: Partial<ThawEvent> & { topicIds?: string[] } = {}): ThawEvent {
  const { topicIds = [], ...rest } = overrides;
  return {
    id: 'e',
    title: 'An event',
    date: '2020-01-01',
    datePrecision: 'day',
    status: 'held',
    kind: { cameo: '042', label: 'Make a visit', goldstein: 1.9 },
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [],
    topics: topicIds.map((id) => ({ id, mentions: 1, evidence: [] })),
    thaw: { score: 0, components: { goldstein: 1.9, goldsteinWeight: 0.5, tone: 0, toneWeight: 1, sentences: 0 }, evidence: [] },
    sources: [{ sourceId: 's', quote: 'q' }],
    ...rest,
  };
}

export const withScore = (event: ThawEvent, score: number): ThawEvent => ({ ...event, thaw: { ...event.thaw, score } });
