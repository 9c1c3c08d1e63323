/** @vitest-environment jsdom */
import userEvent from '@testing-library/user-event';
import { render, screen, waitFor } from './render';
import type { Dataset, ThawEvent } from '../../src/core/dataset/schema';
import { ExportMenu } from '../../src/features/export/components/export-menu';
import { makeEvent } from '../unit/make-event';

const dataset: Dataset = {
  schemaVersion: 1,
  build: { pipeline: 'test', builtOn: '2026-01-01' },
  sources: [{ id: 's', file: 's.txt', outlet: 'Outlet', published: '2026-01-02', headline: 'Headline' }],
  places: [{ id: 'seoul', name: 'Seoul', country: 'KR', lat: 37.57, lon: 126.98 }],
  topics: [],
  events: [],
};
const events = (n: number, from = 0): ThawEvent[] => Array.from({ length: n }, (_, i) => makeEvent({ id: `e${from + i}`, title: `Event ${from + i}` }));

/** The files the menu saves, as text: the object URLs' blobs, read back. */
function savedFiles() {
  const blobs: Blob[] = [];
  // jsdom has no object URLs: each saved blob is kept instead.
  Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), `blob:${blobs.length}`), revokeObjectURL: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { texts: () => Promise.all(blobs.map((b) => b.text())) };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (URL as Partial<typeof URL>).createObjectURL;
  delete (URL as Partial<typeof URL>).revokeObjectURL;
});

describe('the export menu', () => {
  it('saves the events the page holds as they are', async () => {
    const files = savedFiles();
    render(<ExportMenu dataset={dataset} events={events(2)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the events in view as JSON' }));
    const [json] = await files.texts();
    expect((JSON.parse(json) as Dataset).events.map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks an engine for the events where the page lists only a page of them, and says when the file holds fewer than pass', async () => {
    const files = savedFiles();
    let give: (value: ThawEvent[]) => void = () => {};
    const read = vi.fn(() => new Promise<ThawEvent[]>((resolve) => (give = resolve)));
    render(<ExportMenu dataset={dataset} events={events(1)} engine={{ count: 5, read }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the events in view as CSV' }));
    expect(screen.getByRole('status')).toHaveTextContent('Preparing…');
    expect(screen.getByRole('button', { name: 'Download the events in view as CSV' })).toBeDisabled();
    give(events(3, 10));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The file holds the newest 3 of 5 events.'));
    const [csv] = await files.texts();
    expect(csv.trim().split('\n')).toHaveLength(4);
    expect(csv).toContain('e12');
    expect(screen.getByRole('button', { name: 'Download the events in view as CSV' })).toBeEnabled();
  });

  it('says so when the engine cannot give the events, saves nothing, and lets the reader try again', async () => {
    const files = savedFiles();
    const read = vi.fn().mockRejectedValueOnce(new Error('the data server answered 500')).mockResolvedValueOnce(events(2));
    render(<ExportMenu dataset={dataset} events={[]} engine={{ count: 2, read }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download the events in view as JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The events could not be read for the export; try again.');
    expect(await files.texts()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Download the events in view as JSON' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((JSON.parse((await files.texts())[0]) as Dataset).events).toHaveLength(2);
  });
});
