import { resolve } from 'node:path';
import { precompressedPath } from '../../scripts/precompressed';

const root = resolve('/srv/dist');
const present = new Set([`${root}/bench-data/events-100k.json.gz`, `${root}/data/a b.json.gz`, resolve('/srv/other/secret.json.gz')]);
const exists = (path: string) => present.has(path);

describe('precompressedPath', () => {
  it.each<[string, string, string | undefined, string | null]>([
    ['a file with a .gz beside it', '/bench-data/events-100k.json', 'gzip, deflate, br', `${root}/bench-data/events-100k.json.gz`],
    ['the query string is not part of the file', '/bench-data/events-100k.json?x=1', 'gzip', `${root}/bench-data/events-100k.json.gz`],
    ['an escaped name', '/data/a%20b.json', 'GZIP', `${root}/data/a b.json.gz`],
    ['the browser does not accept gzip', '/bench-data/events-100k.json', 'br', null],
    ['no Accept-Encoding at all', '/bench-data/events-100k.json', undefined, null],
    ['no .gz beside the file', '/data/events.json', 'gzip', null],
    ['the .gz itself is served as it is', '/bench-data/events-100k.json.gz', 'gzip', null],
    ['a directory', '/bench-data/', 'gzip', null],
    ['a climb that stays inside the root', '/../dist/bench-data/events-100k.json', 'gzip', `${root}/bench-data/events-100k.json.gz`],
    ['a path that climbs out of the root', '/../other/secret.json', 'gzip', null],
    ['an escaped climb', '/%2e%2e/other/secret.json', 'gzip', null],
    ['a malformed escape', '/data/%E0%A4%A.json', 'gzip', null],
  ])('%s', (_name, url, accept, expected) => expect(precompressedPath(root, url, accept, exists)).toBe(expected));
});
