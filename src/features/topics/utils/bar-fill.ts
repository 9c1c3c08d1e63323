/** The custom property that colours the bar of row `i`: set on the topic bars' wrapper, so a selection recolours the bars without redrawing the chart. */
export const barFill = (i: number) => `--topic-bar-${i}`;
