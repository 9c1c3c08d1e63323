import { parseArgs } from 'node:util';

export type CliOptions = { corpus: string | undefined; date: string | undefined; out: string | undefined; curation?: string | undefined };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The data:build options from the command line and, for `npm run data:build
 * --corpus DIR` typed without `--`, from what npm makes of it: npm takes
 * `--corpus` and `--date` as its own settings, sets npm_config_corpus (to
 * the value with `=`, else to "true") and passes the values on bare. A bare
 * YYYY-MM-DD is then the date, any other bare value the corpus folder.
 * Throws on an unknown option.
 */
export function cliOptions(argv: ReadonlyArray<string>, env: Readonly<Record<string, string | undefined>>): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { corpus: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' }, curation: { type: 'string' } },
    allowPositionals: true,
  });
  const fromNpm = (name: string) => (env[`npm_config_${name}`] && env[`npm_config_${name}`] !== 'true' ? env[`npm_config_${name}`] : undefined);
  const bareDate = positionals.find((p) => DAY.test(p));
  const bareOther = positionals.filter((p) => !DAY.test(p));
  if (bareOther.length > 1) throw new Error(`Too many arguments: ${bareOther.join(' ')}. Use --corpus DIR and --date YYYY-MM-DD.`);
  return {
    corpus: values.corpus ?? fromNpm('corpus') ?? bareOther[0],
    date: values.date ?? fromNpm('date') ?? bareDate,
    out: values.out ?? fromNpm('out'),
    ...(values.curation ?? fromNpm('curation') ? { curation: values.curation ?? fromNpm('curation') } : {}),
  };
}
