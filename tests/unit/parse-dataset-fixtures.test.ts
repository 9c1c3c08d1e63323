import { readdirSync, readFileSync } from 'node:fs';
import { BAD_DATASET_DIR, BAD_DATASETS } from '../fixtures/bad-dataset-cases';
import { parseDatasetText, type DatasetResult } from '../../src/core/dataset/parse-dataset';

const problems = (result: DatasetResult) => (result.ok ? result.warnings : result.errors).map((p) => `${p.path}: ${p.message}`);

describe('the bad-dataset fixtures', () => {
  it('start from a valid dataset, so each has only the defect it is named for', () => {
    const result = parseDatasetText(readFileSync(new URL('../fixtures/small-dataset.json', import.meta.url), 'utf8'));
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.dataset.events).toHaveLength(4);
  });

  it('are all listed, once each, and there are at least 30', () => {
    const names = BAD_DATASETS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    const files = readdirSync(BAD_DATASET_DIR).map((f) => f.replace(/\.json$/, ''));
    expect(names).toEqual(expect.arrayContaining(files));
    expect(names.length).toBeGreaterThanOrEqual(30);
  });
});

describe('every bad dataset gives a named error or a counted partial load', () => {
  it.each(BAD_DATASETS.map((d) => [d.name, d] as const))('%s', (_name, fixture) => {
    const result = parseDatasetText(fixture.text());
    switch (fixture.outcome) {
      case 'error':
        expect(result.ok).toBe(false);
        expect(problems(result)).toEqual(fixture.problems);
        break;
      case 'partial':
        expect(result.ok).toBe(true);
        expect(problems(result)).toEqual(fixture.problems);
        expect(result.ok && result.skippedEvents).toBe(fixture.skipped);
        expect(result.ok && result.dataset.events).toHaveLength(fixture.events);
        break;
      case 'empty':
        expect(result.ok).toBe(true);
        expect(problems(result)).toEqual([]);
        expect(result.ok && result.dataset.events).toEqual([]);
        break;
    }
    // Every problem names a field (with its row where there is one), never just "invalid".
    for (const problem of problems(result)) expect(problem).toMatch(/^(\(file\)|\(root\)|[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*): /);
  });

  it('does not let "__proto__" keys change any object', () => {
    parseDatasetText(BAD_DATASETS.find((d) => d.name === 'prototype-keys')!.text());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('title');
  });
});
