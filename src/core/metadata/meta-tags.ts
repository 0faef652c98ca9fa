// The page's <meta> tags by name, property or itemprop, lower-cased. Some CMSs
// write the attribute with typographic quotes (name=”description”), which the
// HTML parser keeps as part of the value: they are stripped here.

export type MetaTags = ReadonlyMap<string, string[]>;

const QUOTES = /^[\s"'“”‘’]+|[\s"'“”‘’]+$/g;

export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  const metas = doc.getElementsByTagName('meta');
  // Heads are small; a cap keeps a pathological page (meta tags in a huge body) bounded.
  const limit = Math.min(metas.length, 300);
  for (let i = 0; i < limit; i += 1) {
    const meta = metas[i]!;
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
