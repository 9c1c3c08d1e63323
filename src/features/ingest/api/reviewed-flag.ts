/** Set while this browser keeps reviewed events, so a first visit never loads the store (localStorage: read at once, for free). */
export const REVIEWED_FLAG = 'thaw-monitor/has-reviewed';
