/**
 * npm run fixtures:import: writes the import tests' fixtures into
 * tests/fixtures/import/ from the public column definitions (GDELT 2.0's
 * 61 event columns, ACLED's export header): a few rows about real
 * South Korea-China encounters, rows of other countries, and the usual
 * faults (a short row, a bad date, a code outside CAMEO, a bad number, an
 * event type ACLED has that the mapping does not). Nothing is downloaded;
 * the rows are written here. A unit test holds the committed files to
 * what this writes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { GDELT_COLUMNS } from '../src/core/import/gdelt';

type GdeltRow = Partial<Record<(typeof GDELT_COLUMNS)[number], string>>;

/** A GDELT row with every column, the ones not given empty. */
const gdeltLine = (row: GdeltRow) => GDELT_COLUMNS.map((column) => row[column] ?? '').join('\t');

const seoul = { ActionGeo_Type: '4', ActionGeo_FullName: 'Seoul, Seoul-t\'ukpyolsi, South Korea', ActionGeo_CountryCode: 'KS', ActionGeo_ADM1Code: 'KS11', ActionGeo_Lat: '37.5664', ActionGeo_Long: '126.9997', ActionGeo_FeatureID: '-2128894' };
const beijing = { ActionGeo_Type: '4', ActionGeo_FullName: 'Beijing, Beijing, China', ActionGeo_CountryCode: 'CH', ActionGeo_ADM1Code: 'CH22', ActionGeo_Lat: '39.9289', ActionGeo_Long: '116.388', ActionGeo_FeatureID: '-1898541' };
const gyeongbuk = { ActionGeo_Type: '5', ActionGeo_FullName: "Kyongsang-bukto, South Korea", ActionGeo_CountryCode: 'KS', ActionGeo_ADM1Code: 'KS14', ActionGeo_Lat: '36.25', ActionGeo_Long: '128.75', ActionGeo_FeatureID: 'KS14' };
const china = { ActionGeo_Type: '1', ActionGeo_FullName: 'China', ActionGeo_CountryCode: 'CH', ActionGeo_Lat: '35', ActionGeo_Long: '105', ActionGeo_FeatureID: 'CH' };
const kor = (name = 'SOUTH KOREA') => ({ Code: 'KORGOV', Name: name, CountryCode: 'KOR' });
const chn = (name = 'CHINA') => ({ Code: 'CHNGOV', Name: name, CountryCode: 'CHN' });
const actors = (one: ReturnType<typeof kor>, two: ReturnType<typeof kor>) => ({
  Actor1Code: one.Code, Actor1Name: one.Name, Actor1CountryCode: one.CountryCode,
  Actor2Code: two.Code, Actor2Name: two.Name, Actor2CountryCode: two.CountryCode,
});
const event = (id: string, date: string, code: string, goldstein: string, tone: string, url: string) => ({
  GLOBALEVENTID: id, SQLDATE: date, MonthYear: date.slice(0, 6), Year: date.slice(0, 4), FractionDate: `${date.slice(0, 4)}.5000`, IsRootEvent: '1',
  EventCode: code, EventBaseCode: code.slice(0, 3), EventRootCode: code.slice(0, 2), QuadClass: '1', GoldsteinScale: goldstein,
  NumMentions: '10', NumSources: '2', NumArticles: '10', AvgTone: tone, DATEADDED: `${date}120000`, SOURCEURL: url,
});

