// Equality of two stored records as data: the same fields with the same
// values, whatever order their keys were written in (a record the content
// script saved and the same record rebuilt by the importer list their keys
// differently, so comparing JSON texts would call them different).

export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameRecord(item, b[i]));
  const left = definedEntries(a as Record<string, unknown>);
  const right = definedEntries(b as Record<string, unknown>);
  if (left.size !== right.size) return false;
  for (const [key, value] of left) if (!right.has(key) || !sameRecord(value, right.get(key))) return false;
  return true;
}

/** Own fields, leaving out the ones set to undefined (storage drops them, as JSON does). */
function definedEntries(record: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(record).filter(([, value]) => value !== undefined));
}
