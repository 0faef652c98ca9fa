// One quoted passage with where it comes from, as plain text for the
// clipboard: what a reader pastes into a study note or a report in Word or
// WPS. The quote, then a line naming the article the way Chinese writing
// credits a quotation (——《题名》，来源：…，作者：…，2024年3月1日), then its
// address on a line of its own (Word turns it into a link). Always in Chinese:
// it describes a Chinese article for a Chinese document, whatever language
// the browser speaks. Parts the page lacks are left out. Line breaks are "\n";
// the browser writes the platform's own line ending to the clipboard.
import { chineseDate } from './reader-dates.ts';

export interface QuotedArticle {
  title: string | null;
  source: string | null;
  author: string | null;
  /** ISO 8601 as stored; written as the Beijing calendar day. */
  publishedAt: string | null;
  url: string;
}

export function quoteWithCitation(quote: string, article: QuotedArticle): string {
  const title = article.title && article.title !== article.url ? oneLine(article.title) : '';
  const credits = [
    // A title that itself names a work (《…》) nests it as 〈…〉 inside the book-title marks.
    title ? `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》` : '',
    article.source ? `来源：${oneLine(article.source)}` : '',
    article.author ? `作者：${oneLine(article.author)}` : '',
    article.publishedAt ? chineseDate(article.publishedAt) : '',
  ].filter((part) => part !== '');
  const lines = [quote.trim(), credits.length > 0 ? `——${credits.join('，')}` : '', article.url];
  return lines.filter((line) => line !== '').join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
