/** @vitest-environment jsdom */
import { render, screen, within } from './render';
import userEvent from '@testing-library/user-event';
import type { ProposedEvent } from '../../pipeline/ingest/extract';
import type { IngestResult } from '../../pipeline/ingest/ingest';
import { IngestError } from '../../pipeline/ingest/types';
import type { Dataset } from '../../src/core/dataset/schema';
import { AddArticleBoundary } from '../../src/features/ingest/components/add-article-boundary';
import { ArticleForm } from '../../src/features/ingest/components/article-form';
import { ReviewView } from '../../src/features/ingest/components/review-view';
import { problemOf } from '../../src/features/ingest/utils/read-problem';

const PLACES = [
  { id: 'gyeongju', name: 'Gyeongju' },
  { id: 'seoul', name: 'Seoul' },
];

const SUMMIT = 'Chinese President Xi Jinping held talks with South Korean President Lee Jae-myung in Gyeongju on Saturday.';
const CALL = 'Foreign Minister Cho Hyun spoke with Wang Yi by phone on Monday.';
const NOISE = 'The weather was mild.';

const summit: ProposedEvent = {
  draft: {
    id: '2025-11-01-summit',
    title: 'Xi Jinping and Lee Jae-myung hold talks',
    date: '2025-11-01',
    datePrecision: 'day',
    status: 'held',
    cameo: '040',
    placeId: 'gyeongju',
    geoPrecision: 1,
    actors: [{ name: 'Xi Jinping', role: 'President of China', country: 'CN' }],
  },
  why: {
    date: { sentence: SUMMIT, match: 'on Saturday', confidence: 0.9, note: 'the Saturday before publication' },
    place: { sentence: SUMMIT, match: 'Gyeongju', confidence: 1 },
  },
  sentences: [SUMMIT],
  lead: true,
  confidence: 0.9,
  places: [],
  order: 1,
};

const call: ProposedEvent = {
  ...summit,
  draft: { ...summit.draft, id: '2025-10-27-call', title: 'Cho Hyun and Wang Yi talk by phone', date: '2025-10-27', placeId: undefined, geoPrecision: undefined, actors: [] },
  why: {},
  sentences: [CALL],
  lead: false,
  order: 2,
};

const resultOf = (proposals: ProposedEvent[], warnings: string[] = []): IngestResult => ({
  article: { sourceId: 'summit', file: 'pasted text', outlet: 'Yonhap', published: '2025-11-02', publishedBasis: 'given by the reader', headline: 'Xi and Lee meet', text: '' },
  extraction: { sentences: [SUMMIT, NOISE, CALL], proposals, warnings, leftOut: [] },
  dataset: {} as Dataset,
});

const renderReview = (proposals: ProposedEvent[], warnings?: string[]) => {
  const onAccept = vi.fn();
  render(<ReviewView result={resultOf(proposals, warnings)} places={PLACES} onAccept={onAccept} onAnother={() => {}} />);
  const events = screen.getByRole('region', { name: 'Proposed events' });
  return { onAccept, events, forms: () => within(events).queryAllByRole('article') };
};

