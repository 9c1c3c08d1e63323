import type { Dataset } from '../src/core/dataset/schema';
import type { Filters } from '../src/core/filters/filters';
import { mulberry32 } from './synthetic';

/**
 * A fixed sequence of filter states, as a user would click through them:
 * topics toggled, places toggled, date ranges dragged, and combinations,
 * cleared now and then. Deterministic for a dataset and seed.
 */
export function filterSequence(dataset: Pick<Dataset, 'places' | 'topics'>, length = 50, seed = 42): Filters[] {
  const random = mulberry32(seed);
  const pickOne = <T,>(list: ReadonlyArray<T>) => list[Math.floor(random() * list.length)];
  // The busiest places come first in a Zipf-skewed dataset; users click those most.
  const places = dataset.places.slice(0, 30).map((p) => p.id);
  const topics = dataset.topics.map((t) => t.id);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const sequence: Filters[] = [];
  let state: Filters = { places: [], topics: [], from: null, to: null };
  for (let i = 0; i < length; i += 1) {
    const kind = i % 5;
    if (kind === 0) state = { ...state, topics: toggle([...state.topics], pickOne(topics)) };
    else if (kind === 1) state = { ...state, places: toggle([...state.places], pickOne(places)) };
    else if (kind === 2) {
      const from = 1992 + Math.floor(random() * 30);
      const to = Math.min(2026, from + 1 + Math.floor(random() * 8));
      state = { ...state, from: `${from}-01-01`, to: `${to}-12-31` };
    } else if (kind === 3) state = { places: [pickOne(places)], topics: [pickOne(topics), pickOne(topics)], from: `${2000 + Math.floor(random() * 20)}-06-01`, to: null };
    else state = random() < 0.5 ? { places: [], topics: [], from: null, to: null } : { ...state, from: null, to: null };
    sequence.push(state);
  }
  return sequence;
}
