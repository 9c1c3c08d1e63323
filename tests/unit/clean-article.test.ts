import { cleanArticle, splitSentences } from '../../pipeline/text/clean-article';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Kang met Wang. "We agree," she said. Then they left.', ['Kang met Wang.', '"We agree," she said.', 'Then they left.']],
    ['He said: “This is the goal we must achieve.” Cho added more.', ['He said: “This is the goal we must achieve.”', 'Cho added more.']],
    ['Kolmar Korea Co. rose 7.5%, the most since Aug. 11. Cosmax Inc. soared.', ['Kolmar Korea Co. rose 7.5%, the most since Aug. 11.', 'Cosmax Inc. soared.']],
    ['The U.S. administration changed. S.Korea watched.', ['The U.S. administration changed.', 'S.Korea watched.']],
    ['It rose in 2017. In 2019 it fell.', ['It rose in 2017.', 'In 2019 it fell.']],
    ['Beijing and the United States, its most ally. important of the South. Chung will travel.', ['Beijing and the United States, its most ally. important of the South.', 'Chung will travel.']],
    ['  spaced   out\ttext.  ', ['spaced out text.']],
    ['', []],
  ])('%s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected);
  });
});

describe('cleanArticle', () => {
  it.each([
    ['a repeated headline and a scrape stamp', 'date 2020-11-26 Left Menu\nTies warm\n\nTies warm\nKang met Wang in Seoul.', ['Kang met Wang in Seoul.']],
    ['a byline with update time', 'Reuters | Seoul | Updated: 26-11-2020 14:22 IST\nKang met Wang.', ['Kang met Wang.']],
    ['source credit and comment form', 'Kang met Wang.\nSource: Reuters/nh\nPlease enter your comment!\nPlease enter your name here', ['Kang met Wang.']],
    ['a dateline', 'SEOUL: South Korea and China agreed.', ['South Korea and China agreed.']],
    ['an agency dateline', 'Seoul / Beijing (Reuters) – A minister will visit China.', ['A minister will visit China.']],
    [
      'a photo caption from another year pasted into a paragraph',
      'Ties improve. Photo Photo: Chung attends a meeting in Moscow, Russia March 13, 2018. Alexander Zemlianichenko / Pool via Reuters Chung Eui-yong will travel to China on Friday.',
      ['Ties improve.', 'Chung Eui-yong will travel to China on Friday.'],
    ],
    ['reporting credits', 'Chung met Blinken in mid-March. Reporting by Josh Smith; Edited by Simon Cameron-Moore', ['Chung met Blinken in mid-March.']],
    ['a duplicated paragraph, with quotes folded', 'Kang thanked Wang.\n“Kang thanked Wang.”\nThey met.', ['Kang thanked Wang.', 'They met.']],
  ])('drops %s', (_name, raw, sentences) => {
    expect(cleanArticle(raw).sentences).toEqual(sentences);
  });

  it('says what it removed and why', () => {
    const { removed } = cleanArticle('Headline\nSEOUL: Kang met Wang.\nSource: Reuters');
    expect(removed.map((r) => r.rule)).toEqual(['heading or byline', 'dateline', 'source credit']);
  });
});