describe('The review of an article', () => {
  it('shows the article with its evidence marked, and each proposal as a form with the words each field came from', () => {
    const { forms } = renderReview([summit, call], ['"They may meet again next year": a plan with no date, left out']);
    const article = screen.getByRole('region', { name: 'The article' });
    expect(within(article).getByRole('heading', { name: 'Xi and Lee meet' })).toBeInTheDocument();
    expect(article).toHaveTextContent('Yonhap, published 2025-11-02 (given by the reader)');
    expect([...article.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([SUMMIT, CALL]);
    expect(within(article).getByText(NOISE).closest('mark')).toBeNull();
    expect(screen.getByRole('region', { name: 'Warnings' })).toHaveTextContent('a plan with no date, left out');

    const [first, second] = forms();
    expect(within(first).getByRole('heading')).toHaveTextContent('Event 1: the article’s main event');
    expect(within(first).getByLabelText('Title')).toHaveValue('Xi Jinping and Lee Jae-myung hold talks');
    expect(within(first).getByLabelText('Date')).toHaveValue('2025-11-01');
    expect(within(first).getByLabelText('Place')).toHaveValue('Gyeongju');
    expect(within(first).getByLabelText('Place')).toHaveAccessibleDescription(/Place: from “Gyeongju”, confidence 100%/);
    expect(within(first).getByLabelText('Date')).toHaveAccessibleDescription(/from “on Saturday”, confidence 90%: the Saturday before publication/);
    expect(within(first).getByLabelText('Kind')).toHaveDisplayValue(/\(040\)$/);
    expect(within(first).getByLabelText('Name')).toHaveValue('Xi Jinping');
    expect(within(second).getByLabelText('Place')).toHaveValue('');
    expect(within(second).getByLabelText('Place precision')).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('2 events proposed');
  });

  it('accepts an event with the reviewer’s edits, and keeps it shown as accepted', async () => {
    const user = userEvent.setup();
    const { onAccept, forms } = renderReview([summit, call]);
    const [first] = forms();
    await user.clear(within(first).getByLabelText('Title'));
    await user.type(within(first).getByLabelText('Title'), 'Xi and Lee meet in Gyeongju');
    await user.selectOptions(within(first).getByLabelText('Status'), 'scheduled');
    await user.click(within(first).getByRole('button', { name: 'Add actor' }));
    await user.type(within(first).getAllByLabelText('Name')[1], 'Lee Jae-myung');
    await user.type(within(first).getAllByLabelText('Role')[1], 'President of South Korea');
    await user.type(within(first).getAllByLabelText('Country')[1], 'kr');
    await user.click(within(first).getByRole('button', { name: 'Accept' }));

    expect(onAccept).toHaveBeenCalledWith(summit, {
      ...summit.draft,
      title: 'Xi and Lee meet in Gyeongju',
      status: 'scheduled',
      actors: [...summit.draft.actors, { name: 'Lee Jae-myung', role: 'President of South Korea', country: 'KR' }],
    });
    expect(within(first).getByText('Accepted')).toBeInTheDocument();
    expect(within(first).getByLabelText('Title')).toBeDisabled();
    expect(within(first).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Accepted “Xi and Lee meet in Gyeongju”');
  });

  it('takes "no place" for an event with none, and a month for a date of month precision', async () => {
    const user = userEvent.setup();
    const { onAccept, forms } = renderReview([summit]);
    const [first] = forms();
    await user.clear(within(first).getByLabelText('Place'));
    await user.type(within(first).getByLabelText('Place'), 'no place');
    await user.clear(within(first).getByLabelText('Date'));
    await user.type(within(first).getByLabelText('Date'), '2025-11-15');
    await user.selectOptions(within(first).getByLabelText('Precision'), 'month');
    await user.click(within(first).getByRole('button', { name: 'Remove actor 1, Xi Jinping' }));
    await user.click(within(first).getByRole('button', { name: 'Accept' }));
    const { placeId, geoPrecision, ...rest } = summit.draft;
    expect(onAccept).toHaveBeenCalledWith(summit, { ...rest, date: '2025-11-01', datePrecision: 'month', actors: [] });
    expect(placeId).toBe('gyeongju');
    expect(geoPrecision).toBe(1);
  });

  it('names the fields that keep an event from being accepted, and accepts nothing', async () => {
    const user = userEvent.setup();
    const { onAccept, forms } = renderReview([summit]);
    const [first] = forms();
    await user.clear(within(first).getByLabelText('Title'));
    await user.clear(within(first).getByLabelText('Place'));
    await user.type(within(first).getByLabelText('Place'), 'Atlantis');
    await user.click(within(first).getByRole('button', { name: 'Accept' }));
    const alert = within(first).getByRole('alert');
    expect(alert).toHaveTextContent('Title: give the event a title.');
    expect(alert).toHaveTextContent('Place: no place named "Atlantis" in the gazetteer');
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('says when keeping an accepted event failed', async () => {
    const user = userEvent.setup();
    render(<ReviewView result={resultOf([summit])} places={PLACES} onAccept={() => Promise.reject(new Error('QuotaExceededError'))} onAnother={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not kept: this browser refused to store it (QuotaExceededError).');
    expect(screen.getByRole('button', { name: 'Accept' })).toBeEnabled();
  });

  it('removes a rejected event from the review', async () => {
    const user = userEvent.setup();
    const { onAccept, forms, events } = renderReview([summit, call]);
    await user.click(within(forms()[1]).getByRole('button', { name: 'Reject' }));
    expect(forms()).toHaveLength(1);
    expect(within(events).queryByDisplayValue('Cho Hyun and Wang Yi talk by phone')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Rejected “Cho Hyun and Wang Yi talk by phone”.');
    expect(events).toHaveFocus();
    await user.click(within(forms()[0]).getByRole('button', { name: 'Reject' }));
    expect(forms()).toHaveLength(0);
    expect(events).toHaveTextContent('Every proposed event was rejected.');
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('says so when the article has no event between the two', () => {
    const { forms } = renderReview([]);
    expect(forms()).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Proposed events' })).toHaveTextContent('No event between South Korea and China was found in this article');
    expect(screen.getByRole('status')).toHaveTextContent('No event between South Korea and China was found in this article');
  });
});

describe('The article form', () => {
  it('shows why an article was not read', () => {
    render(<ArticleForm problem={problemOf(new IngestError('not-english', 'seoul.txt: looks like Korean; only English articles are read for now'))} onRead={() => {}} onRefusedFile={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('seoul.txt: looks like Korean; only English articles are read for now');
    expect(screen.getByLabelText('Publication date (if the article does not say)')).not.toBeRequired();
  });

  it('asks for the publication date when the article gives none, and reads it again with it', async () => {
    const user = userEvent.setup();
    const onRead = vi.fn();
    const problem = problemOf(new IngestError('no-date', 'pasted text: no publication date found in the article; give it with --published YYYY-MM-DD'));
    render(<ArticleForm problem={problem} onRead={onRead} onRefusedFile={() => {}} />);
    const date = screen.getByLabelText('Publication date (if the article does not say)');
    expect(screen.getByRole('alert')).toHaveTextContent('pasted text: no publication date found in the article. Give the publication date below and read it again.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('--published');
    expect(date).toBeRequired();
    expect(date).toHaveFocus();
    expect(date).toHaveAccessibleDescription(/Give the publication date below/);

    await user.type(screen.getByLabelText('Article text or saved web page (HTML)'), 'SEOUL -- Xi met Lee.');
    await user.type(date, '2025-11-01');
    await user.type(screen.getByLabelText('Outlet (optional)'), 'Yonhap');
    await user.click(screen.getByRole('button', { name: 'Read article' }));
    expect(onRead).toHaveBeenCalledWith({ name: 'pasted text', content: 'SEOUL -- Xi met Lee.', published: '2025-11-01', outlet: 'Yonhap' });
  });

  it('refuses a file that is not .txt or .html, and reads one that is', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const onRefusedFile = vi.fn();
    render(<ArticleForm problem={null} onRead={() => {}} onRefusedFile={onRefusedFile} />);
    await user.upload(screen.getByLabelText('Or choose a file'), new File(['%PDF'], 'story.pdf', { type: 'application/pdf' }));
    expect(onRefusedFile).toHaveBeenCalledWith('story.pdf');
    await user.upload(screen.getByLabelText('Or choose a file'), new File(['Xi met Lee.'], 'story.txt', { type: 'text/plain' }));
    expect(await screen.findByText('Read from story.txt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Article text or saved web page (HTML)')).toHaveValue('Xi met Lee.');
  });

  it('says what went wrong when the reader itself fails, rather than a blank page', () => {
    expect(problemOf(new TypeError('x is undefined'))).toEqual({ code: 'unexpected', detail: 'x is undefined', message: 'The article could not be read (x is undefined). Nothing was changed.' });
  });
});

describe('Add article… failing to open', () => {
  it('says so in place of the dialog, and closes', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const Broken = () => {
      throw new Error('Failed to fetch dynamically imported module');
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <AddArticleBoundary onClose={onClose}>
        <Broken />
      </AddArticleBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Add article… could not be opened (Failed to fetch dynamically imported module). The dashboard is unchanged');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('The review in Korean and Chinese', () => {
  // An article written for this test; a real call, and a plan with no date of its own.
  const ARTICLE = `Published: February 7, 2024

South Korean Foreign Minister Cho Tae-yul spoke by phone with his Chinese counterpart Wang Yi on Tuesday.

Japan and the United States have also discussed a summit.`;

  it.each([
    ['ko', '장소: “spoke by phone”에서, 신뢰도 90%: 전화 통화에는 장소가 없음', '제외'],
    ['zh', '地点：来自“spoke by phone”，置信度 90%：电话通话没有地点', '未采用'],
  ] as const)('%s: each field says where it came from, and what was left out, in that language', async (lang, placeNote, leftOut) => {
    const { ingestArticle } = await import('../../pipeline/ingest/ingest');
    const result = ingestArticle({ name: 'call.txt', content: ARTICLE }, '2026-12-01');
    render(<ReviewView result={result} places={PLACES} onAccept={() => {}} onAnother={() => {}} />, { lang });
    const notes = [...document.querySelectorAll('.ingest__why')].map((why) => why.textContent);
    expect(notes.some((note) => note?.startsWith(placeNote))).toBe(true);
    const warnings = screen.queryByRole('region', { name: lang === 'ko' ? '경고' : '警告' });
    // The summit of two other countries is left out, and the review says so.
    expect(result.extraction.proposals).toHaveLength(1);
    expect(warnings).toHaveTextContent(leftOut);
    // The article's own words stay English, and say so.
    for (const quote of warnings?.querySelectorAll('q') ?? []) expect(quote).toHaveAttribute('lang', 'en');
  });
});
