// Page URLs become storage keys (page:<url>, pageIndex:<url>) and the
// `target.source` of every annotation, so one article must have one URL no
// matter how the reader arrived at it: from a WeChat share, a search engine,
// a newsletter campaign, or a link with a #section anchor.

/**
 * Query parameters that only say how the reader arrived, never which page
 * they see. Each entry says who adds it.
 */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Campaign and ad-click tags added by link shorteners, mailers and ads.
  'fbclid', // Facebook outbound links
  'gclid', // Google Ads
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'igshid', // Instagram shares
  'mc_cid', // Mailchimp
  'mc_eid',
  '_hsenc', // HubSpot
  '_hsmi',
  // Chinese platforms' share and referral tags.
  'spm', // Alibaba/Youku/Alipay page-path tracking ("spm=a2c4g.11186623")
  'scm', // Alibaba's companion of spm
  'from', // WeChat/Weibo/QQ share source ("from=singlemessage", "from=timeline", "from=groupmessage")
  'isappinstalled', // WeChat share: whether the reader had the app
  'scene', // WeChat: where the link was opened (chat, moments, …)
  'subscene',
  'clicktime', // WeChat share timestamp
  'enterid', // WeChat share entry timestamp
  'sessionid', // WeChat share session; never content on article pages
  'sharer_sharetime', // WeChat sharer tags
  'sharer_shareid',
  'share_token', // Toutiao/Douyin/Zhihu share tokens
  'share_source',
  'share_medium',
  'share_from',
  'share_tag',
  'share_plat',
  'sharesource',
  'shareid',
  'vd_source', // Bilibili: the sharer's viewer fingerprint
  'wfr', // Baidu feed: "wfr=spider" (arrived via the Baidu app crawler link)
  'tt_from', // Toutiao share source
  'wxshare_count', // Toutiao: number of WeChat shares
]);

/** Parameter name prefixes that are always tracking: Google Analytics campaigns (utm_source, utm_medium…). */
const TRACKING_PREFIXES = ['utm_'];

/** A WeChat article is identified by these four parameters of /s; every other one is share tracking. */
const WECHAT_ARTICLE_PARAMS = ['__biz', 'mid', 'idx', 'sn'];
/** The older WeChat article URL form (/mp/appmsg/show) and its identifying parameters. */
const WECHAT_LEGACY_PARAMS = ['__biz', 'appmsgid', 'itemidx', 'sign'];

/**
 * The key of a page: the URL with the fragment and tracking parameters
 * dropped, the remaining parameters in a canonical (key-sorted) order, scheme
 * and host lower-case, default ports dropped. WeChat article URLs keep only
 * their identifying parameters. A string that is not a URL is returned
 * trimmed, unchanged.
 */
export function normalizePageUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  // URL already lower-cases scheme and host, drops default ports (:80 for
  // http, :443 for https) and punycodes IDNs.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const origin = `${url.protocol}//${url.host}`;
  const path = url.pathname || '/';
  const query = canonicalQuery(url);
  return origin + path + (query ? `?${query}` : '') + routeFragment(url.hash);
}

/**
 * The fragment is kept only when it is a client-side route ("#/article/123",
 * "#!/news/5": hash-routed single-page sites name the article there);
 * otherwise it is an in-page anchor ("#section2", "#comments") and dropped.
 */
function routeFragment(hash: string): string {
  return hash.startsWith('#/') || hash.startsWith('#!') ? hash : '';
}

interface QueryParam {
  key: string;
  /** The parameter as it appeared ("name=value"), percent-encoding untouched. */
  raw: string;
}

function canonicalQuery(url: URL): string {
  const params = parseQuery(url.search);
  if (url.hostname === 'mp.weixin.qq.com') {
    // Short links (/s/<id>) carry the article in the path: any query is share tracking.
    if (url.pathname.startsWith('/s/')) return '';
    const identifying =
      url.pathname === '/s' ? WECHAT_ARTICLE_PARAMS : url.pathname === '/mp/appmsg/show' ? WECHAT_LEGACY_PARAMS : null;
    const kept = (identifying ?? []).flatMap((name) => params.filter((p) => p.key === name).slice(0, 1));
    if (kept.length > 0) return kept.map((p) => p.raw).join('&');
  }
  const kept = params.filter((p) => !isTrackingParam(p.key));
  // Sorting by key is safe: servers read the query as a map (name -> values),
  // so order between different names never selects different content. Order
  // among repeated names (a=1&a=2) can matter, and the stable sort keeps it.
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return kept.map((p) => p.raw).join('&');
}

function parseQuery(search: string): QueryParam[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (!query) return [];
  return query
    .split('&')
    .filter((part) => part.length > 0)
    .map((raw) => {
      const eq = raw.indexOf('=');
      return { key: decodeKey(eq === -1 ? raw : raw.slice(0, eq)), raw };
    });
}

function decodeKey(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

function isTrackingParam(key: string): boolean {
  const name = key.toLowerCase();
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}
