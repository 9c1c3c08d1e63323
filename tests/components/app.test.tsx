/** @vitest-environment jsdom */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from 'nuqs/adapters/testing';
import { render, screen, waitFor, within } from './render';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from '../../src/app/app';
import basemapUrl from 'virtual:east-asia-basemap';

const shippedText = readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8');
const shipped = JSON.parse(shippedText);

/** Answers fetches from `routes`; the basemap, which every dashboard fetches, is served empty unless a route says otherwise. */
function serve(given: Record<string, { status?: number; body: string }>) {
  const routes: Record<string, { status?: number; body: string }> = { [basemapUrl]: { body: '{"bounds":[[15,95],[53,150]],"viewBox":"95 -61 55 45","countries":[]}' }, ...given };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(route.body, { status: route.status ?? 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp(search = '', onUrlUpdate?: OnUrlUpdateFunction) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <NuqsTestingAdapter searchParams={search} hasMemory onUrlUpdate={onUrlUpdate}>
      <QueryClientProvider client={client}>
        <App base={`http://localhost/${search}`} />
      </QueryClientProvider>
    </NuqsTestingAdapter>,
  );
}

const eventsRegion = () => screen.findByRole('region', { name: 'Events' });
const eventItems = async () => within(await eventsRegion()).findAllByRole('listitem');

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('lists the built-in events newest first with date and place', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    const items = await eventItems();
    expect(items).toHaveLength(shipped.events.length);
    expect(items[0]).toHaveTextContent('26 Sep 2023');
    expect(items[0]).toHaveTextContent('Seoul');
    expect(items.at(-1)).toHaveTextContent('Jul 2014');
    expect(screen.getByRole('heading', { level: 1, name: 'Thaw Monitor' })).toBeInTheDocument();
    expect(screen.getByText(`${shipped.events.length} events, 2014–2023, 5 sources`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${shipped.events.length} of ${shipped.events.length} events`);
  });

  it('keeps the header as it will be while the dataset loads, the export buttons there but disabled', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    const exports = screen.getByRole('group', { name: 'Export' });
    for (const name of [/as CSV/, /as JSON/, /as a PNG/]) expect(within(exports).getByRole('button', { name })).toBeDisabled();
  });

  it('enables the export buttons once the dataset is in', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await eventItems();
    const exports = screen.getByRole('group', { name: 'Export' });
    for (const name of [/as CSV/, /as JSON/, /as a PNG/]) expect(within(exports).getByRole('button', { name })).toBeEnabled();
  });

  it('says where a place was inferred rather than named', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await eventItems();
    const item = within(await eventsRegion()).getByText('Xi Jinping meets Han Duck-soo at the Asian Games').closest('li')!;
    expect(item).toHaveTextContent('Hangzhou (city inferred from a named venue or occasion)');
  });

  it('names the field and row of a bad dataset given by ?data=', async () => {
    const bad = structuredClone(shipped);
    for (const event of bad.events) event.date = '2019/12/04';
    serve({ '/bad.json': { body: JSON.stringify(bad) } });
    renderApp('?data=/bad.json');
    // Its words load with zod, on demand: on a busy machine that import takes more than findBy's second.
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('events[3].date: expected YYYY-MM-DD');
    expect(within(alert).getByRole('button', { name: 'Use the built-in dataset' })).toBeInTheDocument();
  });

  it('reports a missing dataset file and recovers with the built-in one', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp('?data=/missing.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 404 Not Found');
    await userEvent.click(within(alert).getByRole('button', { name: 'Use the built-in dataset' }));
    expect(await eventItems()).toHaveLength(shipped.events.length);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loads a partly bad dataset and counts the skipped rows', async () => {
    const partial = structuredClone(shipped);
    partial.events[2].placeId = 'atlantis';
    serve({ '/data/events.json': { body: JSON.stringify(partial) } });
    renderApp();
    expect(await screen.findByText('1 event was skipped from /data/events.json')).toBeInTheDocument();
    expect(screen.getByText(/events\[2\]\.placeId/)).toBeInTheDocument();
    expect(await eventItems()).toHaveLength(shipped.events.length - 1);
  });

  it('says so when a valid dataset has no events', async () => {
    serve({ '/empty.json': { body: JSON.stringify({ ...shipped, events: [] }) } });
    renderApp('?data=/empty.json');
    expect(await screen.findByText('/empty.json has no events to show.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit without reading it', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await eventItems();
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    // A file's size is what the browser says it is; the test does not need 201 MB of memory to say so.
    Object.defineProperty(huge, 'size', { value: 201 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await userEvent.upload(screen.getByLabelText('Open a dataset…'), huge);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('(file): the dataset is 201.0 MB; the largest Thaw Monitor opens is 200.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a dataset whose Content-Length is over the size limit', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { headers: { 'Content-Length': String(300 * 1024 * 1024) } })));
    renderApp('?data=/huge.json');
    expect(await screen.findByRole('alert')).toHaveTextContent('(file): the dataset is 300.0 MB; the largest Thaw Monitor opens is 200.0 MB');
  });

  it('refuses a javascript: address in ?data= and shows the built-in dataset', async () => {
    const fetchMock = serve({ '/data/events.json': { body: shippedText } });
    renderApp('?data=javascript:alert(1)');
    expect(await screen.findByText(/"javascript:" addresses are not loaded/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/data/events.json', expect.anything());
  });

  it('loads a dataset file the user picks', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await eventItems();
    const one = { ...shipped, events: [shipped.events[0]] };
    const file = new File([JSON.stringify(one)], 'mine.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open a dataset…'), file);
    expect(await screen.findByText(/^1 event, /)).toBeInTheDocument();
    expect(await eventItems()).toHaveLength(1);
  });

  it('shows the error of a file that is not JSON', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await eventItems();
    await userEvent.upload(screen.getByLabelText('Open a dataset…'), new File(['{oops'], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json');
    expect(alert).toHaveTextContent('(file): not valid JSON');
  });

  it('filters every panel by a topic click and writes it to the URL', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    const onUrlUpdate = vi.fn<OnUrlUpdateFunction>();
    renderApp('', onUrlUpdate);
    await eventItems();
    const thaad = within(screen.getByRole('list', { name: 'Topics' })).getByRole('button', { name: /^THAAD and missile defence/ });
    expect(thaad).toHaveAttribute('aria-pressed', 'false');
    const before = screen.getByRole('meter', { name: 'Thaw index' }).getAttribute('aria-valuenow');
    await userEvent.click(thaad);
    const expected = shipped.events.filter((e: { topics: { id: string }[] }) => e.topics.some((t) => t.id === 'thaad'));
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${shipped.events.length} events`);
    expect(thaad).toHaveAttribute('aria-pressed', 'true');
    expect(await eventItems()).toHaveLength(expected.length);
    expect(screen.getByRole('meter', { name: 'Thaw index' }).getAttribute('aria-valuenow')).not.toBe(before);
    expect(onUrlUpdate).toHaveBeenLastCalledWith(expect.objectContaining({ queryString: '?topics=thaad' }));
  });

  it('drops unknown values in the URL instead of failing', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp('?topics=weather,thaad&places=atlantis&from=2023-02-30&event=nope');
    await eventItems();
    const expected = shipped.events.filter((e: { topics: { id: string }[] }) => e.topics.some((t) => t.id === 'thaad'));
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${shipped.events.length} events`);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the chosen event with its quotes and sources, and resets the view', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp('?places=qingdao');
    const [row] = await eventItems();
    await userEvent.click(within(row).getByRole('button'));
    const detail = screen.getByRole('article', { name: /Park Jin meets Wang Yi in Qingdao/ });
    // Chosen here, so brought into view by its title.
    await waitFor(() => expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts).toContain(within(detail).getByRole('heading', { level: 3 })));
    expect(detail).toHaveTextContent('Qingdao 칭다오 青岛 — city named in the source');
    expect(detail).toHaveTextContent('arrived in the eastern port city of Qingdao on Monday');
    expect(detail).toHaveTextContent('Reuters (republished), 2022-08-08');
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('status')).toHaveTextContent(`${shipped.events.length} of ${shipped.events.length} events`);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
