/** @vitest-environment jsdom */
import { act, render, screen } from './render';
import { AfterPaint } from '../../src/shared/after-paint';

/** An IntersectionObserver the test drives: `report` tells the observers with a given rootMargin whether the box intersects. */
class FakeObserver {
  static all: FakeObserver[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe() {}
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  takeRecords() {
    return [];
  }
}

const NEAR = '200px';

/** Reports to the observers that watch the screen itself (no margin) or the screen and NEAR around it. */
function report(watching: 'screen' | 'near', isIntersecting: boolean) {
  const margin = watching === 'near' ? NEAR : undefined;
  for (const observer of FakeObserver.all.filter((o) => !o.disconnected && o.options.rootMargin === margin)) {
    act(() => observer.callback([{ isIntersecting } as IntersectionObserverEntry], observer as unknown as IntersectionObserver));
  }
}

/** Lets `ms` pass a frame at a time, with React's renders and effects between frames as in a browser. */
async function wait(ms: number) {
  for (let passed = 0; passed < ms; passed += 16) await act(async () => void (await vi.advanceTimersByTimeAsync(Math.min(16, ms - passed))));
}

describe('AfterPaint with a margin (a chart that may be off screen)', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // A browser with nothing else to do: idle callbacks run on the next timer tick.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => window.setTimeout(run, 1));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => window.clearTimeout(handle));
    render(
      <AfterPaint near={NEAR} fallback={<p>Chart waiting</p>}>
        {() => <p>Chart drawn</p>}
      </AfterPaint>,
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  type Step = ['report', 'screen' | 'near', boolean] | ['wait', number] | ['expect', 'drawn' | 'waiting'] | ['input'];
  // The reader's first input is once per page: the case before it comes first.
  const cases: Array<[string, Step[]]> = [
    ['only near the screen, is not drawn before the reader first moves on the page', [['report', 'near', true], ['wait', 5000], ['expect', 'waiting'], ['input'], ['wait', 350], ['expect', 'waiting'], ['wait', 150], ['expect', 'drawn']]],
    ['is drawn as soon as it is on screen', [['report', 'near', true], ['report', 'screen', true], ['wait', 50], ['expect', 'drawn']]],
    ['is not drawn while it is neither on screen nor near it', [['report', 'near', false], ['report', 'screen', false], ['wait', 5000], ['expect', 'waiting']]],
    [
      'only near the screen, waits a moment, so that it does not hold up what the user does first',
      [['report', 'near', true], ['wait', 350], ['expect', 'waiting'], ['wait', 150], ['expect', 'drawn']],
    ],
    ['near the screen and gone again before the moment is over, is not drawn', [['report', 'near', true], ['wait', 200], ['report', 'near', false], ['wait', 5000], ['expect', 'waiting']]],
    ['near the screen, then on it before the moment is over, is drawn at once', [['report', 'near', true], ['wait', 100], ['report', 'screen', true], ['wait', 50], ['expect', 'drawn']]],
  ];

  it.each(cases)('%s', async (_, steps) => {
    for (const step of steps) {
      if (step[0] === 'input') window.dispatchEvent(new Event('scroll'));
      else if (step[0] === 'report') report(step[1], step[2]);
      else if (step[0] === 'wait') await wait(step[1]);
      else expect(screen.getByText(step[1] === 'drawn' ? 'Chart drawn' : 'Chart waiting')).toBeInTheDocument();
    }
  });
});
