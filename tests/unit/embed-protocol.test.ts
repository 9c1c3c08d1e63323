import { allowedOrigins, filtersMessage, heightMessage, hostOrigin, readIncoming } from '../../src/core/embed/protocol';

const allowed = allowedOrigins('https://thaw.example', 'https://news.example, http://localhost:4174 not-a-url ftp://files.example');

describe('allowedOrigins', () => {
  it('is the page origin plus the configured http(s) origins', () => {
    expect([...allowed]).toEqual(['https://thaw.example', 'https://news.example', 'http://localhost:4174']);
    expect([...allowedOrigins('https://thaw.example', undefined)]).toEqual(['https://thaw.example']);
  });
});

describe('readIncoming', () => {
  const ok = { type: 'thaw-monitor:set-filters', filters: { topics: ['thaad'], from: '2019-01-01' } };
  it.each<[string, unknown, string, string | null]>([
    ['a valid message from an allowed origin', ok, 'https://news.example', null],
    ['the page itself', ok, 'https://thaw.example', null],
    ['a foreign origin', ok, 'https://evil.example', 'origin https://evil.example is not allowed'],
    ['an allowed origin with a path-like twin', ok, 'https://news.example.evil', 'origin https://news.example.evil is not allowed'],
    ['another type', { type: 'thaw-monitor:height', height: 3 }, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['a string', JSON.stringify(ok), 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['null', null, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['a bad date', { ...ok, filters: { from: '2023-02-30' } }, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['markup in an id', { ...ok, filters: { places: ['<img src=x onerror=alert(1)>'] } }, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['an unknown key', { ...ok, filters: { ...ok.filters, mode: 'present' } }, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
    ['too many ids', { ...ok, filters: { topics: Array.from({ length: 201 }, (_, i) => `t${i}`) } }, 'https://news.example', 'not a valid thaw-monitor:set-filters message'],
  ])('%s', (_name, data, origin, reason) => {
    const result = readIncoming(data, origin, allowed);
    if (reason === null) expect(result).toEqual({ ok: true, filters: { places: [], topics: ['thaad'], from: '2019-01-01', to: null, event: null } });
    else expect(result).toEqual({ ok: false, reason });
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
