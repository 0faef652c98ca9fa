// Decode saved HTML bytes the way a browser would: a byte-order mark wins;
// otherwise the charset declared in the first bytes (<meta charset> or
// http-equiv Content-Type); otherwise UTF-8. Chinese pages often declare
// GB2312/GBK while their bytes are UTF-8 (re-saved or converted pages): when a
// GB-family declaration meets bytes that are valid UTF-8, UTF-8 is right.

/** Browsers look for the declaration in the first 1024 bytes; saved pages with long heads need a little more. */
const PRESCAN_BYTES = 4096;

const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

export interface DecodedHtml {
  text: string;
  /** The encoding used. */
  encoding: string;
  /** Where the choice came from. */
  reason: 'bom' | 'declared' | 'declared-but-utf8' | 'default';
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a page declares in its first bytes, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const m = /charset\s*=\s*["']?\s*([a-z0-9._:-]+)/i.exec(meta);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom !== null) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, reason: 'bom' };
  const declared = declaredCharset(bytes);
  if (declared !== null) {
    if (GB_FAMILY.test(declared)) {
      if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', reason: 'declared-but-utf8' };
      // gb18030 is a superset of GB2312 and GBK, as browsers treat them.
      return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', reason: 'declared' };
    }
    try {
      const decoder = new TextDecoder(declared);
      return { text: decoder.decode(bytes), encoding: decoder.encoding, reason: 'declared' };
    } catch {
      // An unknown label: browsers ignore it and fall through to the default.
    }
  }
  // Undeclared and not UTF-8: a browser with a Chinese locale falls back to GBK.
  if (!isValidUtf8(bytes)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', reason: 'default' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', reason: 'default' };
}
