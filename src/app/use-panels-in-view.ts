import { useEffect, useState, type RefObject } from 'react';

/**
 * The panels (by their `data-panel` name) of `root` that are on screen, or
 * null while that is not known (before the first report, or without
 * IntersectionObserver): every panel then counts as on screen.
 */
export function usePanelsInView(root: RefObject<HTMLElement | null>): ReadonlySet<string> | null {
  const [inView, setInView] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const element = root.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const visible = new Set<string>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const name = (entry.target as HTMLElement).dataset.panel;
        if (!name) continue;
        if (entry.isIntersecting) visible.add(name);
        else visible.delete(name);
      }
      setInView(new Set(visible));
    });
    const observeAll = () => element.querySelectorAll<HTMLElement>('[data-panel]').forEach((panel) => observer.observe(panel));
    observeAll();
    // Embeds change which panels they show: panels that appear later are watched too.
    const added = new MutationObserver(observeAll);
    added.observe(element, { childList: true });
    return () => {
      observer.disconnect();
      added.disconnect();
    };
  }, [root]);
  return inView;
}
