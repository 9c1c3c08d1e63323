import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ManifestArticle } from './build-dataset';

const manifestSchema = z.object({
  articles: z.array(
    z.object({ file: z.string(), outlet: z.string(), published: z.string(), headline: z.string() }).loose(),
  ),
});

/** Reads manifest.json and every article it lists from a corpus folder, as they are. */
export function readCorpus(dir: string): Array<ManifestArticle & { text: string }> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  return manifest.articles.map(({ file, outlet, published, headline }) => ({
    file,
    outlet,
    published,
    headline,
    text: readFileSync(join(dir, file), 'utf8'),
  }));
}
