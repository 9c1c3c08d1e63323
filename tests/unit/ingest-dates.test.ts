import { findDates, tenseOf } from '../../pipeline/ingest/dates';

// Sentences written for these tests; the publication day decides what a weekday or a month without a year means.
describe('findDates: date expressions resolved against the publication day', () => {
  it.each<[string, string, 'past' | 'future' | undefined, Array<[string, string, string?]>]>([
    ['They met on Friday', '2024-01-02', 'past', [['2023-12-29', 'day']]],
    ['They will meet on Friday', '2024-01-02', 'future', [['2024-01-05', 'day']]],
    ['The talks were held on Wednesday', '2019-12-04', 'past', [['2019-12-04', 'day']]],
    ['He arrived on Sunday', '2025-03-01', 'past', [['2025-02-23', 'day']]],
    ['Officials said on Wednesday (Dec 4)', '2019-12-04', 'past', [['2019-12-04', 'day'], ['2019-12-04', 'day']]],
    ['The ministers met on Dec 30', '2024-01-03', 'past', [['2023-12-30', 'day']]],
    ['The summit is due on Jan 5', '2023-12-28', 'future', [['2024-01-05', 'day']]],
    ['Xi last visited Seoul in July 2014', '2023-09-25', 'past', [['2014-07-01', 'month']]],
    ['a trip in August', '2020-11-26', undefined, [['2020-08-01', 'month']]],
    ['a visit in November', '2021-03-31', undefined, [['2020-11-01', 'month']]],
    ['The talks were held last month', '2024-01-15', 'past', [['2023-12-01', 'month']]],
    ['The summit was expected earlier this year', '2020-11-26', 'past', [['2020-01-01', 'year']]],
    ['a visit possible next year', '2023-09-25', undefined, [['2024-01-01', 'year']]],
    ['the trilateral meeting in 2015', '2019-12-04', undefined, [['2015-01-01', 'year']]],
    ['a four-day state visit from Sunday', '2024-01-02', 'future', [['2024-01-07', 'day', '2024-01-10']]],
    ['talks from Nov 10 to 12', '2024-11-01', undefined, [['2024-11-10', 'day', '2024-11-12']]],
    ['the 30th anniversary of ties', '2022-08-08', undefined, []],
    ['the 19th Asian Games', '2023-09-25', undefined, []],
    ['his first visit in over four years', '2019-12-04', undefined, []],
    ['COVID-19 and the G20 at 10 am', '2024-01-15', undefined, []],
    ['exports rose 2.5% to 2030 units', '2024-01-15', undefined, []],
    // A weekend is its Saturday, with both days as a window; which weekend depends on the day of publication and the tense.
    ['officials said over the weekend', '2024-06-10', 'past', [['2024-06-08', 'day']]],
    ['officials said over the weekend', '2024-06-16', 'past', [['2024-06-15', 'day']]],
    ['the envoys will meet this weekend', '2024-06-12', 'future', [['2024-06-15', 'day']]],
    ['talks took place last weekend', '2024-06-15', 'past', [['2024-06-08', 'day']]],
    ['talks were held over the weekend', '2024-01-01', 'past', [['2023-12-30', 'day']]],
    // The verb that governs a weekday decides its direction, not a future elsewhere in the clause.
    ['the adviser said in an interview Sunday that a visit will happen next year', '2023-09-25', 'future', [['2023-09-24', 'day'], ['2024-01-01', 'year']]],
    ['the minister will fly to Beijing on Sunday', '2023-09-25', 'future', [['2023-10-01', 'day']]],
  ])('"%s", published %s (%s)', (sentence, published, tense, expected) => {
    const found = findDates(sentence, { published, tense }).map((d) => [d.date, d.datePrecision, ...(d.endDate ? [d.endDate] : [])]);
    expect(found).toEqual(expected);
  });

  it('keeps each expression at its place in the sentence', () => {
    const sentence = 'Kang said on Thursday that Wang will visit next month';
    for (const d of findDates(sentence, { published: '2020-11-26' })) expect(sentence.slice(d.index, d.index + d.text.length)).toBe(d.text);
  });
});

it('gives a weekend both of its days as a window', () => {
  expect(findDates('officials said over the weekend', { published: '2024-06-10', tense: 'past' })[0].window).toEqual({ from: '2024-06-08', to: '2024-06-09' });
});

describe('tenseOf', () => {
  it.each<[string, 'past' | 'future' | undefined]>([
    ['Wang will visit Seoul', 'future'],
    ['The ministers are set to meet', 'future'],
    ['Wang is also scheduled to pay a call', 'future'],
    ['Xi met Lee', 'past'],
    ['Seoul summoned the ambassador', 'past'],
    ['a possible visit', undefined],
  ])('%s -> %s', (sentence, tense) => expect(tenseOf(sentence)).toBe(tense));
});
