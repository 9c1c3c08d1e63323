import { useQuery } from '@tanstack/react-query';
import { Browser, DivIcon, type LatLngBoundsExpression, type Marker as LeafletMarker } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { memo, useEffect, useMemo, useRef } from 'react';
import { AttributionControl, MapContainer, SVGOverlay, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import { sameSummary, type PlaceSummary } from '../../../core/filters/aggregate';
import { basemapQueryOptions, TILE_URL } from '../api/basemap-query';
import type { Basemap } from '../utils/basemap-svg';
import { Marker } from './flat-marker';
import { PaintedBubbles } from './painted-bubbles';
import { splitMarkers } from '../../../core/filters/panel-data';
import { applyBubbleLook, bubbleLook, tooltipContent, type BubbleLook } from '../utils/bubble-look';
import { useT } from '../../../shared/i18n/use-t';
import { useWords } from '../../../shared/i18n/use-words';
import { bubbleDiameter } from '../utils/place-marker';
import { MAP_FIT } from '../utils/map-picture';

const TILE_ATTRIBUTION = (import.meta.env.VITE_TILE_ATTRIBUTION as string | undefined) ?? '';

/** The clipped basemap's extent: the map never pans beyond it. */
const MAX_BOUNDS: LatLngBoundsExpression = [
  [15, 95],
  [53, 150],
];

/** The basemap's SVG: stretched over its bounds (its paths are in Web Mercator already), styled in CSS. One object, made once. */
const basemapAttributes = (viewBox: string) => ({ viewBox, preserveAspectRatio: 'none', class: 'basemap' });

/** The basemap with its overlay's attributes, kept with it so they keep their identity. */
const withAttributes = (basemap: Basemap) => ({ basemap, bounds: basemap.bounds, attributes: basemapAttributes(basemap.viewBox) });

/** How the map frames the places when it opens: as its picture does (map-picture.ts). */
const BOUNDS_OPTIONS = { padding: [MAP_FIT.padding, MAP_FIT.padding] as [number, number], maxZoom: MAP_FIT.maxZoom };

/** The largest bubble plus room for its rings. */
const MAX_DIAMETER_BOX = 72;

type Props = {
  summaries: ReadonlyArray<PlaceSummary>;
  selected: ReadonlyArray<string>;
  /** The place of the chosen event, drawn with a ring. */
  chosenPlaceId: string | null;
  /** The count that gets the largest bubble: the busiest place of the whole dataset. */
  scaleMax: number;
  /** What the map opens on: the dataset's places. */
  bounds: LatLngBoundsExpression;
  /** Toggles a place in the filter; without it the map is a picture, not a control. */
  onToggle?: (placeId: string) => void;
  /** A point to fly to (presentation), and whether to animate the flight. */
  focus?: { lat: number; lon: number } | null;
  animate?: boolean;
};

type MarkerProps = {
  summary: PlaceSummary;
  selected: boolean;
  chosen: boolean;
  scaleMax: number;
  onToggle?: (placeId: string) => void;
};

/** Zoom level for a place the map flies to. */
const FOCUS_ZOOM = 6;

/** Flies (or, without animation, jumps) to a point whenever it changes. */
function FocusOn({ lat, lon, animate }: { lat: number; lon: number; animate: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (animate) map.flyTo([lat, lon], FOCUS_ZOOM, { duration: 1.5 });
    else map.setView([lat, lon], FOCUS_ZOOM, { animate: false });
  }, [map, lat, lon, animate]);
  return null;
}

/** Names the map where the keyboard reaches it: Leaflet makes its box focusable (arrow keys move the map, + and − zoom) and leaves it nameless. */
function KeyboardName() {
  const map = useMap();
  const t = useT();
  const name = t('map.keyboard');
  useEffect(() => {
    const box = map.getContainer();
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', name);
  }, [map, name]);
  return null;
}

/** Re-fits the map to its bounds when the page is printed, since the print layout resizes it. */
function FitOnPrint({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  useEffect(() => {
    const fit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 5, animate: false });
    };
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', fit);
    return () => {
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', fit);
    };
  }, [map, bounds]);
  return null;
}

/**
 * One bubble. Its icon holds a real button, created once per place and
 * updated in place, so keyboard focus survives a toggle. Drawn again only
 * when what it shows changes: a click elsewhere gives every place a new
 * summary, most of them saying the same.
 */
