import { decodeView, encodeView, EMPTY_VIEW } from '../../src/core/view/view-state';

describe('decodeView', () => {
  it.each([
    ['', {}],
    ['?places=seoul,qingdao', { places: ['seoul', 'qingdao'] }],
    ['?topics=thaad&from=2019-01-01&to=2020-12-31', { topics: ['thaad'], from: '2019-01-01', to: '2020-12-31' }],
    ['?event=2019-12-04-wang-yi-seoul', { event: '2019-12-04-wang-yi-seoul' }],
    ['?data=/data/other.json', { data: '/data/other.json' }],
    // Bad values are dropped, not thrown.
    ['?places=seoul,Not%20An%20Id,<script>', { places: ['seoul'] }],
    ['?from=2023-02-30&to=yesterday', {}],
    ['?from=1800-01-01&to=0000-02-29', {}],
    ['?from=1900-01-01&to=2100-12-31', { from: '1900-01-01', to: '2100-12-31' }],
    ['?event=%E2%9C%93', {}],
    ['?topics=', {}],
    ['?unknown=1&places', {}],
    ['?%E0%A4%A', {}],
  ])('%s', (search, expected) => {
    expect(decodeView(search)).toEqual({ ...EMPTY_VIEW, ...expected });
  });
});

describe('encodeView', () => {
  it.each([
    [EMPTY_VIEW, ''],
    [{ ...EMPTY_VIEW, places: ['seoul'], topics: ['thaad', 'culture'] }, '?places=seoul&topics=thaad,culture'],
    [{ ...EMPTY_VIEW, from: '2019-01-01', event: 'x' }, '?from=2019-01-01&event=x'],
  ])('%j -> %s', (view, search) => {
    expect(encodeView(view)).toBe(search);
    expect(decodeView(search)).toEqual(view);
  });
});
