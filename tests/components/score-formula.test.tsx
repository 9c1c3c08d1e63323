/** @vitest-environment jsdom */
import { render, screen } from './render';
import type { Place, ThawEvent } from '../../src/core/dataset/schema';
import { EventDetail } from '../../src/features/events/components/event-detail';
import { ThawEvidence } from '../../src/features/thaw/components/thaw-evidence';
import { makeEvent } from '../unit/make-event';

const place: Place = { id: 'seoul', name: 'Seoul', country: 'KR', lat: 37.57, lon: 126.98 };
const weighted = (id: string, goldsteinWeight: number, toneWeight: number, tone: number): ThawEvent => {
  const event = makeEvent({ id, title: `Event ${id}` });
  return { ...event, thaw: { ...event.thaw, components: { goldstein: 4, goldsteinWeight, tone, toneWeight, sentences: 2 } } };
};
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('the score formula shows the weights the dataset gives', () => {
  it.each([
    [0.5, 1, 0.4, '= ½ × +4.0 + mean tone +0.4 over 2 sentences', '½ × +4.0 (Make a visit, CAMEO 042) + 0.40 tone over 2 sentences'],
    [0.25, 2, -0.4, '= 0.25 × +4.0 + 2 × mean tone -0.4 over 2 sentences', '0.25 × +4.0 (Make a visit, CAMEO 042) − 2 × 0.40 tone over 2 sentences'],
  ])('Goldstein weight %d, tone weight %d', (goldsteinWeight, toneWeight, tone, detail, evidence) => {
    const event = weighted('a', goldsteinWeight, toneWeight, tone);
    const { unmount } = render(<EventDetail event={event} place={place} sourcesById={new Map()} topicsById={new Map()} inFilters onClose={() => {}} />);
    expect(text(screen.getByText('Thaw score').nextElementSibling!.querySelector('.muted'))).toBe(detail);
    unmount();
    const list = render(<ThawEvidence id="ev" events={[event]} sourcesById={new Map()} onChoose={() => {}} />);
    expect(text(list.container.querySelector('.thaw-evidence__parts'))).toBe(`1 Jan 2020 · ${evidence}`);
    list.unmount();
  });

  it('the evidence names no weight when events differ', () => {
    render(<ThawEvidence id="ev" events={[weighted('a', 0.5, 1, 0), weighted('b', 0.5, 2, 0)]} sourcesById={new Map()} onChoose={() => {}} />);
    expect(screen.getByText(/^Index = mean of the event scores\./)).toHaveTextContent(/\+ weight × mean tone of its sentences about the relationship\.$/);
  });
});
