// Recharts looks scales up by name in `import * as d3Scales from 'victory-vendor/d3-scale'`, which keeps
// every d3 scale in the bundle. This app's axes only ever resolve to these four ('auto' gives band, point
// or linear; the trend's XAxis asks for scale="time"). Add a scale here before using another `scale` prop:
// an unknown name would make Recharts fall back to a point scale.
export { scaleBand, scaleLinear, scalePoint, scaleTime } from 'd3-scale';
