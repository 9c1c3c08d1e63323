import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDataset } from '../../src/core/dataset/parse-dataset';
import { acledDate, readAcled } from '../../src/core/import/acled';
import { splitRows } from '../../src/core/import/csv';
import { GDELT_COLUMNS, readGdelt } from '../../src/core/import/gdelt';
import { assembleImport } from '../../src/core/import/import-result';
import { importFormatOf } from '../../src/core/import/detect';
import { importTexts } from '../../src/core/import/import-file';
import { acledFixture, gdeltFixture } from '../../scripts/make-import-fixtures';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => readFileSync(resolve(root, 'tests/fixtures/import', name), 'utf8');

describe('the import fixtures', () => {
  it('are what scripts/make-import-fixtures.ts writes from the column definitions', () => {
    expect(fixture('gdelt-events.tsv')).toBe(gdeltFixture().text);
    expect(fixture('acled-events.csv')).toBe(acledFixture().text);
  });

  it('GDELT 2.0 has 61 event columns', () => expect(GDELT_COLUMNS).toHaveLength(61));
});

describe('splitRows', () => {
  it.each<[string, string, boolean, string[][]]>([
    ['a,b\nc,d\n', ',', true, [['a', 'b'], ['c', 'd']]],
    ['a,"b, with a comma"\r\n"x ""quoted"" y",z', ',', true, [['a', 'b, with a comma'], ['x "quoted" y', 'z']]],
    ['"two\nlines",b\nnext,row', ',', true, [['two\nlines', 'b'], ['next', 'row']]],
    ['a,,\n', ',', true, [['a', '', '']]],
    ['\n\na\n\n', ',', true, [['a']]],
    ['a\t"b\tc', '\t', false, [['a', '"b', 'c']]],
  ])('%j', (text, delimiter, quoted, rows) => {
    expect(splitRows(text, delimiter, quoted).map((r) => r.fields)).toEqual(rows);
  });

  it('keeps the line each row starts on, a quoted line break included', () => {
    expect(splitRows('"a\nb",c\nd,e\n', ',').map((r) => r.line)).toEqual([1, 3]);
  });
});

describe('readGdelt', () => {
  const { text, faults } = gdeltFixture();
  const part = readGdelt(text, 'gdelt.tsv');

  it('keeps the South Korea-China rows, either way round, and leaves other countries out', () => {
    expect(part.events.map((e) => e.id)).toEqual(['gdelt-1260000001', 'gdelt-1260000002', 'gdelt-640000003', 'gdelt-1260000009', 'gdelt-960000010']);
    expect(part.otherDyads).toBe(1);
    expect(part.rows).toBe(10);
  });

  it('counts each bad row with its line and the column at fault, and goes on', () => {
    expect(part.bad.map((b) => b.line)).toEqual(Object.keys(faults).map(Number));
    for (const bad of part.bad) expect(bad.reason).toContain(faults[bad.line]);
  });

  it.each<[string, string, { cameo: string; goldstein: number; score: number; placeId?: string; geoPrecision?: number }]>([
    ['a consult in a province', 'gdelt-1260000001', { cameo: '040', goldstein: 1, score: 3.7, placeId: 'gdelt-ks14', geoPrecision: 2 }],
    ['a visit in a city', 'gdelt-1260000002', { cameo: '042', goldstein: 1.9, score: 5.1, placeId: 'gdelt-1898541', geoPrecision: 1 }],
    ['a ban at the country', 'gdelt-640000003', { cameo: '163', goldstein: -8, score: -10, placeId: 'gdelt-ch', geoPrecision: 3 }],
    ['a call with no coordinates', 'gdelt-1260000009', { cameo: '041', goldstein: 1, score: 2 }],
  ])('%s', (_, id, want) => {
    const event = part.events.find((e) => e.id === id)!;
    expect(event.kind.cameo).toBe(want.cameo);
    expect(event.kind.goldstein).toBe(want.goldstein);
    expect(event.thaw.components.goldstein).toBe(want.goldstein);
    expect(event.thaw.score).toBe(want.score);
    expect(event.placeId).toBe(want.placeId);
    expect(event.geoPrecision).toBe(want.geoPrecision);
  });

  it('marks every event machine-coded: no quote, the report it was coded from, GDELT\'s weights', () => {
    const event = part.events[1];
    expect(event.sources).toEqual([{ sourceId: 'gdelt-source-reuters-com' }]);
    expect(event.machine).toEqual({ system: 'gdelt', id: '1260000002', url: 'https://www.reuters.com/world/asia-pacific/lee-beijing-visit-2026-01-05/', mentions: 10, sources: 2, articles: 10 });
    expect(event.actors.map((a) => a.country)).toEqual(['KR', 'CN']);
  });

  it('names places by GDELT\'s full name, with ISO countries from its FIPS codes', () => {
    expect(part.places.find((p) => p.id === 'gdelt-1898541')).toEqual({ id: 'gdelt-1898541', name: 'Beijing', country: 'CN', lat: 39.9289, lon: 116.388 });
    expect(part.places.find((p) => p.id === 'gdelt-ks14')?.country).toBe('KR');
  });
});

