import { BUILT_IN_DATASET_URL, sourceFromDataParam } from '../../src/features/dataset/api/data-source';

const base = 'http://localhost:4173/?data=x';

describe('sourceFromDataParam', () => {
  it.each([
    [null, { kind: 'url', url: BUILT_IN_DATASET_URL }, undefined],
    ['', { kind: 'url', url: BUILT_IN_DATASET_URL }, undefined],
    ['/data/other.json', { kind: 'url', url: '/data/other.json' }, undefined],
    ['data/other.json?v=2', { kind: 'url', url: '/data/other.json?v=2' }, undefined],
    ['https://example.org/events.json', { kind: 'url', url: 'https://example.org/events.json' }, undefined],
    ['javascript:alert(1)', { kind: 'url', url: BUILT_IN_DATASET_URL }, /"javascript:" addresses are not loaded/],
    ['data:application/json,{}', { kind: 'url', url: BUILT_IN_DATASET_URL }, /"data:" addresses are not loaded/],
    ['http://[::1', { kind: 'url', url: BUILT_IN_DATASET_URL }, /not a valid address/],
  ])('%s', (value, source, refused) => {
    const result = sourceFromDataParam(value, base);
    expect(result.source).toEqual(source);
    if (refused) expect(result.refused).toMatch(refused);
    else expect(result.refused).toBeUndefined();
  });
});
