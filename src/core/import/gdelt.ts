import type { Actor, Place, Source, ThawEvent } from '../dataset/schema';
import { isRealIsoDate, isInDateRange } from '../dataset/dates';
import { CAMEO_ROOTS, cameoRoot } from './cameo';
import { splitRows } from './csv';
import { idOf, machineThaw, type BadRow, type ImportPart } from './import-result';

/** The 61 columns of a GDELT 2.0 Events export, in order, as the codebook (and GDELT's BigQuery table) names them. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

type Column = (typeof GDELT_COLUMNS)[number];
const AT = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, i])) as Record<Column, number>;

/** GDELT's actor countries are CAMEO's (ISO 3166 alpha-3); the dyad this dashboard follows. */
const DYAD = { KOR: 'KR', CHN: 'CN' } as const;

/** GDELT's geography names countries by FIPS 10-4: those of these stories, as ISO 3166 alpha-2. */
const FIPS_TO_ISO: Record<string, string> = { KS: 'KR', CH: 'CN', KN: 'KP', JA: 'JP', US: 'US', TW: 'TW', RS: 'RU', HK: 'HK', MC: 'MO', VM: 'VN', RP: 'PH', AS: 'AU', IN: 'IN', UK: 'GB', GM: 'DE', FR: 'FR', SN: 'SG', MY: 'MY', ID: 'ID', TH: 'TH', MG: 'MN' };

/**
 * The geo precision of an ACLED-style scale that GDELT's ActionGeo_Type
 * implies: a city (3 US city, 4 world city) is named; a state or province
 * (2, 5) puts the event in a region, placed at its centroid; a country (1)
 * names only the country.
 */
export const GEO_PRECISION_OF_TYPE: Record<string, 1 | 2 | 3> = { '3': 1, '4': 1, '2': 2, '5': 2, '1': 3 };

const dayOf = (sqlDate: string) => (/^\d{8}$/.test(sqlDate) ? `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}` : null);

/**
 * The South Korea-China events of a GDELT 2.0 Events export (tab-separated,
 * no header): the rows whose two actors are KOR and CHN, either way round.
 * A row with the wrong number of columns, a bad date, a code outside CAMEO
 * or numbers that are not numbers is counted as bad, with its line; the
 * import goes on. Every event links the report it was coded from, and has
 * no quote. `firstLine` numbers the rows of a piece of a longer file.
 */
