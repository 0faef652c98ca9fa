// The page's <meta> tags by name, property or itemprop, lower-cased. Some CMSs
// write the attribute with typographic quotes (name=”description”), which the
// HTML parser keeps as part of the value: they are stripped here.

export type MetaTags = ReadonlyMap<string, string[]>;

const QUOTES = /^[\s"'“”‘’]+|[\s"'“”‘’]+$/g;

/**
 * @param metas the page's <meta> elements in document order, as the page
 *   walk noted them (<head>, then <body> microdata), already capped.
 */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = content.trim();
    if (value.length === 0) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.replace(QUOTES, '').toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list === undefined) tags.set(key, [value]);
      else list.push(value);
    }
  }
  return tags;
}

/** The first non-empty value among the given keys, in the order given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
