import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** npm run --silent ingest -- ARGS, as the README gives it. */
const ingest = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'pipeline/ingest-cli.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run ingest on the command line', () => {
  it.each<[string, () => string[], number, RegExp]>([
    ['an empty file', () => [file('empty.txt', '')], 2, /empty\.txt: is empty/],
    ['a binary file', () => [file('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a]))], 2, /photo\.txt: looks like a binary file/],
    ['a 20 MB file', () => [file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'))], 2, /huge\.txt: is 20\.0 MB; the limit is 2\.0 MB/],
    ['a Korean article', () => [file('korean.txt', '한국과 중국 외교장관이 월요일 서울에서 만나 무역과 환경 문제를 논의했다.'), '--published', '2024-01-01'], 2, /korean\.txt: looks like Korean; only English articles are read/],
    ['an unknown --published format', () => [file('story.txt', 'Officials of South Korea and China met in Seoul on Monday, the ministry said.'), '--published', 'March 3'], 2, /"March 3" is not a date; give it as YYYY-MM-DD/],
    ['no publication date', () => [file('undated.txt', 'Officials of South Korea and China met in Seoul on Monday, the ministry said.')], 2, /undated\.txt: no publication date found.*--published YYYY-MM-DD/],
    ['a file that is not there', () => [join(dir, 'missing.txt')], 2, /missing\.txt: cannot be read/],
    ['no file at all', () => [], 1, /No article given/],
  ])('refuses %s with a message naming it', (_name, args, status, message) => {
    const run = ingest(...args());
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('writes an empty dataset and exits 0 for an article with no event, and says so', () => {
    const run = ingest(file('exports.txt', 'Published: March 3, 2024\n\nSouth Korean exports of chips rose 12 percent in February, customs data showed on Friday.'));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/no event between South Korea and China found/);
    expect(JSON.parse(run.stdout).events).toEqual([]);
  });

  it('merges a second report of one meeting into the event of the first, with --into', () => {
    const first = file('first.txt', 'Published: November 2, 2025\n\nGYEONGJU (Reuters) - Chinese President Xi Jinping held talks with South Korean President Lee Jae-myung in Gyeongju on Saturday, the two governments said.');
    const second = file('second.txt', 'Published: November 3, 2025\n\nXi and Lee met in the South Korean city of Gyeongju on Saturday and agreed to restore exchanges, Chinese state media said.');
    const out = join(dir, 'one.json');
    expect(ingest(first, '--out', out).status).toBe(0);
    const run = ingest(second, '--into', out);
    expect(run.status).toBe(0);
    const merged = JSON.parse(run.stdout);
    expect(merged.events).toHaveLength(1);
    expect(merged.events[0].sources.map((s: { sourceId: string }) => s.sourceId)).toEqual(['first', 'second']);
    expect(merged.sources).toHaveLength(2);
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(1);
  });
});
