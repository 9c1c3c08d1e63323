import { byStoryOrder } from '../dataset/describe';
import type { ThawEvent } from '../dataset/schema';
import { summarizeThaw, type ThawSummary } from '../filters/aggregate';

export type Step = {
  event: ThawEvent;
  /** 0-based position, and how many steps there are. */
  index: number;
  total: number;
  /** The thaw index over this event and all before it. */
  reading: ThawSummary;
  /** The quote shown with the step: the event's first supporting quote. */
  quote: { sourceId: string; quote: string } | null;
};

/** The events in date order (oldest first, ties by id): the order of the story. */
export function storyOrder(events: ReadonlyArray<ThawEvent>): ThawEvent[] {
  return [...events].sort(byStoryOrder);
}

/**
 * The step at `index` of a presentation of `story` (in story order), with
 * the running thaw reading up to it. `index` wraps around in both
 * directions, so the show loops. Null for an empty story.
 */
export function stepAt(story: ReadonlyArray<ThawEvent>, index: number): Step | null {
  if (story.length === 0) return null;
  const i = ((index % story.length) + story.length) % story.length;
  const event = story[i];
  return {
    event,
    index: i,
    total: story.length,
    reading: summarizeThaw(story.slice(0, i + 1)),
    quote: event.sources[0]?.quote ? { sourceId: event.sources[0].sourceId, quote: event.sources[0].quote } : null,
  };
}
