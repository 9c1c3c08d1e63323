import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, sourceIdOf } from '../../pipeline/build-dataset';
import { readCuration } from '../../pipeline/curated/read-curation';
import { readCorpus } from '../../pipeline/read-corpus';
import { datasetJsonSchema } from '../../src/core/dataset/json-schema';
import type { Dataset } from '../../src/core/dataset/schema';

const corpusDir = resolve(__dirname, '../../../shared/corpus');
const haveCorpus = existsSync(resolve(corpusDir, 'manifest.json'));
const committed: Dataset = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.json'), 'utf8'));

it('the committed JSON Schema is the one generated from the zod schema', () => {
  const file = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/events.schema.json'), 'utf8'));
  expect(file).toEqual(datasetJsonSchema());
});

// The articles are not in the repository (see the README: The corpus). Without them these tests cannot run: put the
// folder at ../shared/corpus, beside the checkout, with its manifest.json.
describe.skipIf(!haveCorpus)(`against the corpus in ../shared/corpus${haveCorpus ? '' : ' (skipped: no ../shared/corpus/manifest.json; see the README, The corpus, for where the articles come from and how to point data:build at them)'}`, () => {
  const articles = haveCorpus ? readCorpus(corpusDir) : [];
  const fold = (value: string) => value.replace(/\s+/g, ' ');
  const textOf = new Map(articles.map((a) => [sourceIdOf(a.file), fold(a.text)]));
  const { events: CURATED_EVENTS, places: PLACES } = readCuration(resolve(__dirname, '../../pipeline/curated'));
  const build = () => buildDataset({ articles, curated: CURATED_EVENTS, places: PLACES, builtOn: committed.build.builtOn });

  it('every curated quote appears character for character in its article as scraped', () => {
    const raw = new Map(articles.map((a) => [sourceIdOf(a.file), a.text]));
    const missing = committed.events.flatMap((event) =>
      event.sources.filter((s) => !s.quote || !raw.get(s.sourceId)?.includes(s.quote)).map((s) => `${event.id}: ${s.quote}`),
    );
    expect(missing).toEqual([]);
  });

  it('every evidence sentence is a run of its article’s own text', () => {
    const sentences = committed.events.flatMap((event) => [...event.topics.flatMap((t) => t.evidence), ...event.thaw.evidence]);
    expect(sentences.length).toBeGreaterThan(50);
    const missing = sentences.filter((e) => !textOf.get(e.sourceId)?.includes(e.sentence)).map((e) => e.sentence);
    expect(missing).toEqual([]);
  });

  it('no evidence comes from page boilerplate or the 2018 photo caption', () => {
    const all = JSON.stringify(committed.events);
    for (const noise of ['Left Menu', 'Please enter your', 'Zemlianichenko', 'March 13, 2018', 'Reporting by', 'Updated:']) {
      expect(all).not.toContain(noise);
    }
  });

  it('the build is deterministic', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('the committed events.json equals a fresh build', () => {
    expect(build()).toEqual(committed);
  });

  it('the repeated paragraph of the 2020 article counts once', () => {
    const lead = build().events.find((e) => e.id === '2020-11-26-wang-yi-seoul')!;
    const anniversary = lead.topics.find((t) => t.id === 'anniversary')!;
    expect(anniversary.mentions).toBe(1);
  });

  it('refuses a quote that is not in its article', () => {
    const bad = [{ ...CURATED_EVENTS[0], sources: [{ sourceId: CURATED_EVENTS[0].sources[0].sourceId, quote: 'Xi never visited Seoul.' }] }];
    expect(() => buildDataset({ articles, curated: bad, places: PLACES, builtOn: '2026-01-01' })).toThrow(/quote not found word for word/);
  });
});
