/**
 * npm run --silent data:import -- --from gdelt|acled FILE... [--out FILE]
 *
 * With --out FILE.parquet or FILE.arrow the events are written as a table
 * instead (src/core/engine/event-table.ts): the formats for imports past
 * what a JSON dataset carries well. `npm run serve:data` serves a Parquet
 * file; the dashboard opens an Arrow file in DuckDB-WASM.
 *
 * Reads GDELT 2.0 Events exports (tab-separated, plain or zipped) or ACLED
 * CSV exports and writes the South Korea-China events they hold as a
 * dataset in the schema of public/data/events.json, marked machine-coded:
 * to standard output, or to --out. Rows that cannot be used are counted and
 * listed by file and line on standard error; they never stop the import.
 * Exit status: 0 on success (also when no row is of the two), 1 for a
 * wrong command line, 2 for a file that cannot be read at all.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/core/dataset/parse-dataset';
import { tableOfDataset } from '../src/core/engine/event-table';
import { importTexts } from '../src/core/import/import-file';
import { isZip, textsOfFile } from '../src/core/import/unzip';

const USAGE = 'Usage: npm run --silent data:import -- --from gdelt|acled FILE... [--out FILE.json|FILE.parquet|FILE.arrow]';
/** How many bad rows are listed one by one; the rest are counted. */
const LISTED = 50;

function fail(message: string, status: number): never {
  console.error(message);
  process.exit(status);
}

let args;
try {
  args = parseArgs({ args: process.argv.slice(2), options: { from: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 1);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const from = args.values.from;
if (from !== 'gdelt' && from !== 'acled') fail(`--from must be gdelt or acled${from ? `, not "${from}"` : ''}\n${USAGE}`, 1);
if (args.positionals.length === 0) fail(`no file given\n${USAGE}`, 1);

/** The texts of a file: a zip's entries (GDELT publishes its exports zipped), else the file itself. */
function textsOf(path: string): Array<{ name: string; text: string }> {
  if (!existsSync(path)) fail(`${path}: no such file`, 2);
  const bytes = readFileSync(path);
  if (!isZip(bytes) && bytes.includes(0)) fail(`${path}: looks like a binary file, not a ${from === 'gdelt' ? 'GDELT export' : 'CSV export'}`, 2);
  let texts: Array<{ name: string; text: string }> = [];
  try {
    texts = textsOfFile(basename(path), bytes);
  } catch (error) {
    fail(`${path}: not a readable zip file (${(error as Error).message})`, 2);
  }
  if (texts.length === 0) fail(`${path}: the zip file holds no file`, 2);
  return texts;
}

const started = performance.now();
const texts = args.positionals.flatMap(textsOf);
const { dataset, bad, rows, otherDyads, pooled } = importTexts(from, texts, new Date().toISOString().slice(0, 10), undefined, `thaw-monitor data:import --from ${from}`);

// What is written must open in the dashboard: the importer's output is checked like any dataset.
const checked = parseDataset(dataset);
if (!checked.ok) fail(`the import made a dataset that does not validate (a bug): ${checked.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`, 3);

const tableFormat = /\.(parquet|arrow)$/i.exec(args.values.out ?? '')?.[1].toLowerCase();
if (args.values.out && tableFormat) {
  const table = tableOfDataset(dataset);
  if ('reasons' in table) fail(`cannot write a ${tableFormat} table: ${table.reasons.join('; ')}`, 3);
  if (tableFormat === 'parquet') {
    const { writeParquet } = await import('./duckdb/duck');
    await writeParquet(table.rows, table.meta, args.values.out);
  } else {
    const { arrowOfRows } = await import('../src/core/engine/arrow-table');
    writeFileSync(args.values.out, arrowOfRows(table.rows, table.meta));
  }
} else {
  const json = `${JSON.stringify(dataset, null, 1)}\n`;
  if (args.values.out) writeFileSync(args.values.out, json);
  else process.stdout.write(json);
}

console.error(
  `${from}: ${rows.toLocaleString('en')} rows read in ${Math.round(performance.now() - started)} ms; ${dataset.events.length.toLocaleString('en')} South Korea-China events kept, ` +
    `${otherDyads.toLocaleString('en')} ${otherDyads === 1 ? 'row' : 'rows'} of other countries left out, ${bad.length.toLocaleString('en')} bad ${bad.length === 1 ? 'row' : 'rows'}` +
    (pooled > 0 ? `; ${pooled} events of the least used places put at their country (a dataset holds at most 1,000 places)` : ''),
);
for (const row of bad.slice(0, LISTED)) console.error(`  ${row.file}:${row.line}: ${row.reason}`);
if (bad.length > LISTED) console.error(`  …and ${(bad.length - LISTED).toLocaleString('en')} more`);