describe('readAcled', () => {
  const { text, faults } = acledFixture();
  const part = readAcled(text, 'acled.csv');

  it('keeps the rows in one country whose actors name the other', () => {
    expect(part.events.map((e) => e.id)).toEqual(['acled-kor1001', 'acled-chn2002', 'acled-kor1007']);
    expect(part.otherDyads).toBe(1);
  });

  it('counts each bad row with its line', () => {
    expect(part.bad.map((b) => b.line)).toEqual(Object.keys(faults).map(Number));
    for (const bad of part.bad) expect(bad.reason).toContain(faults[bad.line]);
  });

  it('maps types to CAMEO, precisions to the schema\'s, and keeps the notes beside the source', () => {
    const [protest, boycott, agreement] = part.events;
    expect([protest.kind.cameo, protest.kind.goldstein, protest.date, protest.datePrecision, protest.geoPrecision]).toEqual(['140', -6.5, '2017-03-11', 'day', 1]);
    expect(boycott.date).toBe('2017-03-08');
    expect([agreement.kind.cameo, agreement.kind.goldstein, agreement.date, agreement.datePrecision]).toEqual(['057', 8, '2023-11-01', 'month']);
    expect(protest.sources[0].quote).toBeUndefined();
    expect(protest.sources[0].note).toContain('Chinese embassy');
    expect(protest.machine).toEqual({ system: 'acled', id: 'KOR1001' });
  });

  it('says so, and imports nothing, for a file that is not an ACLED export', () => {
    const other = readAcled('name,value\nx,1\n', 'other.csv');
    expect(other.events).toEqual([]);
    expect(other.bad[0].reason).toMatch(/^the header row lacks event_id_cnty, event_date/);
  });

  it.each([
    ['2023-09-24', '2023-09-24'],
    ['24 September 2023', '2023-09-24'],
    ['4-March-2017', '2017-03-04'],
    ['Sept 4 2017', null],
  ])('reads the date %s', (text, date) => expect(acledDate(text)).toBe(date));
});

describe('an import', () => {
  it('makes a dataset that validates and opens as any other', () => {
    const { dataset } = assembleImport([readGdelt(gdeltFixture().text, 'g.tsv'), readAcled(acledFixture().text, 'a.csv')], '2026-12-04', 'test');
    const parsed = parseDataset(dataset);
    expect(parsed.ok && parsed.dataset.events.length).toBe(8);
  });

  it('puts the events of places past what a dataset holds at their country', () => {
    const rows = Array.from({ length: 1_100 }, (_, i) => {
      const row: Record<string, string> = { GLOBALEVENTID: String(i + 1), SQLDATE: '20240101', Actor1CountryCode: 'KOR', Actor2CountryCode: 'CHN', EventCode: '042', GoldsteinScale: '1.9', AvgTone: '1', NumMentions: '1', NumSources: '1', NumArticles: '1', ActionGeo_Type: '4', ActionGeo_FullName: `Town ${i}, South Korea`, ActionGeo_CountryCode: 'KS', ActionGeo_Lat: String(35 + i / 1000), ActionGeo_Long: '127', ActionGeo_FeatureID: `F${i}` };
      return GDELT_COLUMNS.map((c) => row[c] ?? '').join('\t');
    });
    const { dataset, pooled } = assembleImport([readGdelt(rows.join('\n'), 'many.tsv')], '2026-12-04', 'test');
    expect(dataset.places.length).toBeLessThanOrEqual(1_000);
    expect(pooled).toBeGreaterThan(0);
    expect(parseDataset(dataset).ok).toBe(true);
  });
});

