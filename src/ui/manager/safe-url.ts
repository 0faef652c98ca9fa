// Only web addresses become links in the manager: a record imported from a
// hand-edited file is validated (http/https only), but the page must not
// depend on that to keep a javascript: URL from becoming a clickable link.
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
