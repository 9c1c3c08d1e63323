import { csvCell, CSV_COLUMNS, datasetOf, eventsToCsv, exportFileName, localDay } from '../../src/core/export/export-events';
import { parseDataset } from '../../src/core/dataset/parse-dataset';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/core/dataset/schema';

const dataset: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));

describe('csvCell', () => {
  it.each<[string | number | null | undefined, string]>([
    ['plain', 'plain'],
    [3.5, '3.5'],
    [-6.7, '-6.7'],
    [null, ''],
    [undefined, ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1 is a string here', "'-1 is a string here"],
    ['@cmd', "'@cmd"],
  ])('%j -> %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('eventsToCsv', () => {
  it('has a header and one row per event, in order', () => {
    const events = dataset.events.slice(0, 3);
    const lines = eventsToCsv(dataset, events).split('\r\n');
    // The byte-order mark first, so that spreadsheets read UTF-8.
    expect(lines[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(lines).toHaveLength(events.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1].startsWith(`${events[0].id},`)).toBe(true);
  });
});

describe('datasetOf', () => {
  it('is a valid dataset of the same schema with just those events', () => {
    const some = dataset.events.filter((e) => e.placeId === 'seoul');
    const result = parseDataset(JSON.parse(JSON.stringify(datasetOf(dataset, some))));
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(some.map((e) => e.id));
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('localDay', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });
  // Each moment is given in UTC; the file is dated by the reader's clock.
  it.each([
    ['Asia/Seoul', '2026-11-22T23:30:00Z', '2026-11-23'],
    ['Asia/Seoul', '2026-11-23T14:59:00Z', '2026-11-23'],
    ['America/New_York', '2026-11-23T03:00:00Z', '2026-11-22'],
    ['UTC', '2026-01-01T00:00:00Z', '2026-01-01'],
  ])('%s at %s is %s', (tz, instant, day) => {
    process.env.TZ = tz;
    expect(localDay(new Date(instant))).toBe(day);
  });
});

describe('exportFileName', () => {
  it.each([
    [17, 'csv', 'thaw-monitor-17-events-2026-11-22.csv'],
    [1, 'json', 'thaw-monitor-1-event-2026-11-22.json'],
  ] as const)('%d %s', (count, ext, name) => expect(exportFileName(count, '2026-11-22', ext)).toBe(name));
});
