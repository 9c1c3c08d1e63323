import type { Actor, EventStatus, GeoPrecision } from '../../src/core/dataset/schema';
import type { CameoCode } from '../../src/core/dataset/kinds';

/**
 * A quote that supports a curated fact. Its sentence becomes evidence for the
 * event. `shared` keeps the sentence with the lead event of the same article
 * too, for sentences that report the lead meeting as well as this event.
 */
export type CuratedSource = { sourceId: string; quote: string; note?: string; shared?: true };

/**
 * An event as coded by hand from the articles. `lead` marks the event an
 * article reports on: its evidence is every sentence of that article that
 * no other event claims. Topics and the thaw score are computed later.
 */
export type CuratedEvent = {
  id: string;
  title: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  endDate?: string;
  status: EventStatus;
  cameo: CameoCode;
  placeId: string;
  geoPrecision: GeoPrecision;
  actors: Actor[];
  lead?: string;
  sources: CuratedSource[];
};

const A2019 = '2019-12-04-reuters-wang-yi-seoul';
const A2020 = '2020-11-26-reuters-wang-yi-seoul';
const A2021 = '2021-03-31-reuters-chung-to-china';
const A2022 = '2022-08-08-reuters-park-jin-qingdao';
const A2023 = '2023-09-25-bloomberg-xi-visit-sought';

const WANG_YI: Actor = { name: 'Wang Yi', role: 'State Councillor and Foreign Minister of China', country: 'CN' };
const KANG: Actor = { name: 'Kang Kyung-wha', role: 'Foreign Minister of South Korea', country: 'KR' };
const XI: Actor = { name: 'Xi Jinping', role: 'President of China', country: 'CN' };
const MOON: Actor = { name: 'Moon Jae-in', role: 'President of South Korea', country: 'KR' };

