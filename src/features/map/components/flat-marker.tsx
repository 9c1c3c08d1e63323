import { createElementObject, createLayerComponent, extendContext, type EventedProps } from '@react-leaflet/core';
import { Marker as LeafletMarker, type LatLngExpression, type MarkerOptions, type Point } from 'leaflet';
import type { ReactNode } from 'react';

/** What Leaflet 1.9's Marker keeps privately and `_setPos` touches. */
type MarkerInternals = { _icon?: (HTMLElement & { _leaflet_pos?: Point }) | null; _zIndex: number; _resetZIndex: () => void };

/**
 * A Leaflet marker placed with `left`/`top` instead of the `translate3d`
 * Leaflet uses when the browser has 3D transforms. A 3D transform gives
 * every marker a compositor layer of its own, and the browser sorts all of
 * them again after any repaint: with a few hundred bubbles that was about
 * 20 ms of every frame that followed a filter change. The map itself still
 * pans and zooms with transforms.
 */
class FlatMarker extends LeafletMarker {
  /** Leaflet's `_setPos`, with `DomUtil.setPosition` written out as left/top (`_leaflet_pos` is where Leaflet reads a position back). */
  _setPos(pos: Point) {
    const self = this as unknown as MarkerInternals;
    const icon = self._icon;
    if (icon) {
      icon._leaflet_pos = pos;
      icon.style.left = `${pos.x}px`;
      icon.style.top = `${pos.y}px`;
    }
    self._zIndex = pos.y + (this.options.zIndexOffset ?? 0);
    self._resetZIndex();
  }
}

type Props = MarkerOptions & EventedProps & { position: LatLngExpression; children?: ReactNode };

/** react-leaflet's `Marker`, on a FlatMarker; the same props and updates. */
export const Marker = createLayerComponent<LeafletMarker, Props>(
  function createMarker({ position, ...options }, context) {
    const marker = new FlatMarker(position, options);
    return createElementObject(marker, extendContext(context, { overlayContainer: marker }));
  },
  function updateMarker(marker, props, previous) {
    if (props.position !== previous.position) marker.setLatLng(props.position);
    if (props.icon != null && props.icon !== previous.icon) marker.setIcon(props.icon);
    if (props.zIndexOffset != null && props.zIndexOffset !== previous.zIndexOffset) marker.setZIndexOffset(props.zIndexOffset);
  },
);
