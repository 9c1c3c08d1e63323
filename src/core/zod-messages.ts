import { z } from 'zod/mini';
import { util } from 'zod/v4/core';

/**
 * zod/mini carries no messages of its own, so that a bundle pays only for
 * those it uses. These are zod's English messages (`en` in zod/locales), word
 * for word, for the checks this app's schemas make; `en` itself also words
 * formats, unions, records and files the schemas never use, and cost a
 * kilobyte of the JS budget. A unit test holds every message the schemas
 * raise to `en`'s. Every schema module imports this one first.
 */

/** A type as `en` writes it: zod's own name, but NaN for `nan`. */
const typeName = (type: string) => (type === 'nan' ? 'NaN' : type);

/** What `en` says an input was: zod's `parsedType`, with a number that is not finite written out. */
function received(input: unknown): string {
  const type = util.parsedType(input);
  return type === 'number' && !Number.isFinite(input) ? String(input) : typeName(type);
}

const UNITS: Record<string, string> = { string: 'characters', array: 'items' };

export function englishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${typeName(issue.expected)}, received ${received(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${util.stringifyPrimitive(issue.values[0])}` : `Invalid option: expected one of ${util.joinValues(issue.values, '|')}`;
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
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${util.joinValues(issue.keys, ', ')}`;
    default:
      return 'Invalid input';
  }
}

// The Content-Security-Policy forbids eval. Without `jitless`, zod probes `new Function` while the schemas are being
// built, and the browser reports that as a violation even though zod catches the error. Every schema module imports
// this one first, so it is set before any schema is built, wherever zod is first loaded (it stays out of the first view).
z.config({ localeError: englishMessage, jitless: true });
