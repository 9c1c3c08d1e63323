import { strFromU8, unzipSync } from 'fflate';

/** Whether bytes open a zip file (GDELT publishes its exports zipped). */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The texts a file holds: each file of a zip, named `FILE:ENTRY`, or the
 * file itself. Throws what fflate throws for a zip it cannot read.
 */
export function textsOfFile(name: string, bytes: Uint8Array): Array<{ name: string; text: string }> {
  if (!isZip(bytes)) return [{ name, text: new TextDecoder().decode(bytes) }];
  return Object.entries(unzipSync(bytes))
    .filter(([entry]) => !entry.endsWith('/'))
    .map(([entry, content]) => ({ name: `${name}:${entry}`, text: strFromU8(content) }));
}
