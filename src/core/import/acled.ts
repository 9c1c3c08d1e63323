import { isInDateRange, isRealIsoDate } from '../dataset/dates';
import { EVENT_KINDS, type CameoCode } from '../dataset/kinds';
import type { Actor, Place, Source, ThawEvent } from '../dataset/schema';
import { CAMEO_ROOTS } from './cameo';
import { splitRows } from './csv';
import { idOf, machineThaw, type BadRow, type ImportPart } from './import-result';

/** The columns of an ACLED export this import reads; an export has more, in any order, named by its header row. */
export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'country', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes'] as const;
type Column = (typeof ACLED_COLUMNS)[number];

/**
 * ACLED's event types (and, for strategic developments, its sub-event
 * types) as CAMEO codes: the nearest CAMEO action. A type not listed is a
 * bad row: the mapping names what it knows.
 */
const KIND_OF_TYPE: Record<string, string> = {
  Protests: '140',
  Riots: '145',
  Battles: '190',
  'Explosions/Remote violence': '183',
  'Violence against civilians': '180',
};
const KIND_OF_STRATEGIC: Record<string, string> = {
  Agreement: '057',
  Arrests: '173',
  'Change to group/activity': '160',
  'Disrupted weapons use': '150',
  'Headquarters or base established': '150',
  'Looting/property destruction': '175',
  'Non-violent transfer of territory': '080',
  Other: '160',
};

const COUNTRY: Record<string, 'KR' | 'CN'> = { 'South Korea': 'KR', 'Korea (South)': 'KR', 'Republic of Korea': 'KR', China: 'CN', "People's Republic of China": 'CN' };
const MENTIONS: Record<'KR' | 'CN', RegExp> = { KR: /\b(?:South Korean?|Korea \(South\)|Republic of Korea|ROK)\b/i, CN: /\b(?:China|Chinese|PRC)\b/i };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED writes dates as 2023-09-24, or in older exports as "24 September 2023" or 24-September-2023. */
export function acledDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const words = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(text.trim());
  if (!words) return null;
  const month = MONTHS.indexOf(words[2].toLowerCase()) + 1;
  return month === 0 ? null : `${words[3]}-${String(month).padStart(2, '0')}-${words[1].padStart(2, '0')}`;
}

/**
 * The South Korea-China events of an ACLED CSV export (with its header
 * row): rows in one of the two countries whose actors name the other. A
 * row with a missing column, a bad date, coordinates or precision, or an
 * event type the mapping does not know is counted as bad, with its line.
 */
