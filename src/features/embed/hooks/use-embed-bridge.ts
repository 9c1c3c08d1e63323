import { useEffect, useMemo, useRef } from 'react';
import { allowedOrigins, filtersMessage, heightMessage, hostOrigin, readIncoming, type EmbedFilters, type IgnoredKind } from '../../../core/embed/protocol';
import type { Language } from '../../../core/i18n/languages';

type Options = {
  /** Only an embed talks to its host. */
  enabled: boolean;
  /** The filters to report; none while they are not yet known. */
  filters: EmbedFilters | null;
  onSetFilters: (filters: EmbedFilters) => void;
  /** The host asks for another language. */
  onSetLanguage: (lang: Language) => void;
};

/**
 * Talks to the page that frames this one: reports the content height on load
 * and on every resize, reports the filters once they are known and on every
 * change, and applies set-filters messages from allowed origins after
 * validating them, and set-language messages likewise. Anything else is ignored and logged once for each kind of
 * problem (origin, size, shape).
 */
export function useEmbedBridge({ enabled, filters, onSetFilters, onSetLanguage }: Options) {
  const allowed = useMemo(() => allowedOrigins(window.location.origin, import.meta.env.VITE_EMBED_ORIGINS as string | undefined), []);
  const target = useMemo(() => {
    const host = hostOrigin(window.location.ancestorOrigins, document.referrer);
    // Name the target when it is known; the messages carry nothing private, so '*' is the fallback.
    return host ?? '*';
  }, []);
  const onSetRef = useRef(onSetFilters);
  onSetRef.current = onSetFilters;
  const onLanguageRef = useRef(onSetLanguage);
  onLanguageRef.current = onSetLanguage;
  const framed = enabled && window.parent !== window;

  useEffect(() => {
    if (!framed) return undefined;
    let last = -1;
    const report = () => {
      // The body's own height, not the document's scroll height: inside a frame that never drops below the frame, so a shrinking view would never be reported.
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(heightMessage(height), target);
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [framed, target]);

  const serialized = filters && JSON.stringify(filters);
  useEffect(() => {
    if (framed && serialized) window.parent.postMessage(filtersMessage(JSON.parse(serialized) as EmbedFilters), target);
  }, [framed, serialized, target]);

  useEffect(() => {
    if (!enabled) return undefined;
    // One line per kind of problem, so a flood of bad messages cannot flood the console.
    const logged = new Set<IgnoredKind>();
    const onMessage = (event: MessageEvent) => {
      const result = readIncoming(event.data, event.origin, allowed);
      if (result.ok) {
        if ('lang' in result) onLanguageRef.current(result.lang);
        else onSetRef.current(result.filters);
        return;
      }
      if (!logged.has(result.kind)) {
        logged.add(result.kind);
        console.info(`Thaw Monitor ignored a message: ${result.reason}. Further ones like it are ignored silently.`);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [enabled, allowed]);
}