/** The GDELT rows, with the line each fault is on (counted from 1) for the tests. */
export function gdeltFixture(): { text: string; faults: Record<number, string> } {
  const lines = [
    // 1: Xi and Lee meet in Gyeongju (APEC, 1 November 2025): a consult, in a province.
    gdeltLine({ ...event('1260000001', '20251101', '040', '1.0', '3.2', 'https://www.yna.co.kr/view/AEN20251101000000315'), ...actors(chn('XI JINPING'), kor('LEE JAE-MYUNG')), ...gyeongbuk }),
    // 2: Lee in Beijing (January 2026): make a visit, in a city.
    gdeltLine({ ...event('1260000002', '20260105', '042', '1.9', '4.1', 'https://www.reuters.com/world/asia-pacific/lee-beijing-visit-2026-01-05/'), ...actors(kor('LEE JAE-MYUNG'), chn()), ...beijing }),
    // 3: the THAAD row (March 2017): China imposes restrictions, placed at the country.
    gdeltLine({ ...event('640000003', '20170315', '163', '-8.0', '-6.5', 'https://www.example-news.com/china-tour-ban'), ...actors(chn(), kor()), ...china }),
    // 4: another dyad: the United States and China.
    gdeltLine({ ...event('1260000004', '20251102', '042', '1.9', '2.0', 'https://www.example-news.com/us-china'), Actor1Code: 'USAGOV', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA', Actor2Code: 'CHNGOV', Actor2Name: 'CHINA', Actor2CountryCode: 'CHN', ...beijing }),
    // 5: a fault: the row was cut short.
    gdeltLine({ ...event('1260000005', '20251103', '042', '1.9', '2.0', 'https://www.example-news.com/cut'), ...actors(kor(), chn()) }).split('\t').slice(0, 40).join('\t'),
    // 6: a fault: a date that does not exist.
    gdeltLine({ ...event('1260000006', '20250230', '042', '1.9', '2.0', 'https://www.example-news.com/feb-30'), ...actors(kor(), chn()), ...seoul }),
    // 7: a fault: a code outside CAMEO.
    gdeltLine({ ...event('1260000007', '20251104', '999', '1.0', '2.0', 'https://www.example-news.com/code'), ...actors(kor(), chn()), ...seoul }),
    // 8: a fault: the tone is not a number.
    gdeltLine({ ...event('1260000008', '20251105', '036', '4.0', 'n/a', 'https://www.example-news.com/tone'), ...actors(kor(), chn()), ...seoul }),
    // 9: a call with no place: GDELT has no coordinates for it.
    gdeltLine({ ...event('1260000009', '20240206', '041', '1.0', '1.5', 'https://www.example-news.com/call'), ...actors(kor('CHO TAE-YUL'), chn('WANG YI')) }),
    // 10: Wang Yi in Seoul (26 November 2020), the order of the actors reversed.
    gdeltLine({ ...event('960000010', '20201126', '0431', '2.8', '2.4', 'https://www.devdiscourse.com/article/wang-yi-seoul'), ...actors(kor('KANG KYUNG-WHA'), chn('WANG YI')), ...seoul }),
  ];
  return { text: `${lines.join('\n')}\n`, faults: { 5: 'columns', 6: 'SQLDATE', 7: 'EventCode', 8: 'AvgTone' } };
}

const ACLED_HEADER = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp'];
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const acledLine = (row: Record<string, string>) => ACLED_HEADER.map((column) => csvField(row[column] ?? '')).join(',');
const acledRow = (id: string, date: string, type: string, sub: string, actor1: string, actor2: string, country: string, location: string, lat: string, lon: string, notes: string, extra: Record<string, string> = {}) => ({
  event_id_cnty: id, event_date: date, year: date.slice(0, 4), time_precision: '1', disorder_type: 'Demonstrations', event_type: type, sub_event_type: sub, actor1, actor2, country, location, latitude: lat, longitude: lon, geo_precision: '1', source: 'Yonhap', source_scale: 'National', notes, fatalities: '0', iso: country === 'China' ? '156' : '410', region: 'East Asia', timestamp: '1700000000', ...extra,
});

/** The ACLED rows, with the line each fault is on (the header is line 1). */
export function acledFixture(): { text: string; faults: Record<number, string> } {
  const lines = [
    ACLED_HEADER.join(','),
    // 2: a protest in Seoul against China's ban on Korean culture: South Korean protesters, China named as the other party.
    acledLine(acledRow('KOR1001', '2017-03-11', 'Protests', 'Peaceful protest', 'Protesters (South Korea)', 'Government of China (2013-)', 'South Korea', 'Seoul', '37.5665', '126.978', 'On 11 March 2017, protesters gathered near the Chinese embassy in Seoul, against "retaliation" over THAAD.')),
    // 3: in China: a boycott rally against South Korean goods (older date format).
    acledLine(acledRow('CHN2002', '08 March 2017', 'Protests', 'Peaceful protest', 'Protesters (China)', 'Government of South Korea (2017-2022)', 'China', 'Jilin', '43.8171', '125.3235', 'Protesters called for a boycott of Lotte.')),
    // 4: another dyad: a protest in Seoul about Japan.
    acledLine(acledRow('KOR1003', '2019-08-15', 'Protests', 'Peaceful protest', 'Protesters (South Korea)', 'Government of Japan (2012-2020)', 'South Korea', 'Seoul', '37.5665', '126.978', 'Protest against Japanese export curbs.')),
    // 5: a fault: a date that is not one.
    acledLine(acledRow('KOR1004', '2017-13-40', 'Protests', 'Peaceful protest', 'Protesters (South Korea)', 'Government of China (2013-)', 'South Korea', 'Busan', '35.1796', '129.0756', 'A bad date.')),
    // 6: a fault: an event type the mapping does not know.
    acledLine(acledRow('KOR1005', '2017-03-20', 'Weather', 'Storm', 'Protesters (South Korea)', 'Government of China (2013-)', 'South Korea', 'Busan', '35.1796', '129.0756', 'Not an ACLED type.')),
    // 7: a fault: the row lost its last columns.
    acledLine(acledRow('KOR1006', '2017-03-21', 'Protests', 'Peaceful protest', 'Protesters (South Korea)', 'Government of China (2013-)', 'South Korea', 'Busan', '35.1796', '129.0756', 'Cut.')).split(',').slice(0, 20).join(','),
    // 8: a strategic development: an agreement, known within a week.
    acledLine(acledRow('KOR1007', '2023-11-26', 'Strategic developments', 'Agreement', 'Government of South Korea (2022-)', 'Government of China (2013-)', 'South Korea', 'Busan', '35.1796', '129.0756', 'Foreign ministers of South Korea, China and Japan met in Busan.', { time_precision: '2', disorder_type: 'Strategic developments' })),
  ];
  return { text: `${lines.join('\n')}\n`, faults: { 5: 'event_date', 6: 'event_type', 7: 'columns' } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, '../tests/fixtures/import');
  const gdelt = gdeltFixture().text;
  writeFileSync(resolve(dir, 'gdelt-events.tsv'), gdelt);
  // GDELT publishes its exports zipped, one CSV per 15 minutes; the zip is written with a fixed time so it is the same on every run.
  writeFileSync(resolve(dir, 'gdelt-events.zip'), zipSync({ '20251101120000.export.CSV': [strToU8(gdelt), { mtime: new Date('2025-11-01T12:00:00Z') }] }));
  writeFileSync(resolve(dir, 'acled-events.csv'), acledFixture().text);
  console.log(`Wrote ${dir}: gdelt-events.tsv, gdelt-events.zip, acled-events.csv`);
}
