import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '../../../src/store/url.ts';

const WECHAT = 'https://mp.weixin.qq.com/s?__biz=MzA3NjE1NzI2Mg==&mid=2651234567&idx=1&sn=0a1b2c3d4e5f';

// [input, expected, why]
const CASES: [string, string, string][] = [
  ['https://www.12371.cn/2021/05/15/ARTI1621.shtml', 'https://www.12371.cn/2021/05/15/ARTI1621.shtml', 'a clean article URL is unchanged'],
  ['https://www.12371.cn/2021/05/15/ARTI1621.shtml#comments', 'https://www.12371.cn/2021/05/15/ARTI1621.shtml', 'in-page anchors are dropped'],
  ['https://example.gov.cn/#/article/123', 'https://example.gov.cn/#/article/123', 'hash routes name the article and stay'],
  ['https://example.gov.cn/app#!/news/5?x=1', 'https://example.gov.cn/app#!/news/5?x=1', 'hashbang routes stay'],
  ['HTTPS://WWW.People.COM.CN/n1/2021/0515/c1001.html', 'https://www.people.com.cn/n1/2021/0515/c1001.html', 'scheme and host lower-case'],
  ['https://www.people.com.cn/N1/Index.HTML', 'https://www.people.com.cn/N1/Index.HTML', 'the path keeps its case (servers may be case-sensitive)'],
  ['http://news.cn:80/a.htm', 'http://news.cn/a.htm', 'default http port dropped'],
  ['https://news.cn:443/a.htm', 'https://news.cn/a.htm', 'default https port dropped'],
  ['https://news.cn:8443/a.htm', 'https://news.cn:8443/a.htm', 'other ports kept'],
  ['https://news.cn/a.htm?utm_source=wechat&utm_medium=social&utm_campaign=x', 'https://news.cn/a.htm', 'utm_* dropped, no dangling ?'],
  ['https://news.cn/a.htm?UTM_Source=x&id=5', 'https://news.cn/a.htm?id=5', 'tracking names match case-insensitively'],
  ['https://news.cn/a.htm?spm=a2c4g.111&id=5', 'https://news.cn/a.htm?id=5', 'Alibaba spm dropped'],
  ['https://news.cn/a.htm?id=5&from=singlemessage&isappinstalled=0', 'https://news.cn/a.htm?id=5', 'WeChat share tags dropped on any site'],
  ['https://www.bilibili.com/video/BV1xx?vd_source=abc&p=2', 'https://www.bilibili.com/video/BV1xx?p=2', 'Bilibili share fingerprint dropped, part number kept'],
  ['https://baijiahao.baidu.com/s?id=17000&wfr=spider&for=pc', 'https://baijiahao.baidu.com/s?for=pc&id=17000', 'Baidu feed tag dropped; the rest sorted'],
  ['https://m.toutiao.com/a123/?share_token=abc&tt_from=weixin&wxshare_count=1', 'https://m.toutiao.com/a123/', 'Toutiao share tags dropped'],
  ['https://x.cn/p?fbclid=1&gclid=2&msclkid=3', 'https://x.cn/p', 'ad click ids dropped'],
  ['https://x.cn/show.php?id=2&catid=1&m=content', 'https://x.cn/show.php?catid=1&id=2&m=content', 'parameters sorted by name'],
  ['https://x.cn/list?tag=b&tag=a&page=2', 'https://x.cn/list?page=2&tag=b&tag=a', 'repeated names keep their order'],
  ['https://x.cn/s?q=%E5%85%9A%E5%BB%BA&x=a+b', 'https://x.cn/s?q=%E5%85%9A%E5%BB%BA&x=a+b', 'values keep their encoding'],
  ['https://x.cn/s?q=党建', 'https://x.cn/s?q=%E5%85%9A%E5%BB%BA', 'non-ASCII is percent-encoded as browsers send it'],
  ['https://x.cn/view?article', 'https://x.cn/view?article', 'value-less parameters kept'],
  ['https://x.cn/view?&&id=1&', 'https://x.cn/view?id=1', 'empty parameters dropped'],
  ['https://x.cn/a?', 'https://x.cn/a', 'empty query dropped'],
  ['https://x.cn', 'https://x.cn/', 'root path made explicit'],
  [WECHAT, WECHAT, 'a WeChat article keeps __biz, mid, idx, sn'],
  [
    'https://mp.weixin.qq.com/s?sn=0a1b2c3d4e5f&chksm=bd2f&__biz=MzA3NjE1NzI2Mg==&scene=21&idx=1&mid=2651234567&sharer_sharetime=1&key=abc&pass_ticket=xyz&exportkey=e#wechat_redirect',
    WECHAT,
    'WeChat: only the four identifying parameters, in canonical order',
  ],
  ['https://mp.weixin.qq.com/s/AbCdEf123_-x?scene=1&from=timeline', 'https://mp.weixin.qq.com/s/AbCdEf123_-x', 'WeChat short links keep the path, drop the query'],
  [
    'https://mp.weixin.qq.com/mp/appmsg/show?__biz=MjM5&appmsgid=10000&itemidx=1&sign=abc&scene=2#wechat_redirect',
    'https://mp.weixin.qq.com/mp/appmsg/show?__biz=MjM5&appmsgid=10000&itemidx=1&sign=abc',
    'the legacy WeChat article form keeps its own identifiers',
  ],
  ['https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA', 'https://mp.weixin.qq.com/mp/profile_ext?__biz=MzA&action=home', 'other WeChat pages: generic rules'],
  ['  https://x.cn/a  ', 'https://x.cn/a', 'surrounding white space trimmed'],
  ['file:///home/u/saved.html#x', 'file:///home/u/saved.html#x', 'non-web URLs are left as the browser writes them'],
  ['not a url', 'not a url', 'not a URL: returned as is'],
];

describe('normalizePageUrl', () => {
  it.each(CASES)('%s -> %s (%s)', (input, expected) => {
    expect(normalizePageUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of CASES) {
      const once = normalizePageUrl(input);
      expect(normalizePageUrl(once)).toBe(once);
    }
  });

  it('gives one key to every way of arriving at the same WeChat article', () => {
    const variants = [
      `${WECHAT}&chksm=1&scene=21#wechat_redirect`,
      `${WECHAT}&from=groupmessage&isappinstalled=0`,
      WECHAT.replace('http', 'HTTP'),
    ];
    expect(new Set(variants.map(normalizePageUrl))).toEqual(new Set([WECHAT]));
  });
});