export const CURATED_EVENTS: ReadonlyArray<CuratedEvent> = [
  {
    id: '2014-07-xi-state-visit-seoul',
    title: 'Xi Jinping visits Seoul before Pyongyang',
    date: '2014-07-01',
    datePrecision: 'month',
    status: 'held',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [XI, { name: 'Park Geun-hye', role: 'President of South Korea', country: 'KR' }],
    sources: [
      { sourceId: A2023, quote: 'Xi last visited South Korea in July 2014, becoming the first Chinese leader to visit Seoul ahead of Pyongyang' },
      { sourceId: A2023, quote: 'he discussed ways on curbing North Korea’s atomic ambitions with then President Park Geun-hye' },
    ],
  },
  {
    id: '2015-wang-yi-trilateral-seoul',
    title: 'Wang Yi in Seoul for a trilateral meeting with Japan',
    date: '2015-01-01',
    datePrecision: 'year',
    status: 'held',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [WANG_YI],
    sources: [{ sourceId: A2019, quote: 'Wang last visited Seoul for a trilateral meeting, also attended by Japan, in 2015.' }],
  },
  {
    id: '2016-thaad-row',
    title: 'THAAD row: Beijing objects to the US missile-defence battery in South Korea',
    date: '2016-01-01',
    datePrecision: 'year',
    endDate: '2017-12-31',
    status: 'held',
    cameo: '111',
    placeId: 'beijing',
    geoPrecision: 3,
    actors: [
      { name: 'Chinese government', role: 'objects to the deployment', country: 'CN' },
      { name: 'South Korean government', role: 'hosts the deployment', country: 'KR' },
      { name: 'United States', role: 'deploys the system', country: 'US' },
    ],
    sources: [
      { sourceId: A2019, quote: 'A year later a row blew up over the planned sitting in South Korea of the US Terminal High Altitude Area Defense (THAAD) system' },
      { sourceId: A2019, quote: 'Beijing said it upset the regional security balance' },
      { sourceId: A2019, quote: 'installing the anti-missile system in 2017' },
      { sourceId: A2019, quote: 'Relations between the two countries were strained by a dispute that erupted over the installation of the US Terminal High Altitude Area Defense (THAAD) system in South Korea' },
      { sourceId: A2021, quote: 'a dispute erupted in 2016 over a U.S. anti-missile system deployed in South Korea' },
      { sourceId: A2022, quote: 'THAAD’s powerful radar, China claims, may see into its airspace' },
    ],
  },
  {
    id: '2016-china-curbs-korean-culture-and-tourism',
    title: 'China curbs Korean tourism, entertainment and cultural imports',
    date: '2016-01-01',
    datePrecision: 'year',
    status: 'held',
    cameo: '163',
    placeId: 'beijing',
    geoPrecision: 3,
    actors: [{ name: 'Chinese government', role: 'imposes the restrictions', country: 'CN' }],
    sources: [
      { sourceId: A2022, quote: 'it has dramatically reduced commerce and cultural imports from South Korea since Seoul announced the system’s deployment in 2016' },
      { sourceId: A2019, quote: "which led to a sharp slump in South Korea's tourism, cosmetics and entertainment industries" },
      { sourceId: A2021, quote: 'resulted in a sharp decline in its tourism, cosmetics and entertainment industry' },
    ],
  },
  {
    id: '2017-korean-fm-visits-china',
    title: 'A South Korean foreign minister visits China',
    date: '2017-01-01',
    datePrecision: 'year',
    status: 'held',
    cameo: '042',
    placeId: 'beijing',
    geoPrecision: 3,
    actors: [{ name: 'South Korean foreign minister', role: 'visitor (not named in the article)', country: 'KR' }],
    sources: [{ sourceId: A2021, quote: 'The last time a South Korean foreign minister visited China was in 2017.' }],
  },
  {
    id: '2019-12-04-wang-yi-seoul',
    title: 'Wang Yi and Kang Kyung-wha agree in Seoul to normalize ties',
    date: '2019-12-04',
    datePrecision: 'day',
    status: 'held',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [WANG_YI, KANG],
    lead: A2019,
    sources: [
      { sourceId: A2019, quote: 'SEOUL: South Korea and China agreed to beef up diplomatic and cultural exchanges' },
      { sourceId: A2019, quote: 'Seoul officials said on Wednesday (Dec 4)' },
      { sourceId: A2019, quote: "China's State Councillor Wang Yi, who also serves as foreign minister, met South Korean Foreign Minister Kang Kyung-wha", shared: true },
    ],
  },
  {
    id: '2019-12-05-wang-yi-calls-on-moon',
    title: 'Wang Yi to meet President Moon Jae-in',
    date: '2019-12-05',
    datePrecision: 'day',
    status: 'scheduled',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 2,
    actors: [WANG_YI, MOON],
    sources: [{ sourceId: A2019, quote: 'was set to meet President Moon Jae-in on Thursday', shared: true }],
  },
  {
    id: '2019-12-trilateral-summit-china',
    title: 'Moon travels to China for the trilateral summit with Japan',
    date: '2019-12-01',
    datePrecision: 'month',
    status: 'held',
    cameo: '042',
    placeId: 'beijing',
    geoPrecision: 3,
    actors: [MOON, { name: 'Government of Japan', role: 'third party to the summit', country: 'JP' }],
    sources: [
      { sourceId: A2019, quote: "Moon's expected trip to China later this month for a trilateral summit with Japan", shared: true },
      {
        sourceId: A2023,
        quote: 'those talks last happened in 2019',
        shared: true,
        note: 'Held in Chengdu on 24 December 2019 (outside the articles: the joint statement of the eighth trilateral summit). The articles name only China, so the event is placed at its capital.',
      },
    ],
  },
  {
    id: '2020-08-yang-jiechi-visits-korea',
    title: 'Yang Jiechi visits South Korea',
    date: '2020-08-01',
    datePrecision: 'month',
    status: 'held',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 3,
    actors: [{ name: 'Yang Jiechi', role: 'Member of the Politburo of the Communist Party of China', country: 'CN' }],
    sources: [
      {
        sourceId: A2020,
        quote: 'Wang is the second senior Chinese diplomat to visit South Korea since the coronavirus emerged in China late last year, following an August trip by Yang Jiechi, a member of the Communist Party Politburo.',
        shared: true,
        note: 'The talks were held in Busan on 22 August 2020 (outside the articles: Yonhap). The article names only South Korea, so the event is placed at its capital.',
      },
    ],
  },
  {
    id: '2020-xi-visit-postponed',
    title: 'Xi Jinping visit to Seoul expected, then postponed by the pandemic',
    date: '2020-01-01',
    datePrecision: 'year',
    status: 'proposed',
    cameo: '036',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [XI],
    sources: [
      { sourceId: A2020, quote: "Xi's trip had been expected early this year but was postponed by the pandemic disrupting the diplomatic calendar.", shared: true },
      { sourceId: A2019, quote: 'a possible visit to Seoul by Chinese President Xi Jinping', shared: true },
    ],
  },
  {
    id: '2020-11-26-wang-yi-seoul',
    title: 'Wang Yi and Kang Kyung-wha pledge in Seoul to advance ties and work on a Xi visit',
    date: '2020-11-26',
    datePrecision: 'day',
    status: 'held',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [WANG_YI, KANG],
    lead: A2020,
    sources: [
      { sourceId: A2020, quote: 'The foreign ministers of South Korea and China pledged on Thursday to work together to advance bilateral ties' },
      { sourceId: A2020, quote: "South Korea's Kang Kyung-wha held talks with her Chinese counterpart Wang Yi who arrived in Seoul late on Wednesday" },
      { sourceId: A2021, quote: 'a visit to South Korea from Yi in November', shared: true },
    ],
  },
  {
    id: '2020-11-wang-yi-calls-on-moon',
    title: 'Wang Yi to pay a courtesy call on President Moon Jae-in',
    date: '2020-11-01',
    datePrecision: 'month',
    status: 'scheduled',
    cameo: '042',
    placeId: 'seoul',
    geoPrecision: 2,
    actors: [WANG_YI, MOON],
    sources: [{ sourceId: A2020, quote: 'Wang is also scheduled to pay a courtesy call on President Moon Jae-in', shared: true }],
  },
  {
    id: '2021-04-02-chung-eui-yong-to-china',
    title: 'Chung Eui-yong to visit China and meet Wang Yi',
    date: '2021-04-02',
    datePrecision: 'day',
    endDate: '2021-04-03',
    status: 'scheduled',
    cameo: '042',
    placeId: 'beijing',
    geoPrecision: 3,
    actors: [{ name: 'Chung Eui-yong', role: 'Foreign Minister of South Korea', country: 'KR' }, WANG_YI],
    lead: A2021,
    sources: [
      {
        sourceId: A2021,
        quote: 'Chung Eui-yong will travel to China on Friday and on Saturday will meet with senior Chinese government diplomat Wang Yi',
        note: 'The meeting was held in Xiamen on 3 April 2021 (outside the article: both foreign ministries’ readouts). The article names no city, so the event is placed at China’s capital.',
      },
    ],
  },
  {
    id: '2022-08-08-park-jin-qingdao',
    title: 'Park Jin meets Wang Yi in Qingdao in the 30th year of ties',
    date: '2022-08-08',
    datePrecision: 'day',
    endDate: '2022-08-09',
    status: 'held',
    cameo: '042',
    placeId: 'qingdao',
    geoPrecision: 1,
    actors: [{ name: 'Park Jin', role: 'Foreign Minister of South Korea', country: 'KR' }, { ...WANG_YI, role: 'Foreign Minister of China' }],
    lead: A2022,
    sources: [
      { sourceId: A2022, quote: 'Park Jin, South Korea’s top diplomat, arrived in the eastern port city of Qingdao on Monday for talks with Chinese Foreign Minister Wang Yi' },
      { sourceId: A2022, quote: 'South Korean and Chinese foreign ministries will meet on Tuesday' },
    ],
  },
  {
    id: '2023-09-23-xi-han-asian-games',
    title: 'Xi Jinping meets Han Duck-soo at the Asian Games',
    date: '2023-09-23',
    datePrecision: 'day',
    status: 'held',
    cameo: '042',
    placeId: 'hangzhou',
    geoPrecision: 2,
    actors: [XI, { name: 'Han Duck-soo', role: 'Prime Minister of South Korea', country: 'KR' }],
    sources: [
      {
        sourceId: A2023,
        quote: 'Xi met South Korean Prime Minister Han Duck-soo on the sidelines of the Asian Games on Saturday',
        shared: true,
        note: 'The article names the Games, not the city: the 19th Asian Games opened in Hangzhou on 23 September 2023 (outside the article: Olympic Council of Asia).',
      },
      { sourceId: A2023, quote: 'On Saturday, Xi said China and South Korea are close neighbors and inseparable partners' },
    ],
  },
  {
    id: '2023-09-24-seoul-seeks-xi-visit',
    title: 'Seoul seeks a visit by Xi Jinping as a turning point in ties',
    date: '2023-09-24',
    datePrecision: 'day',
    status: 'proposed',
    cameo: '036',
    placeId: 'seoul',
    geoPrecision: 3,
    actors: [
      { name: 'Yoon Suk Yeol', role: 'President of South Korea', country: 'KR' },
      { name: 'Cho Tae-yong', role: 'National Security Adviser of South Korea', country: 'KR' },
      XI,
    ],
    lead: A2023,
    sources: [
      { sourceId: A2023, quote: 'South Korea is seeking to have Chinese President Xi Jinping visit for the first time in about a decade' },
      { sourceId: A2023, quote: 'Cho Tae-yong said in an interview with MBN cable TV Sunday that Xi’s visit would be difficult this year but possible next year' },
    ],
  },
  {
    id: '2023-09-26-trilateral-officials-seoul',
    title: 'Senior officials of South Korea, China and Japan to meet in Seoul',
    date: '2023-09-26',
    datePrecision: 'day',
    status: 'scheduled',
    cameo: '043',
    placeId: 'seoul',
    geoPrecision: 1,
    actors: [
      { name: 'South Korean senior officials', role: 'hosts', country: 'KR' },
      { name: 'Chinese senior officials', role: 'visitors', country: 'CN' },
      { name: 'Japanese senior officials', role: 'visitors', country: 'JP' },
    ],
    sources: [{ sourceId: A2023, quote: 'senior officials from the three nations are set to meet in Seoul on Tuesday', shared: true }],
  },
];
