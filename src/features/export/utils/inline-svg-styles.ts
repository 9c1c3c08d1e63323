/**
 * The properties that give an SVG shape or text its look, most of them set
 * by the page's stylesheet (a bar's fill, a country's colour, an axis's
 * type).
 */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'vector-effect',
  'pointer-events',
] as const;

/**
 * Writes the computed look of every element inside the SVGs under `root`
 * into its own style attribute, and returns what puts the attributes back.
 *
 * For the PNG export: html-to-image copies the computed style of each HTML
 * element and of each `<svg>`, but clones an SVG's content as it is, without
 * the page's stylesheet, so every shape whose colour came from a class was
 * drawn black. Inlined for the time of the capture, the picture keeps them.
 */
export function inlineSvgStyles(root: Element): () => void {
  // What each element's own style held of these properties, put back through the style object: the
  // Content-Security-Policy refuses a style attribute written as text.
  const saved: Array<[SVGElement, Array<[string, string, string]>]> = [];
  for (const element of root.querySelectorAll('svg *')) {
    if (!(element instanceof SVGElement)) continue;
    const computed = getComputedStyle(element);
    const own = element.style;
    saved.push([element, SVG_PROPERTIES.map((name) => [name, own.getPropertyValue(name), own.getPropertyPriority(name)])]);
    for (const name of SVG_PROPERTIES) {
      const value = computed.getPropertyValue(name);
      if (value) own.setProperty(name, value, computed.getPropertyPriority(name));
    }
  }
  return () => {
    for (const [element, properties] of saved) {
      for (const [name, value, priority] of properties) {
        if (value === '') element.style.removeProperty(name);
        else element.style.setProperty(name, value, priority);
      }
    }
  };
}
