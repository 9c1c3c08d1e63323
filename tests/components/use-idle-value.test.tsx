/** @vitest-environment jsdom */
import { act, renderHook } from './render';
import { flushSync } from 'react-dom';
import { flushIdleValues, useIdleValue } from '../../src/shared/use-idle-value';

// jsdom has no requestIdleCallback: the hook then hands a change over on the timer tick after the value has stayed the same for 150 ms.
describe('useIdleValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns the first value at once, and a change only once the wait is over', () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    act(() => void vi.advanceTimersByTime(149));
    expect(result.current).toBe('a');
    act(() => void vi.advanceTimersByTime(2));
    expect(result.current).toBe('b');
  });

  it('holds a quick series of changes back until it stops, then hands over the last, even when the browser is idle at once', () => {
    // A browser with nothing else to do: idle callbacks run on the next timer tick.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => window.setTimeout(run, 1));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => window.clearTimeout(handle));
    onTestFinished(() => void vi.unstubAllGlobals());
    const seen: number[] = [];
    const { rerender } = renderHook(({ value }) => {
      const later = useIdleValue(value);
      seen.push(later);
      return later;
    }, { initialProps: { value: 0 } });
    for (let value = 1; value <= 20; value += 1) {
      rerender({ value });
      act(() => void vi.advanceTimersByTime(100));
    }
    expect(new Set(seen)).toEqual(new Set([0]));
    act(() => void vi.advanceTimersByTime(51));
    expect(seen.at(-1)).toBe(20);
    expect(new Set(seen)).toEqual(new Set([0, 20]));
  });

  it('skips the values it never got round to: only the latest arrives', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(({ value }) => {
      const later = useIdleValue(value);
      seen.push(later);
      return later;
    }, { initialProps: { value: 'a' } });
    rerender({ value: 'b' });
    act(() => void vi.advanceTimersByTime(100));
    rerender({ value: 'c' });
    act(() => void vi.advanceTimersByTime(151));
    expect(new Set(seen)).toEqual(new Set(['a', 'c']));
  });

  it('applies a waiting change at once when flushed, for a print or a picture', () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    expect(result.current).toBe(1);
    act(() => flushSync(() => flushIdleValues()));
    expect(result.current).toBe(2);
    // Nothing is left waiting: the timer does not apply it a second time.
    act(() => void vi.advanceTimersByTime(1000));
    expect(result.current).toBe(2);
  });

  it('forgets a change when the component goes', () => {
    const { result, rerender, unmount } = renderHook(({ value }) => useIdleValue(value), { initialProps: { value: 'x' } });
    rerender({ value: 'y' });
    unmount();
    expect(() => flushIdleValues()).not.toThrow();
    expect(result.current).toBe('x');
  });
});
