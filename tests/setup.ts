import '@testing-library/jest-dom/vitest';

// jsdom has no layout: recharts' responsive charts and Leaflet ask for these.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}

// Nor scrolling: an event chosen in the list or the evidence has its details scrolled into view.
if (typeof window !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.assign(Element.prototype, { scrollIntoView: vi.fn() });
}
