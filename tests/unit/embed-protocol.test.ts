import { allowedOrigins, filtersMessage, fitsLimits, heightMessage, hostOrigin, MESSAGE_LIMITS, readIncoming, type IgnoredKind } from '../../src/core/embed/protocol';

const allowed = allowedOrigins('https://thaw.example', 'https://news.example, http://localhost:4174 not-a-url ftp://files.example');

const ids = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);

describe('allowedOrigins', () => {
  it('is the page origin plus the configured http(s) origins', () => {
    expect([...allowed]).toEqual(['https://thaw.example', 'https://news.example', 'http://localhost:4174']);
    expect([...allowedOrigins('https://thaw.example', undefined)]).toEqual(['https://thaw.example']);
  });
});

describe('readIncoming', () => {
  const ok = { type: 'thaw-monitor:set-filters', filters: { topics: ['thaad'], from: '2019-01-01' } };
  const shape = 'not a valid thaw-monitor:set-filters or thaw-monitor:set-language message';
  const size = 'the message is larger or deeper than a set-filters message can be';
  const full = { type: 'thaw-monitor:set-filters', filters: { places: ids(200), topics: ids(200), from: '2019-01-01', to: '2019-12-31', event: 'e' } };
  it.each<[string, unknown, string, IgnoredKind | null, string | null]>([
    ['a valid message from an allowed origin', ok, 'https://news.example', null, null],
    ['the page itself', ok, 'https://thaw.example', null, null],
    ['a foreign origin', ok, 'https://evil.example', 'origin', 'origin https://evil.example is not allowed'],
    ['an allowed origin with a path-like twin', ok, 'https://news.example.evil', 'origin', 'origin https://news.example.evil is not allowed'],
    ['a foreign origin, even when huge', 'x'.repeat(1e6), 'https://evil.example', 'origin', 'origin https://evil.example is not allowed'],
    ['another type', { type: 'thaw-monitor:height', height: 3 }, 'https://news.example', 'shape', shape],
    ['the type in capitals', { ...ok, type: 'THAW-MONITOR:SET-FILTERS' }, 'https://news.example', 'shape', shape],
    ['no filters', { type: 'thaw-monitor:set-filters' }, 'https://news.example', 'shape', shape],
    ['filters that are a string', { ...ok, filters: 'topics=thaad' }, 'https://news.example', 'shape', shape],
    ['filters that are null', { ...ok, filters: null }, 'https://news.example', 'shape', shape],
    ['a list that is a string', { ...ok, filters: { topics: 'thaad' } }, 'https://news.example', 'shape', shape],
    ['an id that is a number', { ...ok, filters: { topics: [7] } }, 'https://news.example', 'shape', shape],
    ['a string', JSON.stringify(ok), 'https://news.example', 'shape', shape],
    ['a number', 42, 'https://news.example', 'shape', shape],
    ['null', null, 'https://news.example', 'shape', shape],
    ['undefined', undefined, 'https://news.example', 'shape', shape],
    ['an array holding a valid message', [ok], 'https://news.example', 'size', size],
    ['a Map', new Map([['type', 'thaw-monitor:set-filters']]), 'https://news.example', 'shape', shape],
    ['a bad date', { ...ok, filters: { from: '2023-02-30' } }, 'https://news.example', 'shape', shape],
    ['a date with a time', { ...ok, filters: { from: '2019-01-01T00:00:00Z' } }, 'https://news.example', 'shape', shape],
    ['a date as a number', { ...ok, filters: { from: 20190101 } }, 'https://news.example', 'shape', shape],
    ['markup in an id', { ...ok, filters: { places: ['<img src=x onerror=alert(1)>'] } }, 'https://news.example', 'shape', shape],
    ['an unknown key', { ...ok, filters: { ...ok.filters, mode: 'present' } }, 'https://news.example', 'shape', shape],
    ['an unknown key beside the filters', { ...ok, extra: 1 }, 'https://news.example', 'shape', shape],
    ['__proto__ among the filters', { ...ok, filters: JSON.parse('{"__proto__":{"polluted":true}}') }, 'https://news.example', 'shape', shape],
    ['__proto__ hiding a list', { ...ok, filters: JSON.parse('{"__proto__":{"topics":["thaad"]}}') }, 'https://news.example', 'size', size],
    ['__proto__ on the message', JSON.parse('{"type":"thaw-monitor:set-filters","filters":{},"__proto__":{"polluted":true}}'), 'https://news.example', 'shape', shape],
    ['constructor.prototype', { ...ok, filters: { constructor: { prototype: true } } }, 'https://news.example', 'shape', shape],
    ['constructor.prototype with an object', { ...ok, filters: { constructor: { prototype: { polluted: true } } } }, 'https://news.example', 'size', size],
    ['too many ids', { ...ok, filters: { topics: ids(201) } }, 'https://news.example', 'shape', shape],
    ['100,000 topics', { ...ok, filters: { topics: ids(100_000) } }, 'https://news.example', 'size', size],
    ['a 5 MB string', 'x'.repeat(5 * 2 ** 20), 'https://news.example', 'size', size],
    ['a 5 MB id', { ...ok, filters: { topics: ['x'.repeat(5 * 2 ** 20)] } }, 'https://news.example', 'size', size],
    ['deep nesting', { ...ok, filters: { topics: [[['thaad']]] } }, 'https://news.example', 'size', size],
  ])('%s', (_name, data, origin, kind, reason) => {
    const result = readIncoming(data, origin, allowed);
    if (reason === null) expect(result).toEqual({ ok: true, filters: { places: [], topics: ['thaad'], from: '2019-01-01', to: null, event: null } });
    else expect(result).toEqual({ ok: false, kind, reason });
  });

  it('accepts the largest valid message', () => {
    expect(readIncoming(full, 'https://news.example', allowed)).toMatchObject({ ok: true, filters: { places: ids(200), topics: ids(200) } });
  });

  it('leaves Object.prototype alone', () => {
    readIncoming(JSON.parse('{"type":"thaw-monitor:set-filters","filters":{"__proto__":{"polluted":true}}}'), 'https://news.example', allowed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fitsLimits', () => {
  const limits = { values: 5, depth: 2, stringLength: 4 } as const;
  it.each<[string, unknown, boolean]>([
    ['a number', 1, true],
    ['a short string', 'abcd', true],
    ['a long string', 'abcde', false],
    ['an object within budget', { a: 1, b: 'x' }, true],
    ['an object over budget', { a: 1, b: 2, c: 3, d: 4, e: 5 }, false],
    ['a list that cannot fit, refused by its length', Array.from({ length: 10 }), false],
    ['a list that fits', [1, 2, 3], true],
    ['nesting at the limit', { a: [1] }, true],
    ['nesting past the limit', { a: { b: {} } }, false],
    ['a long key', { abcde: 1 }, false],
    ['a non-plain object counts once', new Date(0), true],
  ])('%s -> %s', (_name, data, fits) => expect(fitsLimits(data, limits)).toBe(fits));

  it('lets the largest valid message through with the real limits', () => {
    expect(MESSAGE_LIMITS.stringLength).toBe(128);
    expect(fitsLimits({ type: 'thaw-monitor:set-filters', filters: { places: ids(200), topics: ids(200), from: null, to: null, event: null } })).toBe(true);
  });
});

describe('hostOrigin', () => {
  it.each<[ArrayLike<string> | undefined, string, string | null]>([
    [['https://news.example'], '', 'https://news.example'],
    [[], 'https://blog.example/post/1', 'https://blog.example'],
    [undefined, '', null],
    [['null'], 'not a url', null],
  ])('%j, %s -> %s', (ancestors, referrer, expected) => expect(hostOrigin(ancestors, referrer)).toBe(expected));
});

describe('outgoing messages', () => {
  it('have the documented shapes', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'thaw-monitor:height', height: 813 });
    const filters = { places: ['seoul'], topics: [], from: null, to: null, event: null };
    expect(filtersMessage(filters)).toEqual({ type: 'thaw-monitor:filters', filters });
  });
});
