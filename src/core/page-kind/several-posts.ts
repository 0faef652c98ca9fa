// Pages that show several posts, each a full text: a blog's archive or front
// page, a forum board's digest. Each post ends (or starts) with the same
// footer line in the same words, only its date and counters differing ("由某某
// 张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论", "posted by 某某 at 10:56 | 评论(3)").
// An article with comments has dated lines too, but a comment's line names
// its commenter (a different line each time) and comments are short; here
// the same line closes several long texts.
import type { TextBlock } from '../body/text-blocks.ts';

/** A post footer is one short line... */
const MAX_FOOTER_CHARS = 80;
/** ...with a timestamp or a full date in it. */
const DATED = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/u;
/** Text before a footer that makes it a post rather than a comment or a list item's blurb. */
const MIN_POST_CHARS = 150;
/** Posts closed by the same footer from which the page is an archive. */
const MIN_POSTS = 3;
/** A block shorter than this is a label or a button, not part of a post's text. */
const MIN_TEXT_BLOCK = 12;

/** The footer's words without its numbers: the same for every post of one author on one template. */
function footerTemplate(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

export function showsSeveralPosts(blocks: readonly TextBlock[]): boolean {
  const posts = new Map<string, number>();
  let textSince = 0;
  for (const block of blocks) {
    if (block.chars <= MAX_FOOTER_CHARS && DATED.test(block.text)) {
      if (textSince >= MIN_POST_CHARS) {
        const key = footerTemplate(block.text);
        const n = (posts.get(key) ?? 0) + 1;
        if (n >= MIN_POSTS) return true;
        posts.set(key, n);
      }
      textSince = 0;
      continue;
    }
    if (block.chars >= MIN_TEXT_BLOCK) textSince += block.chars - block.linkChars;
  }
  return false;
}
