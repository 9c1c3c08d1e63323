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
