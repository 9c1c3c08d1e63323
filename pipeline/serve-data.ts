/**
 * npm run serve:data -- FILE.parquet [--port 8790] [--host 127.0.0.1]
 *
 * Serves a Parquet table of events (written by `data:import --out
 * FILE.parquet`) to the dashboard through DuckDB (`@duckdb/node-api`), for
 * files past what a browser holds. Open the dashboard with
 * `?data=http://127.0.0.1:8790/` and every panel query runs here, with the
 * same SQL the browser's DuckDB-WASM runs. Read only; answers any origin
 * (the data is what the file holds); listens on the loopback address
 * unless told otherwise.
 */
import { createServer, type ServerResponse } from 'node:http';
import { basename, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Cubes } from '../src/core/engine/cubes';
import { engineEvents, enginePanel, eventOfTableRow, eventSql } from '../src/core/engine/panel-sql';
import { SERVICE, type ServerManifest } from '../src/core/engine/server-protocol';
import { filtersFromView } from '../src/core/filters/filters';
import { decodeView } from '../src/core/view/view-state';
import { openTable } from './duckdb/duck';

const USAGE = 'Usage: npm run serve:data -- FILE.parquet [--port 8790] [--host 127.0.0.1]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ args: process.argv.slice(2), options: { port: { type: 'string', default: '8790' }, host: { type: 'string', default: '127.0.0.1' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const [file] = args.positionals;
if (!file) fail(`no file given\n${USAGE}`);
if (!existsSync(file)) fail(`${file}: no such file`);
const port = Number(args.values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not "${args.values.port}"`);

const started = performance.now();
let table: Awaited<ReturnType<typeof openTable>>;
try {
  table = await openTable(resolve(file));
} catch (error) {
  fail((error as Error).message);
}
const { run, context } = table;
// Mosaic-style cubes of the dimension being clicked (src/core/engine/cubes.ts), the first ones built before the first request.
const cubes = new Cubes(run, context, { keep: 12, anticipate: 500 });
for (const dim of ['places', 'topics', 'time'] as const) await cubes.prepare(dim, { places: [], topics: [], from: null, to: null }, 'all');
const manifest: ServerManifest = {
  service: SERVICE,
  version: 1,
  file: basename(file),
  count: context.count,
  meta: context.meta,
  granularity: context.granularity,
  buckets: [...context.buckets],
  firstMonth: context.firstMonth,
  topicOrder: context.topicOrder.map((t) => t.id),
  scaleMax: context.scaleMax,
};

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Accept' });
    response.end();
    return;
  }
  if (request.method !== 'GET') return send(response, 405, { error: 'only GET is served' });
  try {
    if (url.pathname === '/') return send(response, 200, manifest);
    if (url.pathname === '/panel') {
      const view = decodeView(url.searchParams);
      return send(response, 200, await enginePanel(run, context, filtersFromView(view, context.meta), view.coding, cubes));
    }
    if (url.pathname === '/events') {
      const view = decodeView(url.searchParams);
      return send(response, 200, { events: await engineEvents(run, context, filtersFromView(view, context.meta), view.coding) });
    }
    if (url.pathname === '/event') {
      const id = url.searchParams.get('id') ?? '';
      const [row] = id ? await run(eventSql(id)) : [];
      return send(response, 200, { event: row ? eventOfTableRow(row) : null });
    }
    return send(response, 404, { error: `no such path: ${url.pathname}` });
  } catch (error) {
    send(response, 500, { error: (error as Error).message });
  }
});

server.listen(port, args.values.host, () => {
  const address = server.address();
  const at = typeof address === 'object' && address ? `http://${address.address}:${address.port}/` : String(address);
  console.log(`${basename(file)}: ${context.count.toLocaleString('en')} events loaded in ${Math.round(performance.now() - started)} ms, served at ${at}`);
  console.log(`Open the dashboard with ?data=${at}`);
});
