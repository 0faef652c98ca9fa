// The corpus README's matching rules, as the project's checks apply them:
// NFKC, white space removed, quotes and book-title marks ignored; a null gold
// value is right only when the answer is empty too; authors compare as sets of
// names with role words removed; dates compare on YYYY-MM-DD. A null inside
// the alternatives (wide/README.md) means an empty answer is also right.

const QUOTES_AND_TITLE_MARKS = /["'“”‘’「」『』《》〈〉]/gu;
const WHITESPACE = /[\s\u00A0\u3000\u200B-\u200D\uFEFF]+/gu;
const ROLE_WORDS = /(本报记者|特约记者|实习记者|见习记者|摄影记者|总台央视记者|记者|特约通讯员|职工通讯员|通讯员)/gu;

export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES_AND_TITLE_MARKS, '');
}

const isEmpty = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

type Alternatives = readonly (string | null)[];
const nullAllowed = (alts: Alternatives): boolean => alts.includes(null);
const stated = (alts: Alternatives): string[] => alts.filter((a): a is string => a !== null);

/** Text field (title, source, editor): gold or one of its alternatives. */
export function textMatches(answer: string | null, gold: string | null, alts: Alternatives = []): boolean {
  if (isEmpty(answer)) return gold === null || nullAllowed(alts);
  const a = normalizeForMatch(answer!);
  return [gold, ...stated(alts)].some((g) => g !== null && normalizeForMatch(g) === a);
}

function nameSet(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(ROLE_WORDS, ' ')
    .split(/[、，,;；/\s\u00A0\u3000]+/u)
    .map((n) => n.replace(QUOTES_AND_TITLE_MARKS, ''))
    .filter((n) => n.length > 0)
    .sort();
}

/** Authors: as sets of names, role words removed; or equal as whole strings after the same removal. */
export function authorMatches(answer: string | null, gold: string | null, alts: Alternatives = []): boolean {
  if (isEmpty(answer)) return gold === null || nullAllowed(alts);
  const whole = (s: string): string => normalizeForMatch(s.replace(ROLE_WORDS, ''));
  const a = answer!;
  return [gold, ...stated(alts)].some((g) => {
    if (g === null) return false;
    if (whole(g) === whole(a)) return true;
    return nameSet(g).join('|') === nameSet(a).join('|');
  });
}

/** Dates: on the YYYY-MM-DD part. */
export function dateMatches(answer: string | null, gold: string | null, alts: Alternatives = []): boolean {
  if (isEmpty(answer)) return gold === null || nullAllowed(alts);
  const day = answer!.slice(0, 10);
  return [gold, ...stated(alts)].some((g) => g !== null && g.slice(0, 10) === day);
}
