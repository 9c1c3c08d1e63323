import { Canvas, CircleMarker, LayerGroup } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { sameSummary, type PlaceSummary } from '../../../core/filters/aggregate';
import { useWords } from '../../../shared/i18n/use-words';
import { useStableCallback } from '../../../shared/use-stable-callback';
import { paintedLook, tooltipContent } from '../utils/bubble-look';

type Props = {
  summaries: ReadonlyArray<PlaceSummary>;
  scaleMax: number;
  onToggle?: (placeId: string) => void;
};

type Painted = { circle: CircleMarker; summary: PlaceSummary };

/**
 * The smaller bubbles of a map with hundreds of places, painted together on
 * one canvas under the buttons (Leaflet's canvas renderer): a click changes
 * the circles whose numbers changed and the canvas is painted again once,
 * where buttons would each be restyled and repainted. A painted bubble
 * toggles its place when clicked and names it on hover, as a button does;
 * the keyboard reaches every place through the place list.
 */
export function PaintedBubbles({ summaries, scaleMax, onToggle }: Props) {
  const map = useMap();
  const words = useWords();
  const layer = useRef<{ group: LayerGroup; renderer: Canvas; painted: Map<string, Painted> } | null>(null);
  // The circles' handlers, reading the latest words and toggle when they fire, not those they were made with.
  const tooltipOf = useStableCallback((summary: PlaceSummary) => tooltipContent(summary, words));
  const toggle = useStableCallback((placeId: string) => onToggle?.(placeId));

  useEffect(() => {
    const renderer = new Canvas({ padding: 0.1 });
    const group = new LayerGroup().addTo(map);
    layer.current = { group, renderer, painted: new Map() };
    return () => {
      group.remove();
      renderer.remove();
      layer.current = null;
    };
  }, [map]);

  const interactive = !!onToggle;
  useEffect(() => {
    const current = layer.current;
    if (!current) return;
    const { group, renderer, painted } = current;
    const wanted = new Set<string>();
    for (const summary of summaries) {
      const id = summary.place.id;
      wanted.add(id);
      const found = painted.get(id);
      if (found && sameSummary(found.summary, summary) && found.circle.options.interactive === interactive) continue;
      const look = paintedLook(summary, scaleMax);
      if (found && found.circle.options.interactive === interactive) {
        found.summary = summary;
        found.circle.setRadius(look.radius);
        found.circle.setStyle(look);
        const tooltip = found.circle.getTooltip();
        if (tooltip) tooltip.options.offset = [0, -look.radius];
        continue;
      }
      if (found) group.removeLayer(found.circle);
      const entry: Painted = { summary, circle: new CircleMarker([summary.place.lat, summary.place.lon], { ...look, renderer, interactive, bubblingMouseEvents: false }) };
      if (interactive) {
        entry.circle.bindTooltip(() => tooltipOf(entry.summary), { direction: 'top', offset: [0, -look.radius] });
        entry.circle.on('click', () => toggle(entry.summary.place.id));
      }
      painted.set(id, entry);
      group.addLayer(entry.circle);
    }
    for (const [id, entry] of painted) {
      if (wanted.has(id)) continue;
      group.removeLayer(entry.circle);
      painted.delete(id);
    }
  }, [summaries, scaleMax, interactive, tooltipOf, toggle]);

  return null;
}
