// The early verdict's look for archives of several posts (a blog's front page
// or monthly archive, a forum board's digest), fed text by text by the
// bounded walk of quick-link-list.ts. Each post is a text of its own closed
// (or opened) by a short dated line in the same words, only its numbers
// differing ("由某某张贴 @ 2005-06-14 03:25:55", "posted at 10:56", a
// "2024-05-20 08:30" cell): a dated line that closes a passage of prose, in
// the same template, three times over, is three posts. An article has one
// such passage (its body; the dated links of a sidebar close no prose), and
// a list's blurbs are a line or two, too short to be posts. An article's
// comments can look alike, so the verdict also asks that no heading repeat
// the page's <title> (quick-headline.ts): an archive's <title> names the
// blog, an article's its headline.

/** A dated line is short: a timestamp, a poster's name, a counter or two. */
export const MAX_DATED_LINE = 40;
/** A full date or a clock time. */
const DATED = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/u;
/** Han characters of prose since the last dated line that make the passage a post, not a blurb or a comment. */
const MIN_POST_HAN = 150;
/** Posts closed by lines of one template from which the page is an archive. */
export const MIN_POSTS = 3;
/**
 * Han characters of prose after one dated line beyond which the page reads
 * as one long text: the walk stops looking for more posts. A blog post runs
 * to a few thousand characters; an archive of longer ones is left to the
 * full analysis.
 */
const MAX_POST_HAN = 8000;

/** The line's words without its numbers and spaces: the same for every post of one template. */
function template(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

export class SeveralPostsTracker {
  /** A dated line has been read: without one no post can close, and an article page's walk may stop at its prose. */
  datedLineSeen = false;
  /** Most posts closed by lines of one template. */
  posts = 0;
  private proseSinceDate = 0;
  private readonly closed = new Map<string, number>();

  /** A short text node (link text included): counts a post when it is a dated line closing a passage of prose. */
  shortText(text: string): void {
    if (text.length > MAX_DATED_LINE || !DATED.test(text)) return;
    this.datedLineSeen = true;
    if (this.proseSinceDate >= MIN_POST_HAN) {
      const key = template(text);
      const n = (this.closed.get(key) ?? 0) + 1;
      this.closed.set(key, n);
      if (n > this.posts) this.posts = n;
    }
    this.proseSinceDate = 0;
  }

  /** Han characters of a text node of prose (non-link text with clause punctuation). */
  prose(han: number): void {
    this.proseSinceDate += han;
  }

  /** Whether reading on could still show an archive: a dated line met, the current passage not yet article-long. */
  mayFindMore(): boolean {
    return this.datedLineSeen && this.posts < MIN_POSTS && this.proseSinceDate < MAX_POST_HAN;
  }

  showsSeveralPosts(): boolean {
    return this.posts >= MIN_POSTS;
  }
}