export function readAcled(text: string, file: string): ImportPart {
  const events: ThawEvent[] = [];
  const places = new Map<string, Place>();
  const sources = new Map<string, Source>();
  const bad: BadRow[] = [];
  let otherDyads = 0;
  const [header, ...rows] = splitRows(text.replace(/^\uFEFF/, ''), ',');
  const at = new Map((header?.fields ?? []).map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = ACLED_COLUMNS.filter((c) => !at.has(c));
  if (!header || missing.length > 0) {
    bad.push({ file, line: header?.line ?? 1, reason: `the header row lacks ${missing.join(', ') || 'every column'}: not an ACLED export`, code: 'header', params: { missing: missing.join(', ') } });
    return { events, places: [], sources: [], bad, rows: rows.length, otherDyads };
  }
  for (const { line, fields } of rows) {
    const fail = (reason: string, code: BadRow['code'], params: Record<string, string | number>) => bad.push({ file, line, reason, code, params });
    if (fields.length !== header.fields.length) {
      fail(`${fields.length} columns where the header has ${header.fields.length}`, 'columns', { count: fields.length, expected: header.fields.length });
      continue;
    }
    const get = (column: Column) => (fields[at.get(column)!] ?? '').trim();
    const here = COUNTRY[get('country')];
    const actors = [get('actor1'), get('assoc_actor_1'), get('actor2'), get('assoc_actor_2')].join('; ');
    const other = here === 'KR' ? 'CN' : 'CN' === here ? 'KR' : null;
    if (!here || !other || !MENTIONS[other].test(actors)) {
      otherDyads += 1;
      continue;
    }
    const date = acledDate(get('event_date'));
    if (!date || !isRealIsoDate(date) || !isInDateRange(date)) {
      fail(`event_date "${get('event_date')}" is not a date`, 'value', { column: 'event_date', value: get('event_date'), expected: 'date' });
      continue;
    }
    const type = get('event_type');
    const code = type === 'Strategic developments' ? KIND_OF_STRATEGIC[get('sub_event_type')] : KIND_OF_TYPE[type];
    if (!code) {
      const value = `${type}${type === 'Strategic developments' ? ` / ${get('sub_event_type')}` : ''}`;
      fail(`event_type "${type}"${type === 'Strategic developments' ? ` / sub_event_type "${get('sub_event_type')}"` : ''} is not in the mapping to CAMEO`, 'mapping', { value });
      continue;
    }
    const lat = Number(get('latitude'));
    const lon = Number(get('longitude'));
    const geo = Number(get('geo_precision'));
    if (get('latitude') === '' || get('longitude') === '' || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      fail(`latitude "${get('latitude')}" and longitude "${get('longitude')}" are not coordinates`, 'value', { column: 'latitude, longitude', value: `${get('latitude')}, ${get('longitude')}`, expected: 'coordinates' });
      continue;
    }
    if (geo !== 1 && geo !== 2 && geo !== 3) {
      fail(`geo_precision "${get('geo_precision')}" is not 1, 2 or 3`, 'value', { column: 'geo_precision', value: get('geo_precision'), expected: 'precision' });
      continue;
    }
    const location = get('location') || get('country');
    const placeId = idOf('acled', `${here}-${location}`);
    if (!places.has(placeId)) places.set(placeId, { id: placeId, name: location.slice(0, 200), country: here, lat, lon });
    const outlet = get('source') || 'ACLED';
    const sourceId = idOf('acled-source', outlet);
    if (!sources.has(sourceId)) sources.set(sourceId, { id: sourceId, file: file.slice(0, 400) || 'acled', outlet: outlet.slice(0, 400), published: date, headline: `Events coded by ACLED from ${outlet}`.slice(0, 480) });
    const actorOf = (name: string): Actor => ({ name: name.slice(0, 200), role: 'ACLED actor', country: MENTIONS.CN.test(name) ? 'CN' : MENTIONS.KR.test(name) ? 'KR' : here });
    const kind = EVENT_KINDS[code as CameoCode];
    const goldstein = kind?.goldstein ?? CAMEO_ROOTS[code.slice(0, 2)].goldstein;
    const label = kind?.label ?? CAMEO_ROOTS[code.slice(0, 2)].label;
    // ACLED's time precision: 1 the day, 2 within a week of it, 3 within its month.
    const precision = get('time_precision') === '1' ? 'day' : 'month';
    events.push({
      id: idOf('acled', get('event_id_cnty') || `${file}-${line}`),
      title: `${type}: ${get('sub_event_type') || type} in ${location}`.slice(0, 300),
      date: precision === 'day' ? date : `${date.slice(0, 7)}-01`,
      datePrecision: precision,
      status: 'held',
      kind: { cameo: code, label, goldstein },
      placeId,
      geoPrecision: geo,
      actors: [get('actor1'), get('actor2')].filter(Boolean).map(actorOf),
      topics: [],
      thaw: machineThaw(goldstein, 0),
      sources: [{ sourceId, ...(get('notes') ? { note: get('notes').slice(0, 9000) } : {}) }],
      machine: { system: 'acled', id: get('event_id_cnty') || String(line) },
    });
  }
  return { events, places: [...places.values()], sources: [...sources.values()], bad, rows: rows.length, otherDyads };
}
