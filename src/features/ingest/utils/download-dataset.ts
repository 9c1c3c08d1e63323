import type { Dataset } from '../../../core/dataset/schema';

/** Saves a dataset as a JSON file: it loads back with Open a dataset…, and data:build takes it as curation from pipeline/curated/datasets/. */
export function downloadDataset(dataset: Dataset, fileName: string) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; revoking at once can cancel it in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
