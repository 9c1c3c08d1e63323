/** A lower-case ASCII id from any text: "Xi meets Lee in Gyeongju" -> "xi-meets-lee-in-gyeongju". */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
