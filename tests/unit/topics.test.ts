import { TOPIC_RULES, topicsOfSentence } from '../../pipeline/topics/taxonomy';

describe('topicsOfSentence', () => {
  it.each([
    // The start of relations in 1992 is not their anniversary.
    ['China established diplomatic ties with South Korea in 1992.', []],
    ['Beijing objects to the THAAD battery.', ['thaad']],
    ['The anti-missile system was installed in 2017.', ['thaad']],
    ['They discussed missile defence.', ['thaad']],
    ['Talks on denuclearization stalled.', ['north-korea']],
    ['Pyongyang fired a missile.', ['north-korea']],
    ['Resuming K-pop exports is on the agenda.', ['culture']],
    ['The Korean wave is popular.', ['culture']],
    ['Licences for video game makers were approved.', ['culture']],
    ['Tourism and cosmetics slumped.', ['trade']],
    ['China is the largest trading partner.', ['trade']],
    ['The US-led semiconductor alliance worries Beijing.', ['chips', 'us-china']],
    ['Supply chains must be restructured.', ['chips']],
    ['Seoul wants Xi to visit.', ['leader-visits']],
    ['Xi met Prime Minister Han Duck-soo and said he will consider visiting.', ['leader-visits']],
    ['A trilateral summit with Japan is planned.', ['leader-visits', 'trilateral']],
    ['Sino-US rivalry is escalating.', ['us-china']],
    ['Peace in the Taiwan Strait is critical.', ['taiwan']],
    ['The Covid-19 pandemic postponed the trip.', ['covid']],
    ['Chinese military aircraft violate the air defense zone.', ['military']],
    ['Ties mark their 30th anniversary.', ['anniversary']],
    ['Chips are down for the visiting team.', ['chips']],
    ['The weather was fine.', []],
  ])('%s', (sentence, topics) => {
    expect(topicsOfSentence(sentence)).toEqual(topics);
  });

  it('has between 10 and 14 topics with unique ids', () => {
    const ids = TOPIC_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.length).toBeLessThanOrEqual(14);
  });

  it('uses no stateful (global or sticky) patterns', () => {
    for (const rule of TOPIC_RULES) for (const pattern of rule.patterns) expect(pattern.flags).not.toMatch(/[gy]/);
  });
});
