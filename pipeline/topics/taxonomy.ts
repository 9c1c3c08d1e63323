import type { Topic } from '../../src/core/dataset/schema';

/**
 * A topic with the rule that finds it in a sentence. A sentence mentions a
 * topic when any of the topic's patterns matches it (case-insensitive unless
 * the pattern says otherwise). The patterns are the documentation: each is
 * listed in the README's Method section.
 */
export type TopicRule = Topic & { patterns: RegExp[] };

export const TOPIC_RULES: ReadonlyArray<TopicRule> = [
  {
    id: 'thaad',
    label: 'THAAD and missile defence',
    description: 'The US Terminal High Altitude Area Defense battery in South Korea and the row over it.',
    patterns: [/\bTHAAD\b/, /\bmissile[- ]defen[cs]e\b/i, /\banti-missile\b/i, /\bTerminal High Altitude\b/i],
  },
  {
    id: 'north-korea',
    label: 'North Korea and denuclearization',
    description: 'North Korea, its nuclear and missile programmes and the talks about them.',
    patterns: [/\bNorth Korea/i, /\bN\.Korea\b/, /\bPyongyang\b/, /\bdenucleari[sz]ation\b/i, /\bKim Jong Un\b/, /\bKorean peninsula\b/i],
  },
  {
    id: 'culture',
    label: 'Culture and the Korean wave',
    description: 'Cultural and people-to-people exchange, K-pop, film, drama and games, and the informal ban on them.',
    patterns: [
      /\bcultur(?:e|al)\b/i, /\bKorean wave\b/i, /\bK-pop\b/i, /\bentertainment\b/i, /\bfilms?\b/i, /\bmovies?\b/i,
      /\bdramas?\b/i, /\bvideo game/i, /\bpeople-to-people\b/i, /\byounger generations?\b/i,
    ],
  },
  {
    id: 'trade',
    label: 'Trade, economy and tourism',
    description: 'Trade, investment, tourism, consumer industries and markets.',
    patterns: [
      /\btrad(?:e|ing)\b/i, /\beconom(?:y|ic|ies)\b/i, /\btourism\b/i, /\bcosmetics\b/i, /\bcommerce\b/i,
      /\bstocks?\b/i, /\bwon-yuan\b/i, /\btravel-related\b/i,
    ],
  },
  {
    id: 'chips',
    label: 'Chips and supply chains',
    description: 'Semiconductors, export curbs on chips and the restructuring of supply chains.',
    patterns: [/\bsemiconductors?\b/i, /\bchips?\b/i, /\bsupply chains?\b/i],
  },
  {
    id: 'leader-visits',
    label: 'Leader visits and summits',
    description: 'Visits and summits of heads of state or government, above all a visit by Xi Jinping to Seoul.',
    patterns: [
      /\bsummit\b/i, /\bheads of state\b/i, /\bcourtesy call\b/i,
      // A head of state or government within one clause of a visit, trip or meeting.
      /\b(?:Xi|Moon|Yoon|Park Geun-hye|Han Duck-soo)\b[^.;]{0,120}\b(?:visit|trip|met|meet)/,
      /\b(?:visit|trip|met|meet)\w*\b[^.;]{0,60}\b(?:Xi|Moon|Yoon|Park Geun-hye|Han Duck-soo)\b/,
    ],
  },
  {
    id: 'us-china',
    label: 'US-China rivalry and alliances',
    description: 'Rivalry between Washington and Beijing, and South Korea’s alliance with the United States.',
    patterns: [
      /\brivalry\b/i, /\bSino-US\b/i, /\bWashington\b/, /\bBiden\b/, /\balliance\b/i, /\bunilateralism\b/i,
      /\bhegemonic\b/i, /\bIndo-Pacific\b/i, /\bconfrontation with China\b/i,
    ],
  },
  {
    id: 'taiwan',
    label: 'Taiwan',
    description: 'Taiwan and the Taiwan Strait.',
    patterns: [/\bTaiwan\b/],
  },
  {
    id: 'trilateral',
    label: 'Korea-China-Japan trilateral',
    description: 'The three-way meetings and summits of South Korea, China and Japan.',
    patterns: [/\btrilateral\b/i, /\bthree-way\b/i, /\bthree nations\b/i, /\battended by Japan\b/i],
  },
  {
    id: 'covid',
    label: 'COVID-19',
    description: 'The coronavirus pandemic and its effect on diplomacy.',
    patterns: [/\bCOVID(?:-19)?\b/i, /\bcoronavirus\b/i, /\bpandemic\b/i],
  },
  {
    id: 'military',
    label: 'Military and maritime',
    description: 'Armed forces, air defence zones, drills, hotlines and maritime affairs.',
    patterns: [/\bmilitary\b/i, /\bmaritime\b/i, /\bair defen[cs]e (?:identification )?zone\b/i, /\bdrills\b/i, /\bhotlines?\b/i],
  },
  {
    id: 'anniversary',
    label: '30th anniversary of ties',
    description: 'The 30th anniversary in 2022 of diplomatic relations established in 1992.',
    patterns: [/\b30th anniversary\b/i],
  },
];

/** The topics of a sentence, in taxonomy order. */
export function topicsOfSentence(sentence: string, rules: ReadonlyArray<TopicRule> = TOPIC_RULES): string[] {
  return rules.filter((rule) => rule.patterns.some((pattern) => pattern.test(sentence))).map((rule) => rule.id);
}
