// Recharts imports every d3 curve, symbol type and stack offset by name into lookup tables, which keeps the
// whole of d3-shape in the bundle. This app's charts draw straight lines (the trend's tooltip cursor is a
// linear Curve) and circles (the trend's dots), and stack nothing: those are d3's own, and every other name
// recharts asks for fails loudly when drawn, naming this file, rather than drawing something else.
import type { CurveFactory, SymbolType } from 'd3-shape';

export { area, curveLinear, line, symbol, symbolCircle } from 'd3-shape';

const leftOut = (name: string) => new Error(`d3-shape's ${name} is left out of the app's bundle: add it to src/vendor-shims/d3-shape.ts before drawing with it.`);
const curve = (name: string): CurveFactory => () => {
  throw leftOut(name);
};
const symbolType = (name: string): SymbolType => ({
  draw: () => {
    throw leftOut(name);
  },
});
const stacking = (name: string) => (): never => {
  throw leftOut(name);
};

export const curveBasis = curve('curveBasis');
export const curveBasisClosed = curve('curveBasisClosed');
export const curveBasisOpen = curve('curveBasisOpen');
export const curveBumpX = curve('curveBumpX');
export const curveBumpY = curve('curveBumpY');
export const curveLinearClosed = curve('curveLinearClosed');
export const curveMonotoneX = curve('curveMonotoneX');
export const curveMonotoneY = curve('curveMonotoneY');
export const curveNatural = curve('curveNatural');
export const curveStep = curve('curveStep');
export const curveStepAfter = curve('curveStepAfter');
export const curveStepBefore = curve('curveStepBefore');
export const symbolCross = symbolType('symbolCross');
export const symbolDiamond = symbolType('symbolDiamond');
export const symbolSquare = symbolType('symbolSquare');
export const symbolStar = symbolType('symbolStar');
export const symbolTriangle = symbolType('symbolTriangle');
export const symbolWye = symbolType('symbolWye');
export const stack = stacking('stack');
export const stackOffsetExpand = stacking('stackOffsetExpand');
export const stackOffsetNone = stacking('stackOffsetNone');
export const stackOffsetSilhouette = stacking('stackOffsetSilhouette');
export const stackOffsetWiggle = stacking('stackOffsetWiggle');
export const stackOrderNone = stacking('stackOrderNone');
