// One tag syntax for every tag field (the page's note form, the popup, the
// manager): tags are separated by commas (both widths), 、, semicolons (both
// widths) or white space, a leading # is dropped ("#党史" as typed in
// social media), and a repeated tag counts once. Every placeholder names
// these separators (tagsPlaceholder). Pure and tiny: the content script may
// import it (scripts/build.mjs allows this one store file).

const SEPARATORS = /[,，、;；\s]+/u;

/** "学习，二十大、#党史; 理论" -> ["学习", "二十大", "党史", "理论"]. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(SEPARATORS)) {
    const tag = raw.replace(/^[#＃]+/u, '');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** The text a tag field starts with, which splitTags reads back to the same tags: 、 between Chinese tags, ", " between others. */
export function joinTags(tags: readonly string[]): string {
  return tags.join(tags.some((tag) => /\p{Script=Han}/u.test(tag)) ? '、' : ', ');
}
