/** Bumped whenever a change to the schema would make older files invalid. */
export const SCHEMA_VERSION = 1;

/**
 * The longest values accepted. They bound what one field can cost to check
 * and to lay out, so a runaway string is a named error rather than a page
 * that freezes. Ids match what the URL accepts; a line is a title or a name,
 * prose a sentence or a note (the built-in data stays under 300).
 */
export const MAX_LENGTH = { id: 128, line: 500, prose: 10_000 } as const;

/**
 * The most places and topics a dataset may list: every one is a button on
 * the page (a map bubble, a topic bar), and more than this is unreadable.
 */
export const MAX_ITEMS = { places: 1_000, topics: 200 } as const;
