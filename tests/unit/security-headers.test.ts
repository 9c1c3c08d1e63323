import { contentSecurityPolicy, hostPagePolicy, securityHeaders, tileSource } from '../../scripts/security-headers';
import { firstViewScriptSources } from '../../scripts/first-view-script';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name);

describe('tileSource', () => {
  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['', null],
    ['https://tile.example.org/{z}/{x}/{y}.png', 'https://tile.example.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['HTTP://Tiles.Example:8080/{z}/{x}/{y}.png', 'http://tiles.example:8080'],
    ['https://a{s}.tile.example.org/{z}/{x}/{y}.png', null],
    ["https://x.example'; script-src *; /{z}", null],
    ['/tiles/{z}/{x}/{y}.png', null],
    ['javascript:alert(1)', null],
  ])('%s -> %s', (template, source) => expect(tileSource(template)).toBe(source));
});

describe('contentSecurityPolicy', () => {
  it.each<[string, Parameters<typeof contentSecurityPolicy>[0], string, string]>([
    ['nothing configured: only its own origin frames it', {}, 'frame-ancestors', "frame-ancestors 'self'"],
    ['embed origins may frame it', { embedOrigins: 'https://news.example, https://www.news.example/path' }, 'frame-ancestors', "frame-ancestors 'self' https://news.example https://www.news.example"],
    ['a bad embed origin is left out', { embedOrigins: "not-a-url 'unsafe-inline' ftp://x.example" }, 'frame-ancestors', "frame-ancestors 'self'"],
    ['nothing configured: fetches stay on its origin', {}, 'connect-src', "connect-src 'self'"],
    ['data origins may be fetched from', { dataOrigins: 'https://data.example' }, 'connect-src', "connect-src 'self' https://data.example"],
    ['nothing configured: images from itself, data: and blob:', {}, 'img-src', "img-src 'self' data: blob:"],
    ['a tile server may serve images', { tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' }, 'img-src', "img-src 'self' data: blob: https://*.tile.example.org"],
    ['scripts only from its origin and the first view\'s two by hash; WebAssembly (DuckDB) may compile', {}, 'script-src', `script-src 'self' ${firstViewScriptSources().join(' ')} 'wasm-unsafe-eval'`],
    ['stylesheets only from its origin', {}, 'style-src', "style-src 'self'"],
  ])('%s', (_name, config, name, expected) => expect(directive(contentSecurityPolicy(config), name)).toBe(expected));

  it('never allows anything inline, JavaScript eval or plugins', () => {
    const policy = contentSecurityPolicy({ embedOrigins: 'https://news.example', tileUrl: 'https://t.example/{z}', dataOrigins: 'https://d.example' });
    expect(policy.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|\*(?!\.)/);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
  });
});

describe('securityHeaders', () => {
  it.each([
    ['/', 'app'],
    ['/?mode=embed&topics=thaad', 'app'],
    ['/data/events.json', 'app'],
    ['/embed-example.html', 'host'],
    ['/embed-example.html?app=https%3A%2F%2Fthaw.example%2F', 'host'],
    ['/embed-example.html.evil', 'app'],
  ])('%s gets the %s policy', (path, kind) => {
    const headers = securityHeaders(path, { embedOrigins: 'https://news.example' });
    expect(headers['Content-Security-Policy']).toBe(kind === 'host' ? hostPagePolicy() : contentSecurityPolicy({ embedOrigins: 'https://news.example' }));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe(kind === 'host' ? 'strict-origin-when-cross-origin' : 'same-origin');
  });
});
