// Parser for the label lines Chinese article pages print around the headline
// and after the body: "来源：人民日报  作者：张三  发布时间：2021-05-15",
// "发布者:某某发布时间:2021-05-15浏览次数:" (several labels run together with no
// space, as VSB/博达 pages print them), "文丨张三", "摄影/张艳 编辑/苏芳",
// "素材来源 某某" (a label with no colon on its own line).

export type LabelField =
  | 'source'
  | 'author'
  | 'editor'
  | 'publishDate'
  | 'date'
  | 'writtenDate'
  | 'publisher'
  | 'issuer'
  | 'photo'
  | 'title'
  | 'other';

/**
 * Labels that are unambiguous wherever they appear, even run together after a
 * value ("某某日报作者:某某").
 */
const STRONG_LABELS: Record<string, LabelField> = {
  信息来源: 'source', 稿件来源: 'source', 稿源: 'source', 文章来源: 'source', 新闻来源: 'source', 素材来源: 'source',
  本文来源: 'source', 内容来源: 'source', 消息来源: 'source', 来源于: 'source', 来源: 'source', 出处: 'source',
  转载自: 'source', 转自: 'source',
  作者: 'author', 撰文: 'author', 撰稿人: 'author', 撰稿: 'author', 本报记者: 'author', 通讯员: 'author',
  责任编辑: 'editor', 责编: 'editor', 本文编辑: 'editor', 网络编辑: 'editor', 值班编辑: 'editor', 编辑: 'editor',
  发布时间: 'publishDate', 发布日期: 'publishDate', 发稿时间: 'publishDate', 发表时间: 'publishDate',
  发表日期: 'publishDate', 发文日期: 'publishDate', 公开日期: 'publishDate', 发布于: 'other', 发表于: 'publishDate',
  成文日期: 'writtenDate', 印发日期: 'writtenDate', 生成日期: 'writtenDate', 更新时间: 'other', 更新日期: 'other',
  发布者: 'publisher', 发布人: 'publisher', 发布单位: 'publisher', 发布机构: 'publisher',
  发文机关: 'issuer', 发文单位: 'issuer',
  摄影: 'photo', 图片: 'photo', 图片来源: 'photo', 图源: 'photo',
  // Captions of charts and tables inside the body, not the article's source.
  数据来源: 'other', 资料来源: 'other', 视频来源: 'other',
  浏览次数: 'other', 点击次数: 'other', 点击数: 'other', 阅读次数: 'other', 阅读量: 'other', 访问量: 'other',
  浏览量: 'other', 索引号: 'other', 主题分类: 'other', 发文字号: 'other', 文号: 'other', 主题词: 'other',
  有效性: 'other', 关键词: 'other', 原标题: 'title', 字号: 'other', 分享到: 'other', 审核: 'other',
  校对: 'other', 终审: 'other', 监制: 'other', 策划: 'other',
  // Editorial roles that follow 编辑 on one line ("编辑：张三 审稿：王五"): they end its value.
  审稿: 'other', 初审: 'other', 复审: 'other', 二审: 'other', 三审: 'other', 签发: 'other', 核稿: 'other',
  统筹: 'other', 设计: 'other', 制图: 'other', 美编: 'other', 主编: 'other', 总编: 'other', 值班: 'other',
  排版: 'other',
};

/**
 * Labels that are also ordinary words ("会议时间", "全文", "地图"): only a
 * label when not glued to a preceding Han character.
 */
const WEAK_LABELS: Record<string, LabelField> = {
  时间: 'date', 日期: 'date', 文: 'author', 记者: 'author', 图: 'photo', 摄: 'photo', 浏览: 'other',
  点击: 'other', 阅读: 'other', 分类: 'other', 标题: 'title', 字体: 'other', 分享: 'other', 打印: 'other',
};

const FIELD_OF: Record<string, LabelField> = { ...STRONG_LABELS, ...WEAK_LABELS };

/** True when the text is nothing but a label word ("作者", "来源"): a label whose value the page left empty. */
export function isLabelWord(text: string): boolean {
  return Object.prototype.hasOwnProperty.call(FIELD_OF, text.replace(/[\s:：]+/gu, ''));
}

const byLength = (a: string, b: string): number => b.length - a.length;
const STRONG_ALT = Object.keys(STRONG_LABELS).sort(byLength).join('|');
const WEAK_ALT = Object.keys(WEAK_LABELS).sort(byLength).join('|');

