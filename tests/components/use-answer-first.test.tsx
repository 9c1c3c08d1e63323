/** @vitest-environment jsdom */
import { act, renderHook } from './render';
import { ANSWER_WAIT_MS, useAnswerFirst } from '../../src/app/use-answer-first';
import type { Filters } from '../../src/core/filters/filters';

const none: Filters = { places: [], topics: [], from: null, to: null };
const withPlaces = (...places: string[]): Filters => ({ ...none, places });

/** An engine whose answers the test gives out, one per state asked. */
function engine() {
  const asked: Array<{ next: Filters; answer: () => Promise<void>; fail: () => Promise<void> }> = [];
  const ask = (next: Filters) =>
    new Promise<void>((resolve, reject) => {
      asked.push({
        next,
        answer: async () => act(async () => resolve()),
        fail: async () => act(async () => reject(new Error('engine down'))),
      });
    });
  return { asked, ask };
}

function setup(ask: (next: Filters) => Promise<unknown> | null) {
  const written: Filters[] = [];
  const hook = renderHook(() => useAnswerFirst(ask, (next) => written.push(next)));
  return { written, hook };
}

describe('useAnswerFirst', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a change at once where the answer is at hand', () => {
    const { written, hook } = setup(() => null);
    act(() => hook.result.current.change(withPlaces('seoul')));
    expect(written).toEqual([withPlaces('seoul')]);
  });

  it('holds a change until the engine has answered for it, and writes it once', async () => {
    const { asked, ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('seoul')));
    expect(asked.map((a) => a.next)).toEqual([withPlaces('seoul')]);
    expect(written).toEqual([]);
    expect(hook.result.current.latest(none)).toEqual(withPlaces('seoul'));
    await asked[0].answer();
    expect(written).toEqual([withPlaces('seoul')]);
    expect(hook.result.current.latest(none)).toBe(none);
    act(() => void vi.advanceTimersByTime(ANSWER_WAIT_MS * 2));
    expect(written).toHaveLength(1);
  });

  it('writes a change without its answer once the wait is over, and not again when the answer comes', async () => {
    const { asked, ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('beijing')));
    act(() => void vi.advanceTimersByTime(ANSWER_WAIT_MS - 1));
    expect(written).toEqual([]);
    act(() => void vi.advanceTimersByTime(1));
    expect(written).toEqual([withPlaces('beijing')]);
    await asked[0].answer();
    expect(written).toHaveLength(1);
  });

  it('writes clicks made in quick succession once, the last, by the first click’s deadline at the latest', async () => {
    const { asked, ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('seoul')));
    act(() => void vi.advanceTimersByTime(60));
    act(() => hook.result.current.change(withPlaces('seoul', 'busan')));
    // The first state's answer is not the one the page waits for.
    await asked[0].answer();
    expect(written).toEqual([]);
    act(() => void vi.advanceTimersByTime(ANSWER_WAIT_MS - 60));
    expect(written).toEqual([withPlaces('seoul', 'busan')]);
    await asked[1].answer();
    expect(written).toHaveLength(1);
  });

  it('writes a change whose query failed, so that the panels can say so', async () => {
    const { asked, ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('qingdao')));
    await asked[0].fail();
    expect(written).toEqual([withPlaces('qingdao')]);
  });

  it('writes a waiting change at once when settled (another change to the view comes after it), and only once', async () => {
    const { asked, ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('gyeongju')));
    act(() => hook.result.current.settle());
    expect(written).toEqual([withPlaces('gyeongju')]);
    act(() => hook.result.current.settle());
    await asked[0].answer();
    act(() => void vi.advanceTimersByTime(ANSWER_WAIT_MS));
    expect(written).toHaveLength(1);
  });

  it('drops a waiting change when the page goes', () => {
    const { ask } = engine();
    const { written, hook } = setup(ask);
    act(() => hook.result.current.change(withPlaces('seoul')));
    hook.unmount();
    act(() => void vi.advanceTimersByTime(ANSWER_WAIT_MS * 2));
    expect(written).toEqual([]);
  });
});
