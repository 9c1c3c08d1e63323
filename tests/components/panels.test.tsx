/** @vitest-environment jsdom */
import { fireEvent, render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import type { PlaceSummary, ThawSummary, TimeBucket, TopicCount } from '../../src/core/filters/aggregate';
import { thawBand } from '../../src/core/thaw/bands';
import { PlaceList, PLACES_LISTED } from '../../src/features/map/components/place-list';
import { ThawGauge } from '../../src/features/thaw/components/thaw-gauge';
import { Timeline } from '../../src/features/timeline/components/timeline';
import { TopicBars } from '../../src/features/topics/components/topic-bars';

const topic = (id: string, label: string) => ({ id, label, description: `${label}.` });

describe('TopicBars', () => {
  const counts: TopicCount[] = [
    { topic: topic('thaad', 'THAAD and missile defence'), count: 6 },
    { topic: topic('taiwan', 'Taiwan'), count: 1 },
  ];
  it('names each topic button by its label and shows its state', async () => {
    const onToggle = vi.fn();
    render(<TopicBars counts={counts} selected={['taiwan']} onToggle={onToggle} />);
    const thaad = screen.getByRole('button', { name: 'THAAD and missile defence 6 events' });
    expect(thaad).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Taiwan 1 event' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(thaad);
    expect(onToggle).toHaveBeenCalledWith('thaad');
  });

  it('draws each count as a bar against the largest, marks the selection, and toggles from the bar too', async () => {
    const onToggle = vi.fn();
    const { container } = render(<TopicBars counts={[...counts, { topic: topic('covid', 'COVID-19'), count: 0 }]} selected={['taiwan']} onToggle={onToggle} />);
    const rows = [...container.querySelectorAll('li')];
    expect(rows.map((row) => (row.querySelector('.topic-bars__bar') as HTMLElement).style.width)).toEqual(['100%', `${100 / 6}%`, '0%']);
    expect(rows.map((row) => row.className)).toEqual(['is-dimmed', 'is-selected', 'is-dimmed']);
    await userEvent.click(rows[0].querySelector('.topic-bars__track')!);
    expect(onToggle).toHaveBeenCalledWith('thaad');
  });

  it('draws no bar wider than its track when nothing is counted', () => {
    const { container } = render(<TopicBars counts={counts.map((c) => ({ ...c, count: 0 }))} selected={[]} onToggle={() => {}} />);
    expect([...container.querySelectorAll<HTMLElement>('.topic-bars__bar')].map((bar) => bar.style.width)).toEqual(['0%', '0%']);
    expect([...container.querySelectorAll('li')].map((row) => row.className)).toEqual(['', '']);
  });
});

describe('ThawGauge', () => {
  it.each<[ThawSummary, string, string]>([
    [{ n: 5, mean: 1.84, band: thawBand(1.84), change: { delta: 1.2, k: 2 } }, '1.8', '+1.8, Thawing'],
    [{ n: 2, mean: -6.7, band: thawBand(-6.7), change: null }, '-6.7', '-6.7, Frozen'],
  ])('%#: a meter named Thaw index', (summary, now, text) => {
    render(<ThawGauge summary={summary} evidence={{ open: false, onToggle: () => {}, id: 'ev' }} />);
    const meter = screen.getByRole('meter', { name: 'Thaw index' });
    expect(meter).toHaveAttribute('aria-valuemin', '-10');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(meter).toHaveAttribute('aria-valuetext', text);
    expect(meter).toHaveAttribute('aria-valuenow', now);
  });

  it('with no events to score, shows no meter (a meter needs a value) but says why', () => {
    render(<ThawGauge summary={{ n: 0, mean: null, band: null, change: null }} evidence={{ open: false, onToggle: () => {}, id: 'ev' }} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByRole('img', { name: 'Thaw index: no events to score' })).toBeInTheDocument();
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });

  it('opens the evidence from the number', async () => {
    const onToggle = vi.fn();
    render(<ThawGauge summary={{ n: 3, mean: 2, band: thawBand(2), change: { delta: -0.5, k: 1 } }} evidence={{ open: false, onToggle, id: 'ev' }} />);
    expect(screen.getByText(/-0.5 for the latest event against the one before/)).toBeInTheDocument();
    const value = screen.getByRole('button', { name: /\+2\.0 Thawing Evidence: 3 events/ });
    expect(value).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(value);
    expect(onToggle).toHaveBeenCalled();
  });
});

describe('Timeline date fields', () => {
  const buckets: TimeBucket[] = ['2019', '2020', '2021'].map((y) => ({ key: y, start: `${y}-01-01`, end: `${y}-12-31`, count: 1 }));
  it('sets the range from the fields and refuses an end before the start', async () => {
    const onRange = vi.fn();
    const { rerender } = render(<Timeline buckets={buckets} granularity="year" from={null} to={null} chosenDate={null} onRange={onRange} />);
    const from = screen.getByLabelText('From');
    expect(from).toHaveAttribute('min', '2019-01-01');
    expect(screen.getByLabelText('To')).toHaveAttribute('max', '2021-12-31');
    await userEvent.type(from, '2020-03-01');
    expect(onRange).toHaveBeenLastCalledWith('2020-03-01', null);
    rerender(<Timeline buckets={buckets} granularity="year" from="2020-03-01" to={null} chosenDate={null} onRange={onRange} />);
    onRange.mockClear();
    await userEvent.type(screen.getByLabelText('To'), '2019-06-01');
    expect(screen.getByRole('alert')).toHaveTextContent('The start date must be on or before the end date.');
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(onRange).not.toHaveBeenCalledWith('2020-03-01', '2019-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(onRange).toHaveBeenLastCalledWith(null, null);
  });

  it('applies a typed date only once it is whole, and names a field left unfinished', () => {
    const onRange = vi.fn();
    render(<Timeline buckets={buckets} granularity="year" from={null} to="2021-06-30" chosenDate={null} onRange={onRange} />);
    const from = screen.getByLabelText('From');
    // Chromium reports each digit of a year typed into a filled-in date as a complete value.
    for (const value of ['0002-03-01', '0020-03-01', '0201-03-01']) fireEvent.change(from, { target: { value } });
    expect(onRange).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(from);
    expect(screen.getByRole('alert')).toHaveTextContent('From must be a whole date from 1900-01-01 to 2100-12-31.');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('To')).not.toHaveAttribute('aria-invalid');
    fireEvent.change(from, { target: { value: '2020-03-01' } });
    expect(onRange).toHaveBeenCalledTimes(1);
    expect(onRange).toHaveBeenLastCalledWith('2020-03-01', '2021-06-30');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps what is typed in one field when the other end is applied', () => {
    const onRange = vi.fn();
    const { rerender } = render(<Timeline buckets={buckets} granularity="year" from={null} to={null} chosenDate={null} onRange={onRange} />);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '0202-01-01' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-03-01' } });
    expect(onRange).toHaveBeenLastCalledWith('2020-03-01', null);
    rerender(<Timeline buckets={buckets} granularity="year" from="2020-03-01" to={null} chosenDate={null} onRange={onRange} />);
    expect(screen.getByLabelText('To')).toHaveValue('0202-01-01');
  });

  it('says so when there are no dates', () => {
    render(<Timeline buckets={[]} granularity="year" from={null} to={null} chosenDate={null} onRange={() => {}} />);
    expect(screen.getByText('No dates to show.')).toBeInTheDocument();
  });
});

describe('PlaceList', () => {
  const place = (id: string, name: string) => ({ id, name, country: 'KR', lat: 0, lon: 0 });
  const summaries: PlaceSummary[] = [
    { place: place('seoul', 'Seoul'), count: 9, meanScore: 1.62, byPrecision: { 1: 6, 2: 2, 3: 1 } },
    { place: place('qingdao', 'Qingdao'), count: 1, meanScore: 2.1, byPrecision: { 1: 1, 2: 0, 3: 0 } },
  ];
  it('names each place with its count and score, and explains approximate places', async () => {
    const onToggle = vi.fn();
    render(<PlaceList summaries={summaries} selected={['qingdao']} onToggle={onToggle} />);
    const list = screen.getByRole('list', { name: 'Places' });
    // The name is the visible text (WCAG 2.5.3, label in name); the full reading is the description.
    const seoul = within(list).getByRole('button', { name: 'Seoul 9 +1.6' });
    expect(seoul).toHaveAccessibleDescription('Seoul: 9 events, mean thaw +1.6. Approximate: 2 placed from a named venue or occasion; 1 with only the country named, placed at its capital.');
    expect(seoul).toHaveAttribute('aria-pressed', 'false');
    expect(seoul).toHaveAttribute('title', 'Approximate: 2 placed from a named venue or occasion; 1 with only the country named, placed at its capital.');
    expect(within(list).getByRole('button', { name: 'Qingdao 1 +2.1', description: 'Qingdao: 1 event, mean thaw +2.1' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(seoul);
    expect(onToggle).toHaveBeenCalledWith('seoul');
  });
  it(`lists the ${PLACES_LISTED} places with the most events and every selected one, and all of them on request`, async () => {
    const many: PlaceSummary[] = Array.from({ length: PLACES_LISTED + 5 }, (_, i) => ({
      place: place(`p${i}`, `Place ${i}`),
      count: 100 - i,
      meanScore: 0,
      byPrecision: { 1: 100 - i, 2: 0, 3: 0 },
    }));
    const last = `Place ${PLACES_LISTED + 4}`;
    render(<PlaceList summaries={many} selected={[`p${PLACES_LISTED + 4}`]} onToggle={() => {}} />);
    const list = screen.getByRole('list', { name: 'Places' });
    expect(within(list).getAllByRole('button')).toHaveLength(PLACES_LISTED);
    expect(within(list).getByRole('button', { name: new RegExp(`^${last} `) })).toHaveAttribute('aria-pressed', 'true');
    expect(within(list).queryByRole('button', { name: /^Place 0 / })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: new RegExp(`^Place ${PLACES_LISTED - 1} `) })).not.toBeInTheDocument();
    const more = screen.getByRole('button', { name: `Show all ${PLACES_LISTED + 5} places` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(within(list).getAllByRole('button')).toHaveLength(PLACES_LISTED + 5);
    await userEvent.click(screen.getByRole('button', { name: `Show the ${PLACES_LISTED} places with the most events` }));
    expect(within(list).getAllByRole('button')).toHaveLength(PLACES_LISTED);
  });
  it('has nothing to expand when every place is listed', () => {
    render(<PlaceList summaries={summaries} selected={[]} onToggle={() => {}} />);
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });
  it('says so when no place matches', () => {
    render(<PlaceList summaries={[]} selected={[]} onToggle={() => {}} />);
    expect(screen.getByText('No places match the other filters.')).toBeInTheDocument();
  });
});