/**
 * The bars pages put between metadata items and after byline labels: ASCII
 * and full-width vertical bars, 丨 (a Han stroke used as a bar) and ︱.
 */
const BARS = '|｜丨︱';

/**
 * Labels pages also print with only a space before the value, mid-line
 * ("出版社：某某出版社   作者 张三"): words that are not prose where a space
 * precedes them. 编辑 is left out: "编辑 删除" are buttons.
 */
const SPACED_LABELS = ['作者', '来源', '稿源', '责任编辑', '责编', '撰稿'];

/**
 * 时间/日期 glued to the value before them are still a label when a colon and
 * a year-first date follow ("发布者:某某网站时间:2021-05-15"): prose does not
 * put a date right after "时间：". Only after another label on the line.
 */
const GLUED_DATE_LABEL = '(?:时间|日期)(?=[ \\t\\u00A0\\u3000]*[:：][ \\t\\u00A0\\u3000]*\\d{4}\\s*[-年./]\\s*\\d)';

/**
 * A label followed by a colon, or by one of the slash-like separators bylines
 * use (文丨张三, 编辑/苏芳, 摄影︱李四), or directly by a year-first date
 * ("发布时间 2005/05/17 22:11:42", "发表于2014-08-24"), or in square brackets
 * ("【来源】新华社", "[责任编辑]张三"). Strong labels first so that "发布时间"
 * wins over "时间" at the same place. Second alternative: a spaced label
 * (SPACED_LABELS) after the line start or white space.
 */
const LABEL_PATTERN = new RegExp(
  `[【\\[]?(${STRONG_ALT}|(?<![\\p{Script=Han}])(?:${WEAK_ALT})|${GLUED_DATE_LABEL})[ \\t\\u00A0\\u3000]*([:：]|[${BARS}/](?![/\\d])|[】\\]]|(?=\\d{4}\\s*[-年./]\\s*\\d))` +
    `|(?<=^|[\\s\\u00A0\\u3000])(${SPACED_LABELS.join('|')})[ \\t\\u00A0\\u3000]+(?=[^\\s\\u00A0\\u3000:：])`,
  'gu',
);

/**
 * One segment of a bar-separated metadata row whose labels carry no colon:
 * "发表于2014-08-24 21:30| 1164次阅读| 来源某某社区| 0 条评论| 作者张三".
 */
const BAR_SEGMENT_LABEL = /^(来源|作者|编辑|责任编辑|责编|发表于|发布于|发布时间)[\s\u00A0\u3000]*([^\s:：].{0,30})$/u;

/** A label with no colon, alone at the start of a short line: "素材来源 江苏13个设区市党报", "本报记者  王乐文  方  敏". */
const BARE_LABEL_LINE = /^[\s\u00A0\u3000]*(信息来源|稿件来源|文章来源|素材来源|本文来源|来源|作者|本报记者|记者|通讯员|责任编辑|责编|编辑)[\s\u00A0\u3000]+(\S.{0,40})$/u;

/** Where a value ends even without a following label: a bar, a spaced slash or dot, a line break, or a wide gap. */
const VALUE_END = /[|｜丨︱]|\s[/·]\s|\n|[\s\u00A0\u3000]{3,}|[\s\u00A0\u3000]+(?=(?:阅读|评论|浏览|点击)\s*[(（\d])/u;

export interface LabelEntry {
  label: string;
  field: LabelField;
  /** The value, trimmed; empty when the page puts the value in the next element. */
  value: string;
  /**
   * Unlabelled text after the value's end and before the next label, e.g. the
   * date in "来源：人民日报 | 2024年05月10日 08:02:11".
   */
  rest: string;
}

export interface LabelLine {
  /** Text before the first label, e.g. a date in "2019-09-09 16:19:28　来源: 华龙网". */
  prefix: string;
  entries: LabelEntry[];
}

function splitValue(raw: string): { value: string; rest: string } {
  // The value may start on the next line ("来源：<br><a>人民日报海外版</a>").
  const start = raw.replace(/^[\s\u00A0\u3000:：]+/u, '');
  const cut = VALUE_END.exec(start);
  const value = cut === null ? start : start.slice(0, cut.index);
  const rest = cut === null ? '' : start.slice(cut.index).replace(/^[\s\u00A0\u3000|｜丨︱/·]+|[\s\u00A0\u3000]+$/gu, '');
  return { value: value.replace(/[\s\u00A0\u3000]+$/u, ''), rest };
}

/**
 * "… | 文｜张三 | …": a bar that follows a byline label belongs to the
 * byline, not the row; the label and its value are one segment again.
 */
const BYLINE_LABEL_ALONE = /^(文|作者|撰文|撰稿|记者|摄影|图|责编)$/u;

function joinBylineLabels(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i]!;
    const next = segments[i + 1];
    if (next !== undefined && next.length > 0 && BYLINE_LABEL_ALONE.test(seg)) {
      out.push(`${seg}：${next}`);
      i += 1;
    } else out.push(seg);
  }
  return out;
}

