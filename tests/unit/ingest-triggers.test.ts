import { clausesOf, findTriggers, statusOf } from '../../pipeline/ingest/triggers';

// Sentences written for these tests, about real events; none is taken from the corpus.
describe('findTriggers: the kind a clause reports', () => {
  it.each([
    ['Lee Jae-myung met Xi Jinping on the sidelines of the APEC summit', 'meeting', '042'],
    ['Cho Tae-yul spoke by phone with his Chinese counterpart Wang Yi', 'phone', '041'],
    ['The two foreign ministers held a phone call on Tuesday', 'phone', '041'],
    ['Yoon and Li Qiang held a video call', 'video', '040'],
    ["Seoul summoned China's ambassador Xing Haiming over his remarks", 'complain', '114'],
    ['Beijing lodged a stern protest with Seoul over the deployment', 'complain', '114'],
    ['China criticised South Korea for its stance on Taiwan', 'criticise', '111'],
    ['Beijing imposed an unofficial ban on Korean pop concerts', 'sanction', '163'],
    ['China banned group tours to South Korea in March 2017', 'sanction', '163'],
    ['The visit was called off at the last minute', 'cancel', '125'],
    ['The trilateral summit was postponed indefinitely', 'cancel', '125'],
    ['China told Seoul and Tokyo it cannot host the trilateral summit early next year', 'cancel', '125'],
    ['Beijing declined to hold the talks before the election', 'cancel', '125'],
    ['The two sides signed a memorandum of understanding on supply chains', 'sign', '057'],
    ['Seoul is seeking to arrange a visit by Xi next year', 'intent', '036'],
    ['The ministers agreed to resume the dialogue', 'agree', '030'],
    ['Li Qiang arrived in Seoul on Sunday', 'meeting', '042'],
    ['Tokyo pressed Beijing for an early trilateral summit', 'intent', '036'],
    ['Opposition lawmakers called for a summit with Xi before the election', 'intent', '036'],
    ['China lifted its ban on group tours to South Korea on Thursday', 'ease', '085'],
    ['Han Duck-soo attended the opening ceremony of the Asian Games in Hangzhou', 'meeting', '042'],
    ['The new ambassador presented his credentials to President Lee Jae-myung', 'meeting', '042'],
    ['Beijing has quietly eased restrictions on Korean dramas', 'ease', '085'],
    ['China resumed group tours to South Korea after six years', 'ease', '085'],
    ['Seoul scrapped the retaliatory measures after the talks', 'ease', '085'],
  ])('%s -> %s', (clause, family, cameo) => {
    const [first] = findTriggers(clause);
    expect(first?.family).toBe(family);
    expect(first?.cameo).toBe(cameo);
  });

  it.each([
    'Exports of semiconductors rose 12 percent in October',
    'South Korea hosts the deployment of the battery near Seongju',
    'Analysts said the economy would recover slowly',
    "Seoul welcomed Beijing's decision",
    'The ministry received the announcement with caution',
  ])('finds no event in "%s"', (clause) => {
    expect(findTriggers(clause)).toEqual([]);
  });
});

describe('statusOf: held, scheduled, proposed or cancelled from tense and modality', () => {
  it.each<[string, Parameters<typeof statusOf>[1], { headline?: boolean; dateIsAfterPublication?: boolean; triggerAt?: number }, string]>([
    ['Xi met Lee in Gyeongju on Saturday', 'meeting', {}, 'held'],
    ['Wang Yi will visit Seoul next week', 'meeting', {}, 'scheduled'],
    ['The ministers are set to meet in Busan on Friday', 'meeting', {}, 'scheduled'],
    ['was set to meet President Moon on Thursday', 'meeting', {}, 'scheduled'],
    ['Foreign minister to visit China for first time in three years', 'meeting', { headline: true }, 'scheduled'],
    ['The talks take place in Beijing on Monday', 'meeting', { dateIsAfterPublication: true }, 'scheduled'],
    ['Xi could visit South Korea next year', 'meeting', {}, 'proposed'],
    ['a possible visit to Seoul by the Chinese president', 'meeting', {}, 'proposed'],
    ['they agreed to hold a dialogue of vice ministers', 'agree', {}, 'proposed'],
    ['Seoul is seeking a visit by Xi', 'intent', {}, 'proposed'],
    ['The summit was postponed by the pandemic', 'cancel', {}, 'cancelled'],
    ['Seoul is pressing Beijing for a visit by Li Qiang', 'meeting', {}, 'proposed'],
    ['a visit by Xi next year was likely', 'meeting', { triggerAt: 'a visit'.length }, 'proposed'],
    ['the summit would be difficult to arrange this year', 'meeting', { triggerAt: 'the summit'.length }, 'proposed'],
    // An appeal that was made is news that happened: "urged a boycott" is not a hope.
    ['State media urged a boycott of Korean goods', 'sanction', {}, 'held'],
  ])('%s -> %s', (clause, family, options, status) => {
    expect(statusOf(clause, family, options).status).toBe(status);
  });
});

describe('clausesOf: one clause per event a sentence reports', () => {
  it.each([
    ['Wang met Kang on Wednesday and was set to meet President Moon on Thursday', ['Wang met Kang on Wednesday', 'was set to meet President Moon on Thursday']],
    ['Chung will travel to China on Friday and on Saturday will meet Wang', ['Chung will travel to China on Friday', 'on Saturday will meet Wang']],
    ['Seoul protested; Beijing said it would not change course', ['Seoul protested', 'Beijing said it would not change course']],
    ['Kang and Wang discussed trade and culture', ['Kang and Wang discussed trade and culture']],
  ])('%s', (sentence, clauses) => {
    expect(clausesOf(sentence).map((c) => c.text)).toEqual(clauses);
  });

  it('keeps each clause at its offset in the sentence', () => {
    const sentence = 'Xi met Lee on Saturday and will visit Busan on Sunday';
    for (const clause of clausesOf(sentence)) expect(sentence.slice(clause.index, clause.index + clause.text.length)).toBe(clause.text);
  });
});
