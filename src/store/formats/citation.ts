// A reference line for an article in the GB/T 7714-2015 form for electronic
// resources, as teachers and researchers cite web articles:
//   作者. 题名[EB/OL]. 来源, 发布日期[引用日期]. URL.
// Parts the page lacks are left out (no author: the line starts with the
// title; no date: the access date alone, in its brackets). The access date is
// when the reader first saved the page (they read it then), else their
// earliest highlight, else the export date.
import { isoDay, beijingDayOf } from './reader-dates.ts';
import { pageFactsOf, pageTitleOf, type PageGroup } from './library.ts';

export function citationOf(group: PageGroup, now: Date): string {
  const facts = pageFactsOf(group);
  const title = oneLine(pageTitleOf(group));
  const author = facts.author ? oneLine(facts.author) : '';
  const source = facts.source ? oneLine(facts.source) : '';
  const published = facts.publishedAt ? isoDay(facts.publishedAt) : null;
  const accessed = accessDayOf(group, now);
  const head = author ? `${withoutFinalStop(author)}. ${title}[EB/OL]` : `${title}[EB/OL]`;
  const place = [source, `${published ?? ''}[${accessed}]`].filter((part) => part !== '').join(', ');
  return `${head}. ${place}. ${group.url}.`;
}

function accessDayOf(group: PageGroup, now: Date): string {
  const saved = group.page?.firstSavedAt;
  const fromRecord = saved ? isoDay(saved) : null;
  if (fromRecord) return fromRecord;
  const earliest = group.annotations
    .map((a) => Date.parse(a.created))
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b)[0];
  return beijingDayOf(earliest === undefined ? now : new Date(earliest));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "张三." would print as "张三.. 题名": the separator brings its own full stop. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.。]+$/, '');
}
