import { z } from 'zod/mini';
import { datasetSchema } from './schema';

/**
 * The dataset schema as JSON Schema (draft 2020-12), for tools outside this
 * project that produce compatible datasets. Calendar checks that JSON Schema
 * cannot express (2023-02-30) are enforced only by the app.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'events.schema.json',
    title: 'Thaw Monitor dataset',
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
