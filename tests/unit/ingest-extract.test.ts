import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestArticle } from '../../pipeline/ingest/ingest';
import { datasetSchema } from '../../src/core/dataset/schema';

// Articles written for these tests, in the shapes news takes (dateline, agency credit, noise lines), about real events.
const article = (file: string) => readFileSync(resolve(__dirname, '../fixtures/articles', file), 'utf8');

type Expected = { date: string; endDate?: string; precision: string; status: string; cameo: string; placeId: string | undefined; actors?: string[]; title?: string };

describe('ingestArticle: the events of an article, each with its evidence', () => {
  it.each<[string, string | undefined, Expected[]]>([
    [
      'summit-gyeongju.txt',
      '2025-11-01',
      [
        { date: '2025-10-30', endDate: '2025-11-01', precision: 'day', status: 'held', cameo: '042', placeId: 'gyeongju', actors: ['Xi Jinping', 'Lee Jae-myung'] },
        { date: '2026-01-01', precision: 'month', status: 'scheduled', cameo: '042', placeId: 'beijing', actors: ['Lee Jae-myung'] },
      ],
    ],
    [
      'ambassador-summoned.txt',
      '2023-06-10',
      [
        { date: '2023-06-09', precision: 'day', status: 'held', cameo: '114', placeId: 'seoul', actors: ['Xing Haiming'] },
        { date: '2023-06-10', precision: 'day', status: 'held', cameo: '114', placeId: 'beijing' },
      ],
    ],
    ['phone-call.txt', undefined, [{ date: '2024-02-06', precision: 'day', status: 'held', cameo: '041', placeId: undefined, actors: ['Cho Tae-yul', 'Wang Yi'] }]],
    [
      'tour-ban.txt',
      '2017-03-15',
      [
        { date: '2017-03-15', precision: 'day', status: 'held', cameo: '163', placeId: 'beijing' },
        // "Last week ... urged a boycott": a week before the ban, so another event; a week is stored as its month.
        { date: '2017-03-01', precision: 'month', status: 'held', cameo: '163', placeId: 'beijing' },
      ],
    ],
    [
      // The headline names what Seoul seeks, so that leads; the hope is dated by when it was said, not by the visit it hopes for;
      // "Wang, who returned ... on Saturday" does not date the talks.
      'xi-visit-sought.txt',
      '2024-05-13',
      [
        { date: '2024-05-12', precision: 'day', status: 'proposed', cameo: '036', placeId: 'gyeongju', actors: ['Xi Jinping'] },
        { date: '2024-05-13', precision: 'day', status: 'held', cameo: '042', placeId: 'beijing', actors: ['Cho Tae-yul', 'Wang Yi'] },
      ],
    ],
    [
      // "…, the first visit to China by a foreign minister in six years, the ministry said Friday" names the trip of the
      // clause before it: not a visit of its own, held on the day it was said.
      'minister-trip.txt',
      undefined,
      [
        { date: '2024-05-01', precision: 'month', status: 'scheduled', cameo: '042', placeId: 'beijing', actors: ['Cho Tae-yul', 'Wang Yi'] },
        { date: '2023-12-01', precision: 'month', status: 'held', cameo: '041', placeId: undefined, actors: ['Cho Tae-yul', 'Wang Yi'] },
      ],
    ],
    [
      // "…, a possible visit to Seoul by Li Qiang" after a comma is an item of a list with a person of its own, not a
      // restatement of the summit before it: an event of its own.
      'asean-sidelines.txt',
      '2023-07-14',
      [
        { date: '2023-07-13', precision: 'day', status: 'held', cameo: '044', placeId: 'jakarta', actors: ['Park Jin', 'Wang Yi'] },
        { date: '2023-01-01', precision: 'year', status: 'proposed', cameo: '036', placeId: 'seoul' },
        { date: '2023-07-01', precision: 'month', status: 'proposed', cameo: '036', placeId: 'seoul', actors: ['Li Qiang'] },
      ],
    ],
    [
      // A measure lifted is an event of its own, with the measure it ends, dated in its own clause; Seoul welcoming the
      // decision is no meeting.
      'tours-resume.txt',
      undefined,
      [
        { date: '2023-08-10', precision: 'day', status: 'held', cameo: '085', placeId: 'beijing' },
        { date: '2017-03-01', precision: 'month', status: 'held', cameo: '163', placeId: 'beijing' },
      ],
    ],
    [
      // A criticism and a protest are titled by the side that makes them, not by the person they are aimed at.
      'taiwan-remarks.txt',
      undefined,
      [
        { date: '2023-04-20', precision: 'day', status: 'held', cameo: '111', placeId: 'beijing', actors: ['Yoon Suk Yeol'], title: 'China criticises Yoon Suk Yeol' },
        { date: '2023-04-23', precision: 'day', status: 'held', cameo: '114', placeId: 'seoul', title: 'South Korea lodges a formal protest with Qin Gang' },
      ],
    ],
    [
      // A saved page whose date is in structured data; a trip of two stops is placed where the leaders meet, not at the
      // second stop; an undated trip to the city that hosted a gathering once is dated to that year.
      'state-visit.html',
      undefined,
      [
        { date: '2026-01-04', endDate: '2026-01-07', precision: 'day', status: 'scheduled', cameo: '042', placeId: 'beijing', actors: ['Lee Jae-myung', 'Xi Jinping'] },
        { date: '2025-01-01', precision: 'year', status: 'held', cameo: '042', placeId: 'gyeongju', actors: ['Xi Jinping'] },
      ],
    ],
    [
      // "Seoul, Beijing agree" names the two governments, not a place: the ministers met in a city the gazetteer does not hold.
      'export-controls.txt',
      undefined,
      [{ date: '2023-05-25', precision: 'day', status: 'held', cameo: '042', placeId: undefined }],
    ],
    [
      // An agency page dated only in its furniture. "The two sides agreed to … resume the dialogue next year": next year
      // is when the dialogue resumes, not when they agreed, so that agreement is not made an event of next year.
      'bali-g20.html',
      undefined,
      [{ date: '2022-11-15', precision: 'day', status: 'held', cameo: '044', placeId: 'denpasar', actors: ['Xi Jinping', 'Yoon Suk Yeol'] }],
    ],
    [
      // Credentials presented are a meeting; "the APEC summit, which Korea hosts in November" is a November to come, though
      // the clause before it is in the past, and the gathering puts it in that year's host city.
      'credentials.txt',
      undefined,
      [
        { date: '2025-01-14', precision: 'day', status: 'held', cameo: '042', placeId: 'seoul', actors: ['Dai Bing', 'Choi Sang-mok'] },
        { date: '2024-12-01', precision: 'month', status: 'held', cameo: '042', placeId: 'seoul', actors: ['Dai Bing'] },
        { date: '2025-11-01', precision: 'month', status: 'scheduled', cameo: '042', placeId: 'gyeongju' },
      ],
    ],
    [
      // "after Seoul deployed a missile defence system …, prompting Beijing to retaliate": Seoul acts for its government
      // there, so the measure is placed with the side that takes it, not in Seoul.
      'ministers-beijing.txt',
      undefined,
      [
        { date: '2024-05-13', precision: 'day', status: 'held', cameo: '042', placeId: 'beijing', actors: ['Cho Tae-yul', 'Wang Yi'] },
        { date: '2017-01-01', precision: 'year', status: 'held', cameo: '163', placeId: 'beijing' },
        { date: '2024-05-01', precision: 'month', status: 'scheduled', cameo: '042', placeId: 'seoul' },
      ],
    ],
    [
      'year-end.txt',
      undefined,
      [
        { date: '2023-12-29', precision: 'day', status: 'held', cameo: '042', placeId: 'beijing' },
        { date: '2023-12-01', precision: 'month', status: 'cancelled', cameo: '125', placeId: undefined },
      ],
    ],
  ])('%s', (file, published, expected) => {
    const { dataset, extraction } = ingestArticle({ name: file, content: article(file), ...(published ? { published } : {}) }, '2026-12-01');
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    const got = dataset.events.map((e) => ({
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      precision: e.datePrecision,
      status: e.status,
      cameo: e.kind.cameo,
      placeId: e.placeId,
    }));
    expect(got).toEqual(expected.map(({ actors: _a, title: _t, ...rest }) => ({ ...rest, ...(rest.placeId === undefined ? { placeId: undefined } : {}) })));
    expected.forEach((want, i) => {
      for (const name of want.actors ?? []) expect(dataset.events[i].actors.map((a) => a.name)).toContain(name);
      if (want.title) expect(dataset.events[i].title).toBe(want.title);
      // Every field points at a sentence of the article.
      for (const evidence of Object.values(extraction.proposals[i].why)) expect(article(file).replace(/\s+/g, ' ')).toContain(evidence!.sentence.replace(/\s+/g, ' '));
    });
  });

  it('says so, and proposes nothing, for an article that reports no event between the two', () => {
    const text = 'Published: March 3, 2024\n\nSouth Korean exports of semiconductors rose 12 percent in February from a year earlier, customs data showed on Friday.';
    const { dataset } = ingestArticle({ name: 'exports.txt', content: text }, '2026-12-01');
    expect(dataset.events).toEqual([]);
  });
});
