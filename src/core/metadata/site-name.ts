// The site: og:site_name or the CMS's SiteName/application-name meta, else
// the last segment of <title>'s suffix ("…_教育频道_中国青年网" -> "中国青年网").
import { firstMeta, type MetaTags } from './meta-tags.ts';

export function extractSiteName(meta: MetaTags, titleSuffix: string | null): string | null {
  const fromMeta = firstMeta(meta, ['og:site_name', 'sitename', 'application-name', 'apple-mobile-web-app-title']);
  if (fromMeta !== null) return fromMeta;
  if (titleSuffix === null) return null;
  const last = titleSuffix.split(/[_|｜\-—\s]+/u).filter((s) => s.length > 0).pop();
  return last !== undefined && last.length >= 2 && last.length <= 30 ? last : null;
}
