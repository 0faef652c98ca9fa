// Splits body text into sentences as Chinese typesetting ends them: 。！？ and
// ；(the genre chains long clauses with semicolons, but a sentence ending in
// ；is still a unit a reader quotes), a closing quote or bracket staying with
// its sentence (……的要求。” / ……。）). The seed text's ASCII punctuation
// (. is not used as a full stop in Chinese, ! and ? are) is read too.

const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/g;

/** The sentences of a paragraph, verbatim, trimmed; empty ones dropped. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
