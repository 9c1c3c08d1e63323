/** @vitest-environment jsdom */
import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import { syntheticDataset } from '../../bench/synthetic';
import { EventList, VIRTUAL_ABOVE } from '../../src/features/events/components/event-list';

const dataset = syntheticDataset({ events: 5000, places: 30, seed: 2, topics: [{ id: 'trade', label: 'Trade', description: 'Trade.' }] });
const placesById = new Map(dataset.places.map((p) => [p.id, p]));

describe('EventList', () => {
  it.each([
    ['a short list renders every row', VIRTUAL_ABOVE, VIRTUAL_ABOVE],
    ['a long list renders a window of rows', 5000, null],
  ])('%s', (_name, size, expected) => {
    render(<EventList events={dataset.events.slice(0, size)} placesById={placesById} chosenId={null} onChoose={() => {}} />);
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    if (expected !== null) expect(rows).toHaveLength(expected);
    else {
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(100);
      expect(rows[0]).toHaveAttribute('aria-setsize', String(size));
      expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    }
  });

  it('a row of a long list is a toggle button that chooses its event', async () => {
    const onChoose = vi.fn();
    const events = dataset.events.slice(0, 1000);
    render(<EventList events={events} placesById={placesById} chosenId={events[0].id} onChoose={onChoose} />);
    const first = within(screen.getByRole('list')).getAllByRole('button')[0];
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(first).toHaveTextContent(events[0].title);
    await userEvent.click(first);
    expect(onChoose).toHaveBeenCalledWith(null);
  });

  it('says so when nothing matches', () => {
    render(<EventList events={[]} placesById={placesById} chosenId={null} onChoose={() => {}} />);
    expect(screen.getByText(/No events match the filters/)).toBeInTheDocument();
  });
});
