import { useQuery } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import type { PlaceSummary } from '../../../core/filters/aggregate';
import { useT } from '../../../shared/i18n/use-t';
import { useWords } from '../../../shared/i18n/use-words';
import { DRAWN_LATER } from '../../../first-view-build';
import { basemapQueryOptions, TILE_URL } from '../api/basemap-query';
import type { Basemap } from '../utils/basemap-svg';
import { bubbleLook } from '../utils/bubble-look';
import { fromCentre, offsetFrom, pictureGeometry, scaled } from '../utils/map-picture';


type Props = {
  summaries: ReadonlyArray<PlaceSummary>;
  selected: ReadonlyArray<string>;
  chosenPlaceId: string | null;
  scaleMax: number;
  bounds: readonly [readonly [number, number], readonly [number, number]];
};

/**
 * What the map's box shows until the live map is created: a picture of it
 * (the basemap and the bubbles, placed by CSS where the live map will put
 * them, no script needed) when the basemap is at hand, else an empty box of
 * the map's size. The picture is in the first view's HTML, so a phone that
 * opens the dashboard sees the map before any of the page's code has run.
 * It is a picture only (hidden from assistive technology): the places are
 * buttons in the list under it.
 */
export function MapPlaceholder(props: Props) {
  // Read from the cache only: the picture is drawn where the basemap has already been fetched (the first view's
  // render and its hydration fetch it first), never a request of its own.
  const basemap = useQuery({ ...basemapQueryOptions(), enabled: false });
  if (TILE_URL || !basemap.data) return <div className="skeleton skeleton--map" aria-hidden="true" {...{ [DRAWN_LATER]: '' }} />;
  const { summaries, selected, chosenPlaceId, scaleMax, bounds } = props;
  return <Picture basemap={basemap.data} summaries={summaries} selected={selected} chosenPlaceId={chosenPlaceId} scaleMax={scaleMax} bounds={bounds} />;
}

function Picture({ basemap, summaries, selected, chosenPlaceId, scaleMax, bounds }: Props & { basemap: Basemap }) {
  const words = useWords();
  const t = useT();
  const geometry = pictureGeometry(bounds, basemap.viewBox);
  const { land } = geometry;
  const offsetOf = offsetFrom(bounds);
  return (
    <div className="map-picture" aria-hidden="true">
      <div className="map-picture__layer" style={{ '--map-scale': geometry.scale } as CSSProperties}>
        <svg
          className="map-picture__land basemap"
          viewBox={basemap.viewBox}
          preserveAspectRatio="none"
          style={{ left: fromCentre(land.dx), top: fromCentre(land.dy), width: scaled(land.width), height: scaled(land.height) }}
        >
          {basemap.countries.map((country) => (
            <path key={country.id} className="country" d={country.d} />
          ))}
        </svg>
        {summaries.map((summary) => {
          const look = bubbleLook(summary, selected.includes(summary.place.id), summary.place.id === chosenPlaceId, scaleMax, false, words);
          const at = offsetOf(summary.place.lat, summary.place.lon);
          const classes = Object.entries(look.classes).filter(([, on]) => on).map(([name]) => name);
          return (
            <span
              key={summary.place.id}
              className={['place-bubble', 'map-picture__bubble', ...classes].join(' ')}
              style={{ left: fromCentre(at.dx), top: fromCentre(at.dy), width: look.size, height: look.size, background: look.background }}
            />
          );
        })}
      </div>
      <span className="map-picture__credit">{t('map.basemapCredit')}</span>
    </div>
  );
}
