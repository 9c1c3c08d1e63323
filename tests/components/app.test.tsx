/** @vitest-environment jsdom */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App } from '../../src/app/app';

const shippedText = readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8');
const shipped = JSON.parse(shippedText);

function serve(routes: Record<string, { status?: number; body: string }>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(route.body, { status: route.status ?? 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderApp(search = '') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App search={search} base={`http://localhost/${search}`} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('lists the built-in events newest first with date and place', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(shipped.events.length);
    expect(items[0]).toHaveTextContent('26 Sep 2023');
    expect(items[0]).toHaveTextContent('Seoul');
    expect(items.at(-1)).toHaveTextContent('Jul 2014');
    expect(screen.getByRole('heading', { level: 1, name: 'Thaw Monitor' })).toBeInTheDocument();
    expect(screen.getByText(`${shipped.events.length} events, 2014–2023, 5 sources`)).toBeInTheDocument();
  });

  it('says where a place was inferred rather than named', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    const item = (await screen.findByText('Xi Jinping meets Han Duck-soo at the Asian Games')).closest('li')!;
    expect(item).toHaveTextContent('Hangzhou (city inferred from a named venue or occasion)');
  });

  it('names the field and row of a bad dataset given by ?data=', async () => {
    const bad = structuredClone(shipped);
    for (const event of bad.events) event.date = '2019/12/04';
    serve({ '/bad.json': { body: JSON.stringify(bad) } });
    renderApp('?data=/bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('events[3].date: expected YYYY-MM-DD');
    expect(within(alert).getByRole('button', { name: 'Use the built-in dataset' })).toBeInTheDocument();
  });

  it('reports a missing dataset file and recovers with the built-in one', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp('?data=/missing.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 404 Not Found');
    await userEvent.click(within(alert).getByRole('button', { name: 'Use the built-in dataset' }));
    expect(await screen.findAllByRole('listitem')).toHaveLength(shipped.events.length);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('loads a partly bad dataset and counts the skipped rows', async () => {
    const partial = structuredClone(shipped);
    partial.events[2].placeId = 'atlantis';
    serve({ '/data/events.json': { body: JSON.stringify(partial) } });
    renderApp();
    expect(await screen.findByText('1 event was skipped from /data/events.json')).toBeInTheDocument();
    expect(screen.getByText(/events\[2\]\.placeId/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('.event-list'))).toHaveLength(shipped.events.length - 1);
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
    await screen.findAllByRole('listitem');
    const one = { ...shipped, events: [shipped.events[0]] };
    const file = new File([JSON.stringify(one)], 'mine.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open a dataset…'), file);
    expect(await screen.findByText(/^1 event, /)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the error of a file that is not JSON', async () => {
    serve({ '/data/events.json': { body: shippedText } });
    renderApp();
    await screen.findAllByRole('listitem');
    await userEvent.upload(screen.getByLabelText('Open a dataset…'), new File(['{oops'], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json');
    expect(alert).toHaveTextContent('(file): not valid JSON');
  });
});
