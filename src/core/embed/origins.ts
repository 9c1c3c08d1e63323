// Free of imports, so that vite.config.ts can load it (through scripts/security-headers.ts) without the rest of the app.

/**
 * The http(s) origins in a comma- or space-separated list, such as
 * VITE_EMBED_ORIGINS, each once and in order. Entries that are not http(s)
 * URLs are left out; a URL with a path counts as its origin.
 */
export function originList(configured: string | undefined): string[] {
  const origins = new Set<string>();
  for (const entry of (configured ?? '').split(/[\s,]+/).filter(Boolean)) {
    try {
      const url = new URL(entry);
      if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    } catch {
      // Not a URL: ignored, as documented.
    }
  }
  return [...origins];
}