const PlaceMarker = memo(function PlaceMarker({ summary, selected, chosen, scaleMax, onToggle }: MarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const words = useWords();
  const button = useMemo(() => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'place-bubble';
    return element;
  }, []);
  const icon = useMemo(() => new DivIcon({ html: button, className: 'place-marker', iconSize: [MAX_DIAMETER_BOX, MAX_DIAMETER_BOX] }), [button]);

  const diameter = bubbleDiameter(summary.count, scaleMax);
  const look = useMemo(() => bubbleLook(summary, selected, chosen, scaleMax, !!onToggle, words), [summary, selected, chosen, scaleMax, onToggle, words]);
  const applied = useRef<BubbleLook | null>(null);
  useEffect(() => {
    applyBubbleLook(button, look, applied.current);
    applied.current = look;
  }, [button, look]);

  // The tooltip is Leaflet's own, its content made when it opens: 200 bubbles with React tooltips were 200 portals
  // reconciled on every filter change, though at most one is ever open.
  const tooltipOf = useRef({ summary, diameter, words });
  useEffect(() => {
    const marker = markerRef.current;
    if (!marker) return undefined;
    marker.bindTooltip(() => tooltipContent(tooltipOf.current.summary, tooltipOf.current.words), { direction: 'top', offset: [0, -tooltipOf.current.diameter / 2] });
    const open = () => marker.openTooltip();
    const close = () => marker.closeTooltip();
    button.addEventListener('focus', open);
    button.addEventListener('blur', close);
    return () => {
      button.removeEventListener('focus', open);
      button.removeEventListener('blur', close);
      marker.unbindTooltip();
    };
  }, [button]);
  useEffect(() => {
    tooltipOf.current = { summary, diameter, words };
    const tooltip = markerRef.current?.getTooltip();
    if (!tooltip) return;
    tooltip.options.offset = [0, -diameter / 2];
    if (markerRef.current?.isTooltipOpen()) tooltip.update();
  }, [summary, diameter, words]);

  const { lat, lon } = summary.place;
  // One array per place: a new one would make Leaflet move the marker again on every filter change.
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const eventHandlers = useMemo(() => ({ click: () => onToggle?.(summary.place.id) }), [onToggle, summary.place.id]);
  return (
    <Marker ref={markerRef} interactive={!!onToggle} position={position} icon={icon} keyboard={false} eventHandlers={eventHandlers} zIndexOffset={selected ? 1000 : -summary.count} />
  );
}, (a, b) => a.selected === b.selected && a.chosen === b.chosen && a.scaleMax === b.scaleMax && a.onToggle === b.onToggle && sameSummary(a.summary, b.summary));

/**
 * Where the meetings happened: one bubble per place on an offline basemap
 * of East Asia (Natural Earth, built with the app and served from its own
 * origin). A tile layer is used instead only when VITE_TILE_URL is set at
 * build time.
 */
function PlaceMap({ summaries, selected, chosenPlaceId, scaleMax, bounds, onToggle, focus = null, animate = true }: Props) {
  const interactive = !!onToggle;
  const basemap = useQuery({ ...basemapQueryOptions(), enabled: !TILE_URL, select: withAttributes });
  const { buttons, painted } = useMemo(() => splitMarkers(summaries, selected, chosenPlaceId), [summaries, selected, chosenPlaceId]);
  const t = useT();
  return (
    <>
    {basemap.isError && (
      <p className="map-notice" role="status">
        {t('map.basemapFailed')}
      </p>
    )}
    <MapContainer
      keyboard={interactive}
      // Drawn below, so that its buttons are named in the reader's language.
      zoomControl={false}
      // On a phone one finger scrolls the page, not the map, which spans the screen there; two fingers still zoom it.
      dragging={interactive && !Browser.mobile}
      doubleClickZoom={interactive}
      className="place-map"
      bounds={bounds}
      boundsOptions={BOUNDS_OPTIONS}
      // Any zoom on the drawn basemap: the map opens at the scale its picture showed (map-picture.tsx), not the nearest
      // whole zoom. Tiles are drawn for whole zooms only.
      zoomSnap={TILE_URL ? 1 : 0}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={0.8}
      minZoom={MAP_FIT.minZoom}
      maxZoom={8}
      scrollWheelZoom={false}
      attributionControl={false}
    >
      <AttributionControl prefix={false} />
      {interactive && <ZoomControl key={t.locale} position="topleft" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />}
      {interactive && <KeyboardName />}
      {focus ? <FocusOn lat={focus.lat} lon={focus.lon} animate={animate} /> : <FitOnPrint bounds={bounds} />}
      {TILE_URL ? (
        <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
      ) : (
        basemap.data && (
          <SVGOverlay bounds={basemap.data.bounds} attributes={basemap.data.attributes} interactive={false} attribution={t('map.basemapCredit')}>
            {basemap.data.basemap.countries.map((country) => (
              <path key={country.id} className="country" d={country.d} />
            ))}
          </SVGOverlay>
        )
      )}
      {painted.length > 0 && <PaintedBubbles summaries={painted} scaleMax={scaleMax} onToggle={onToggle} />}
      {buttons.map((summary) => (
        <PlaceMarker
          key={summary.place.id}
          summary={summary}
          selected={selected.includes(summary.place.id)}
          chosen={summary.place.id === chosenPlaceId}
          scaleMax={scaleMax}
          onToggle={onToggle}
        />
      ))}
    </MapContainer>
    </>
  );
}

/** Memoized: the map redraws only when what it shows changes. */
export default memo(PlaceMap);
