import { fetchDatasetEarly } from './features/dataset/api/early-fetch';

// Imported before React and the app, so the dataset's request leaves while they are still being set up.
fetchDatasetEarly(window.location.search, window.location.href);
