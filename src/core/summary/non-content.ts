// Lines of a body that are not the article's argument and never make a key
// point: editor's notes, captions, datelines, label lines, calls to action.
// Each pattern is a line real party-media and WeChat bodies carry.

/** 【编前语】, 【编者按】, 编者按：… — the editor speaking, not the article. */
const EDITOR_NOTE = /^(?:【[^】]{0,6}(?:编前|编者|编后|导读|摘要|提要)[^】]{0,6}】|编者按|编者的话|编前语|编后语|导读[：:]|摘要[：:])/;
/** 图为…, 图：…, （摄影 …）, 供图: photo captions. */
const CAPTION = /^(?:图为|图[：:]|图片|[（(]?(?:摄影|摄|供图|图片来源)[：:]?)|(?:摄|供图)[）)]?$/;
/**
 * Label lines, bracketed or not: 来源：, 作者：, 责任编辑：, 原标题：,
 * （作者单位：…）, 【责任编辑：…】. The colon is required: prose may begin with
 * the same words (作者认为…, 编辑部的同志们…).
 */
const LABEL_LINE =
  /^[【（(\[]?\s*(?:来源|作者|本文作者|作者单位|责任编辑|责编|编辑|审核|审校|校对|原标题|原文链接|发布时间|发布日期|本文来源|文章来源|转载)\s*[：:]/;
/** Boilerplate: （完）, 本文系…成果, calls to scan, follow or click. */
const BOILERPLATE = /^[【（(\[]?(?:完[）)]|本文系|扫码|扫描二维码|长按|点击(?:阅读|查看|进入|关注)|关注(?:我们|公众号|微信)|声明[：:])/;

/** Is this paragraph something other than the article's own text? */
export function isNonContentParagraph(text: string): boolean {
  return EDITOR_NOTE.test(text) || CAPTION.test(text) || LABEL_LINE.test(text) || BOILERPLATE.test(text);
}

/**
 * News datelines before the first sentence: 新华社北京1月2日电（记者 张三）,
 * 本报讯（通讯员 李四）. The rest of the sentence is the news lead.
 */
const DATELINE = /^(?:[^，。,（(]{0,24}?\d{1,2}月\d{1,2}日(?:电|讯)|(?:本报|本站|本刊|本网)讯)(?:\s*[（(][^（）()]{0,40}[）)])?\s*/;

export function withoutDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  if (m === null || m[0].length === 0) return sentence;
  const rest = sentence.slice(m[0].length).trim();
  return rest.length >= 10 ? rest : sentence;
}
