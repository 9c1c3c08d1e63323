import type { Dataset, ThawEvent } from '../dataset/schema';

/**
 * Which events a view shows by how they were coded: curated and reviewed
 * ones (quoted evidence), machine-coded ones (GDELT, ACLED), or all.
 */
export const CODINGS = ['all', 'curated', 'machine'] as const;
export type Coding = (typeof CODINGS)[number];

export const isMachineCoded = (event: Pick<ThawEvent, 'machine'>) => event.machine !== undefined;

/** How many events of each coding a list holds. */
export function codingCounts(events: ReadonlyArray<Pick<ThawEvent, 'machine'>>): { curated: number; machine: number } {
  let machine = 0;
  for (const event of events) if (event.machine !== undefined) machine += 1;
  return { curated: events.length - machine, machine };
}

/**
 * The dataset with only the events of `coding`: the same object when it
 * keeps them all, so nothing downstream is recomputed for the default.
 */
export function datasetOfCoding<D extends Pick<Dataset, 'events'>>(dataset: D, coding: Coding): D {
  if (coding === 'all') return dataset;
  const events = dataset.events.filter((event) => isMachineCoded(event) === (coding === 'machine'));
  return events.length === dataset.events.length ? dataset : { ...dataset, events };
}
