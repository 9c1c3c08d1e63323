import { z } from 'zod/mini';

/**
 * zod/mini carries no messages of its own, so that a bundle pays only for
 * those it uses. These are zod's English messages (`en` in zod/locales), word
 * for word, for the checks this app's schemas make; `en` itself also words
 * formats, unions, records and files the schemas never use, and cost a
 * kilobyte of the JS budget. A unit test holds every message the schemas
 * raise to `en`'s. Every schema module imports this one first.
 */
const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** What zod calls an input's type: its `parsedType`, with a number that is not finite written out. */
function typeOf(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object' && Object.getPrototypeOf(input) !== Object.prototype && 'constructor' in input && input.constructor) return (input.constructor as { name: string }).name;
  return typeof input;
}

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

export function englishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected === 'nan' ? 'NaN' : issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${quote(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(quote).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const adj = issue.exact ? 'exactly ' : (big ? '<' : '>') + (issue.inclusive ? '=' : '');
      const unit = UNITS[issue.origin ?? ''];
      const limit = `${adj}${big ? issue.maximum : issue.minimum}`;
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin ?? (big ? 'value' : undefined)} ${unit ? `to have ${limit} ${unit}` : `to be ${limit}`}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map(quote).join(', ')}`;
    default:
      return 'Invalid input';
  }
}

z.config({ localeError: englishMessage });
