import { useEffect, useRef, useState } from 'react';
import type { EmbedFilters, IgnoredKind } from '../../../core/embed/protocol';
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

type Protocol = typeof import('../../../core/embed/protocol');

/** The protocol's code (its message schemas among it): loaded only in an embed, so the dashboard's first view is spared it. */
function useProtocol(enabled: boolean): Protocol | null {
  const [protocol, setProtocol] = useState<Protocol | null>(null);
  useEffect(() => {
    if (!enabled || protocol) return undefined;
    let live = true;
    import('../../../core/embed/protocol').then(
      (module) => live && setProtocol(module),
      (error: unknown) => console.error('Thaw Monitor could not load its embed protocol; the host page cannot drive this frame.', error),
    );
    return () => {
      live = false;
    };
  }, [enabled, protocol]);
  return protocol;
}

/**
 * Talks to the page that frames this one: reports the content height on load
 * and on every resize, reports the filters once they are known and on every
 * change, and applies set-filters messages from allowed origins after
 * validating them, and set-language messages likewise. Anything else is ignored and logged once for each kind of
 * problem (origin, size, shape). Messages that arrive before the protocol's
 * code are kept, and read in order once it is here.
 */
export function useEmbedBridge({ enabled, filters, onSetFilters, onSetLanguage }: Options) {
  const protocol = useProtocol(enabled);
  const onSetRef = useRef(onSetFilters);
  onSetRef.current = onSetFilters;
  const onLanguageRef = useRef(onSetLanguage);
  onLanguageRef.current = onSetLanguage;
  const framed = enabled && window.parent !== window;
  // Name the target when it is known; the messages carry nothing private, so '*' is the fallback.
  const target = useRef<string | null>(null);
  if (protocol && target.current === null) target.current = protocol.hostOrigin(window.location.ancestorOrigins, document.referrer) ?? '*';

  useEffect(() => {
    if (!framed || !protocol) return undefined;
    let last = -1;
    const report = () => {
      // The body's own height, not the document's scroll height: inside a frame that never drops below the frame, so a shrinking view would never be reported.
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(protocol.heightMessage(height), target.current ?? '*');
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [framed, protocol]);

  const serialized = filters && JSON.stringify(filters);
  useEffect(() => {
    if (framed && protocol && serialized) window.parent.postMessage(protocol.filtersMessage(JSON.parse(serialized) as EmbedFilters), target.current ?? '*');
  }, [framed, protocol, serialized]);

  // Listening starts with the embed; what comes before the protocol's code waits for it.
  const early = useRef<MessageEvent[]>([]);
  const read = useRef<((event: MessageEvent) => void) | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    const onMessage = (event: MessageEvent) => (read.current ? read.current(event) : void early.current.push(event));
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      early.current = [];
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled || !protocol) return undefined;
    const allowed = protocol.allowedOrigins(window.location.origin, import.meta.env.VITE_EMBED_ORIGINS as string | undefined);
    // One line per kind of problem, so a flood of bad messages cannot flood the console.
    const logged = new Set<IgnoredKind>();
    read.current = (event: MessageEvent) => {
      const result = protocol.readIncoming(event.data, event.origin, allowed);
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
    const waiting = early.current;
    early.current = [];
    waiting.forEach((event) => read.current?.(event));
    return () => {
      read.current = null;
    };
  }, [enabled, protocol]);
}