export function readGdelt(text: string, file: string, firstLine = 1): ImportPart {
  const events: ThawEvent[] = [];
  const places = new Map<string, Place>();
  const sources = new Map<string, Source>();
  const bad: BadRow[] = [];
  let otherDyads = 0;
  const rows = splitRows(text, '\t', false);
  for (const { line: lineInText, fields } of rows) {
    const line = lineInText + firstLine - 1;
    const fail = (reason: string, code: BadRow['code'], params: Record<string, string | number>) => bad.push({ file, line, reason, code, params });
    if (fields.length !== GDELT_COLUMNS.length) {
      fail(`${fields.length} columns where GDELT 2.0 has ${GDELT_COLUMNS.length}`, 'columns', { count: fields.length, expected: GDELT_COLUMNS.length });
      continue;
    }
    const get = (column: Column) => fields[AT[column]].trim();
    const a1 = get('Actor1CountryCode');
    const a2 = get('Actor2CountryCode');
    if (!((a1 === 'KOR' && a2 === 'CHN') || (a1 === 'CHN' && a2 === 'KOR'))) {
      otherDyads += 1;
      continue;
    }
    const date = dayOf(get('SQLDATE'));
    if (!date || !isRealIsoDate(date) || !isInDateRange(date)) {
      fail(`SQLDATE "${get('SQLDATE')}" is not a date (YYYYMMDD)`, 'value', { column: 'SQLDATE', value: get('SQLDATE'), expected: 'date' });
      continue;
    }
    const code = get('EventCode');
    const root = cameoRoot(code);
    if (!root) {
      fail(`EventCode "${code}" is not a CAMEO code`, 'value', { column: 'EventCode', value: code, expected: 'cameo' });
      continue;
    }
    const goldstein = Number(get('GoldsteinScale'));
    const tone = Number(get('AvgTone'));
    if (get('GoldsteinScale') === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      fail(`GoldsteinScale "${get('GoldsteinScale')}" is not a number from -10 to 10`, 'value', { column: 'GoldsteinScale', value: get('GoldsteinScale'), expected: 'goldstein' });
      continue;
    }
    if (get('AvgTone') === '' || !Number.isFinite(tone)) {
      fail(`AvgTone "${get('AvgTone')}" is not a number`, 'value', { column: 'AvgTone', value: get('AvgTone'), expected: 'number' });
      continue;
    }
    const counts = (['NumMentions', 'NumSources', 'NumArticles'] as const).map((c) => Number(get(c)));
    if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
      fail('NumMentions, NumSources or NumArticles is not a whole number', 'value', { column: 'NumMentions, NumSources, NumArticles', value: counts.join(', '), expected: 'whole' });
      continue;
    }

    // The place: where the action happened, at the precision its type implies; none when GDELT has no coordinates.
    let placeId: string | undefined;
    let geoPrecision: 1 | 2 | 3 | undefined;
    const lat = Number(get('ActionGeo_Lat'));
    const lon = Number(get('ActionGeo_Long'));
    const type = get('ActionGeo_Type');
    if (get('ActionGeo_Lat') !== '' && get('ActionGeo_Long') !== '' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && type in GEO_PRECISION_OF_TYPE) {
      const fips = get('ActionGeo_CountryCode');
      const country = FIPS_TO_ISO[fips] ?? (/^[A-Z]{2}$/.test(fips) ? fips : 'ZZ');
      const fullName = get('ActionGeo_FullName') || country;
      placeId = idOf('gdelt', get('ActionGeo_FeatureID') || fullName);
      geoPrecision = GEO_PRECISION_OF_TYPE[type];
      if (!places.has(placeId)) places.set(placeId, { id: placeId, name: fullName.split(',')[0].trim().slice(0, 200) || fullName, country, lat, lon });
    }

    const url = get('SOURCEURL');
    const added = dayOf(get('DATEADDED').slice(0, 8)) ?? date;
    const host = (() => {
      try {
        return new URL(url).hostname.replace(/^www\./, '');
      } catch {
        return 'unknown source';
      }
    })();
    const sourceId = idOf('gdelt-source', host);
    if (!sources.has(sourceId)) sources.set(sourceId, { id: sourceId, file: file.slice(0, 400) || 'gdelt', outlet: host, published: isRealIsoDate(added) ? added : date, headline: `Reports coded by GDELT from ${host}` });

    const actorOf = (n: 1 | 2): Actor => {
      const iso = DYAD[(n === 1 ? a1 : a2) as keyof typeof DYAD];
      const name = get(n === 1 ? 'Actor1Name' : 'Actor2Name') || (iso === 'KR' ? 'SOUTH KOREA' : 'CHINA');
      return { name: name.slice(0, 200), role: `GDELT actor ${get(n === 1 ? 'Actor1Code' : 'Actor2Code') || (n === 1 ? a1 : a2)}`.slice(0, 200), country: iso };
    };
    const label = CAMEO_ROOTS[root].label;
    const id = idOf('gdelt', get('GLOBALEVENTID') || `${file}-${line}`);
    events.push({
      id,
      title: `${actorOf(1).name}: ${label.toLowerCase()} (${actorOf(2).name}), CAMEO ${code}`.slice(0, 300),
      date,
      datePrecision: 'day',
      status: 'held',
      kind: { cameo: code, label: code.length > 2 && code.slice(2) !== '0' ? `${label} (${code})` : label, goldstein },
      ...(placeId ? { placeId, geoPrecision } : {}),
      actors: [actorOf(1), actorOf(2)],
      topics: [],
      // GDELT's tone runs from -100 to +100 and mostly within ±10: the thaw scale's range.
      thaw: machineThaw(goldstein, Math.max(-10, Math.min(10, Math.round(tone * 100) / 100))),
      sources: [{ sourceId }],
      machine: { system: 'gdelt', id: get('GLOBALEVENTID') || String(line), ...(url ? { url: url.slice(0, 500) } : {}), mentions: counts[0], sources: counts[1], articles: counts[2] },
    });
  }
  return { events, places: [...places.values()], sources: [...sources.values()], bad, rows: rows.length, otherDyads };
}
