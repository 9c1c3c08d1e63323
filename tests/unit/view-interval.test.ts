import { decodeView, encodeView, EMPTY_VIEW, INTERVAL } from '../../src/core/view/view-state';

describe('the presentation interval in the URL', () => {
  it.each([
    ['', INTERVAL.default],
    ['?interval=20', 20],
    ['?interval=600', 600],
    ['?interval=1', 1],
    ['?interval=0.2', 0.2],
    ['?interval=0.1', 0.1],
    ['?interval=2.25', 2.25],
    // Dropped: too short, too long, too precise, or not a number.
    ['?interval=0.05', INTERVAL.default],
    ['?interval=0', INTERVAL.default],
    ['?interval=601', INTERVAL.default],
    ['?interval=1.125', INTERVAL.default],
    ['?interval=.5', INTERVAL.default],
    ['?interval=-1', INTERVAL.default],
    ['?interval=1e2', INTERVAL.default],
    ['?interval=Infinity', INTERVAL.default],
    ['?interval=NaN', INTERVAL.default],
    ['?interval=', INTERVAL.default],
  ])('%s -> %d s', (search, seconds) => expect(decodeView(search).interval).toBe(seconds));

  it('round-trips a fraction and leaves the default out', () => {
    expect(encodeView({ ...EMPTY_VIEW, interval: 0.2 })).toBe('?interval=0.2');
    expect(encodeView({ ...EMPTY_VIEW, interval: INTERVAL.default })).toBe('');
  });
});