describe('npm run data:import', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'pipeline/import-cli.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('reads a zipped GDELT export and writes the dataset, listing the bad rows by file and line', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'gdelt.json');
    const result = run('--from', 'gdelt', 'tests/fixtures/import/gdelt-events.zip', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('5 South Korea-China events kept, 1 row of other countries left out, 4 bad rows');
    expect(result.stderr).toContain('gdelt-events.zip:20251101120000.export.CSV:6: SQLDATE "20250230" is not a date');
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(5);
  });

  it.each<[string, string[], number, RegExp]>([
    ['no --from', ['tests/fixtures/import/acled-events.csv'], 1, /--from must be gdelt or acled/],
    ['no file', ['--from', 'acled'], 1, /no file given/],
    ['a file that is not there', ['--from', 'acled', 'nowhere.csv'], 2, /nowhere\.csv: no such file/],
  ])('refuses %s', (_, args, status, message) => {
    const result = run(...args);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a binary file, naming it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'import-')), 'blob.csv');
    writeFileSync(path, Buffer.from([1, 0, 2, 0, 3]));
    const result = run('--from', 'acled', path);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('blob.csv: looks like a binary file');
  });

  it('writes to standard output without --out', () => {
    const stdout = execFileSync('npx', ['tsx', 'pipeline/import-cli.ts', '--from', 'acled', 'tests/fixtures/import/acled-events.csv'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(stdout).events.map((e: { machine: { system: string } }) => e.machine.system)).toEqual(['acled', 'acled', 'acled']);
  });
});

describe('importFormatOf: what a file holds, from its first bytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each<[string, Uint8Array, string | null]>([
    ['a zip', new Uint8Array([0x50, 0x4b, 3, 4]), 'gdelt'],
    ['a GDELT export', bytes(gdeltFixture().text.slice(0, 500)), 'gdelt'],
    ['an ACLED export', bytes(acledFixture().text.slice(0, 300)), 'acled'],
    ['an ACLED export with a byte-order mark', bytes(`\uFEFF${acledFixture().text.slice(0, 300)}`), 'acled'],
    ['a dataset', bytes('{"schemaVersion": 1, "events": []}'), null],
    ['a CSV of something else', bytes('name,value\nx,1\n'), null],
  ])('%s', (_, head, format) => expect(importFormatOf(head)).toBe(format));
});

describe('importTexts', () => {
  it('reads a long GDELT export piece by piece, numbering bad rows by their line in the whole file, and says how far it is', () => {
    const good = gdeltFixture().text.split('\n')[1];
    const lines = Array.from({ length: 45_000 }, (_, i) => (i === 30_000 ? 'a\tshort\trow' : good.replace(/^\d+/, String(3_000_000_000 + i))));
    const progress: number[] = [];
    const result = importTexts('gdelt', [{ name: 'long.CSV', text: `${lines.join('\n')}\n` }], '2026-12-04', (done, total) => progress.push(done / total));
    expect(result.dataset.events).toHaveLength(44_999);
    expect(result.bad).toEqual([{ file: 'long.CSV', line: 30_001, reason: '3 columns where GDELT 2.0 has 61', code: 'columns', params: { count: 3, expected: 61 } }]);
    expect(progress.length).toBe(3);
    expect(progress.at(-1)).toBe(1);
  });
});
