import { cliOptions } from '../../pipeline/cli-options';

describe('cliOptions', () => {
  it.each([
    ['nothing: the defaults', [], {}, { corpus: undefined, date: undefined, out: undefined }],
    ['after --, as node sees it', ['--corpus', '/c', '--date', '2024-01-02'], {}, { corpus: '/c', date: '2024-01-02', out: undefined }],
    ['npm run data:build --corpus DIR (npm keeps the flag, passes DIR bare)', ['/c'], { npm_config_corpus: 'true' }, { corpus: '/c', date: undefined, out: undefined }],
    ['npm run data:build --corpus DIR --date D', ['/c', '2024-01-02'], { npm_config_corpus: 'true', npm_config_date: 'true' }, { corpus: '/c', date: '2024-01-02', out: undefined }],
    ['npm run data:build --corpus=DIR', [], { npm_config_corpus: '/c' }, { corpus: '/c', date: undefined, out: undefined }],
    ['an option on the command line wins over npm', ['--corpus', '/a'], { npm_config_corpus: '/b' }, { corpus: '/a', date: undefined, out: undefined }],
  ])('%s', (_name, argv, env, expected) => {
    expect(cliOptions(argv, env)).toEqual(expected);
  });

  it.each([
    ['an unknown option', ['--corpse', '/c'], /Unknown option '--corpse'/],
    ['two bare folders', ['/a', '/b'], /Too many arguments: \/a \/b/],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => cliOptions(argv, {})).toThrow(message);
  });
});
