import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticDataset } from '../../bench/synthetic';
import { parseDataset } from '../../src/core/dataset/parse-dataset';
import type { Dataset } from '../../src/core/dataset/schema';

const { topics } = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8')) as Dataset;

describe('syntheticDataset', () => {
  const dataset = syntheticDataset({ events: 5000, places: 200, seed: 7, topics });

  it('is valid against the schema, with no skipped rows', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.dataset.events).toHaveLength(5000);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticDataset({ events: 50, seed: 7, topics })).toEqual(syntheticDataset({ events: 50, seed: 7, topics }));
    expect(syntheticDataset({ events: 50, seed: 8, topics })).not.toEqual(syntheticDataset({ events: 50, seed: 7, topics }));
  });

  it('spans 1992-2026 and is skewed towards a few places', () => {
    const years = dataset.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1992);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    const counts = new Map<string, number>();
    for (const e of dataset.events) counts.set(e.placeId!, (counts.get(e.placeId!) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0] + sorted[1] + sorted[2]).toBeGreaterThan(dataset.events.length * 0.2);
    expect(counts.size).toBeGreaterThan(150);
  });
});
