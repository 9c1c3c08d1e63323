import { loadCharts } from './features/charts/load-charts';
import { fetchDatasetEarly } from './features/dataset/api/early-fetch';
import { loadMap } from './features/map/load-map';

/**
 * Fetches and runs the map's and the charts' code now, for a large dataset
 * that will take a while to arrive and parse: the main thread has nothing
 * else to do until then, and they are ready the moment the data is shown.
 * A failure here is left to the panel that draws the part, which reports it.
 */
function warmPanelCode(): void {
  void loadMap().catch(() => undefined);
  void loadCharts().catch(() => undefined);
}

// Imported before React and the app, so the dataset's request leaves while they are still being set up. A large
// dataset takes long enough to arrive and parse for the map's and the charts' code to be fetched and run meanwhile.
fetchDatasetEarly(window.location.search, window.location.href, warmPanelCode);
