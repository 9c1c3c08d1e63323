/** @vitest-environment jsdom */
import { act, render, screen } from './render';
import type { Place, Source } from '../../src/core/dataset/schema';
import { EventDetail } from '../../src/features/events/components/event-detail';
import { Presentation } from '../../src/features/presentation/components/presentation';
import { makeEvent } from '../unit/make-event';

/** Markup that would run a script if it were ever parsed as HTML. */
const attack = (where: string) => `<img src=x onerror="window.ran='${where}'"><script>window.ran='${where}'</script>`;

const place: Place = { id: 'seoul', name: attack('place'), country: 'KR', lat: 37.57, lon: 126.98 };
const source: Source = { id: 's', file: 'a.txt', outlet: attack('outlet'), published: '2020-01-01', headline: attack('headline') };
const event = makeEvent({ title: attack('title'), sources: [{ sourceId: 's', quote: attack('quote'), note: attack('note') }] });

afterEach(() => {
  delete (window as { ran?: string }).ran;
});

describe('titles and quotes are text, never HTML', () => {
  it('in the event details', () => {
    const { container } = render(<EventDetail event={event} place={place} sourcesById={new Map([['s', source]])} topicsById={new Map()} inFilters onClose={() => {}} />);
    expect(screen.getByRole('heading', { name: attack('title') })).toBeInTheDocument();
    expect(container.querySelector('q')).toHaveTextContent(attack('quote'), { normalizeWhitespace: false });
    expect(container.textContent).toContain(attack('headline'));
    expect(container.textContent).toContain(attack('note'));
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect((window as { ran?: string }).ran).toBeUndefined();
  });

  it('in the presentation', async () => {
    const { container, unmount } = render(
      <Presentation events={[event]} places={[place]} placesById={new Map([['seoul', place]])} sourcesById={new Map([['s', source]])} bounds={[[30, 120], [40, 130]]} scaleMax={1} interval={600} onExit={() => {}} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: attack('title') })).toBeInTheDocument();
    expect(container.querySelector('blockquote')).toHaveTextContent(attack('quote'), { normalizeWhitespace: false });
    expect(container.querySelector('.presentation__when')?.textContent).toContain(attack('place'));
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain(attack('title'));
    expect(container.querySelectorAll('.presentation__card img, .presentation__card script')).toHaveLength(0);
    await act(async () => {});
    expect((window as { ran?: string }).ran).toBeUndefined();
    unmount();
  });
});