/** A row of two or more bar-separated segments, each parsed alone (labels without colons allowed at a segment's start). */
function parseBarRow(line: string): LabelLine | null {
  const segments = line.split(/[|｜丨︱]/u).map((seg) => seg.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/gu, ''));
  if (segments.length < 3) return null;
  const entries: LabelEntry[] = [];
  let bare = 0;
  for (const seg of joinBylineLabels(segments)) {
    const m = BAR_SEGMENT_LABEL.exec(seg);
    // "来源于：某某" carries its own colon: the colon grammar reads it whole.
    const withColon = m !== null && /^于?[\s\u00A0\u3000]*[:：]/u.test(m[2] ?? '');
    if (m === null || withColon) {
      if (withColon) bare += 1;
      entries.push(...(parseColonLabels(seg)?.entries ?? []));
      continue;
    }
    bare += 1;
    const label = m[1] ?? '';
    entries.push({ label, field: FIELD_OF[label] ?? 'other', value: (m[2] ?? '').trim(), rest: '' });
  }
  return bare >= 2 ? { prefix: '', entries } : null;
}

/** Parse the labels of one line of text; null when it has none. */
export function parseLabelLine(line: string): LabelLine | null {
  return parseBarRow(line) ?? parseColonLabels(line);
}

/**
 * "（本文来源：经济日报 作者：…徐占忱）返回搜狐，查看更多": a bracketed credit
 * line ends at its closing bracket; link text glued after it is not a value.
 */
function withinOpeningBracket(line: string): string {
  const open = /^[\s\u00A0\u3000]*[（(]/u.exec(line);
  if (open === null) return line;
  const close = line.search(/[）)](?=[^）)]*$)/u);
  return close > open[0].length ? line.slice(open[0].length, close) : line;
}

function gluedDateLabel(line: string, m: RegExpMatchArray): boolean {
  return (m[1] === '时间' || m[1] === '日期') && /\p{Script=Han}$/u.test(line.slice(0, m.index ?? 0));
}

function parseColonLabels(whole: string): LabelLine | null {
  const line = withinOpeningBracket(whole);
  LABEL_PATTERN.lastIndex = 0;
  // A glued 时间/日期 counts only after another label: "会议时间：2024年5月20日" opening a line is an event's time.
  let anotherLabel = false;
  const matches = [...line.matchAll(LABEL_PATTERN)].filter((m) => {
    if (gluedDateLabel(line, m)) return anotherLabel;
    anotherLabel = true;
    return true;
  });
  if (matches.length === 0) {
    const bare = BARE_LABEL_LINE.exec(line);
    if (bare === null) return null;
    const label = bare[1] ?? '';
    return { prefix: '', entries: [{ label, field: FIELD_OF[label] ?? 'other', ...splitValue(bare[2] ?? '') }] };
  }
  const entries: LabelEntry[] = [];
  for (let i = 0; i < matches.length; i += 1) {
    const m = matches[i]!;
    const label = m[1] ?? m[3] ?? '';
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? (matches[i + 1]!.index ?? line.length) : line.length;
    entries.push({ label, field: FIELD_OF[label] ?? 'other', ...splitValue(line.slice(start, end)) });
  }
  const prefix = line.slice(0, matches[0]!.index ?? 0).replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
  return { prefix, entries };
}

/** Fields that make a line a metadata line rather than prose when it opens with them. */
export const METADATA_FIELDS: ReadonlySet<LabelField> = new Set<LabelField>([
  'source', 'author', 'editor', 'publishDate', 'publisher', 'photo', 'title', 'issuer', 'writtenDate',
]);
