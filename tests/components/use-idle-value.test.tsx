/** @vitest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { flushIdleValues, useIdleValue } from '../../src/app/use-idle-value';

// jsdom has no requestIdleCallback: the hook then waits its longest, on a timer.
describe('useIdleValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns the first value at once, and a change only once the wait is over', () => {
    const { result, rerender } = renderHook(({ value }) => useIdleValue(value), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    act(() => void vi.advanceTimersByTime(299));
    expect(result.current).toBe('a');
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe('b');
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
    act(() => void vi.advanceTimersByTime(300));
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
