import type { Dataset } from '../../src/core/dataset/schema';
import { extractEvents, type Extraction } from './extract';
import { mergeDatasets } from './merge';
import { readArticle } from './read-article';
import { datasetOf } from './to-dataset';
import type { ArticleInput, ReadArticle } from './types';

export type IngestResult = {
  article: ReadArticle;
  extraction: Extraction;
  /** The proposed events as a dataset in the schema of public/data/events.json. */
  dataset: Dataset;
};

/**
 * One article in, its proposed events out: read (text or HTML), extract,
 * and build a dataset of them. Throws IngestError for input it cannot use
 * (empty, binary, too large, not English, no publication date).
 */
export function ingestArticle(input: ArticleInput, builtOn: string): IngestResult {
  const article = readArticle(input);
  const extraction = extractEvents(article);
  const dataset = datasetOf(
    article,
    extraction.sentences,
    extraction.proposals,
    extraction.proposals.flatMap((p) => p.places),
    builtOn,
  );
  return { article, extraction, dataset };
}

/**
 * Several articles into one dataset: each article's events are merged into
 * what came before, so a second report of one meeting adds its source and
 * evidence to the event instead of making another (see mergeDatasets).
 */
export function ingestArticles(inputs: ReadonlyArray<ArticleInput>, builtOn: string, into?: Dataset): { results: IngestResult[]; dataset: Dataset | undefined } {
  const results = inputs.map((input) => ingestArticle(input, builtOn));
  let dataset = into;
  for (const result of results) dataset = dataset ? mergeDatasets(dataset, result.dataset) : result.dataset;
  return { results, dataset };
}
