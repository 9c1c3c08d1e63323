import { warmPanelCode } from './app/panel-code';
import { fetchDatasetEarly } from './features/dataset/api/early-fetch';

// Imported before React and the app, so the dataset's request leaves while they are still being set up. A large
// dataset takes long enough to arrive and parse for the map's and the charts' code to be fetched and run meanwhile.
fetchDatasetEarly(window.location.search, window.location.href, warmPanelCode);
