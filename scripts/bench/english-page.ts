// A non-Chinese article for the bail-out section: an English news page of
// ordinary shape (navigation, headline, byline, 40 paragraphs, footer), made
// here so the bench needs no page from outside.
const WORDS = (
  'the council said on tuesday that the new budget would fund road repairs across the county and ' +
  'expand library hours while residents asked whether property taxes would rise again next year ' +
  'officials pointed to higher costs for materials and labour and promised a public hearing in march'
).split(' ');

export function englishArticleHtml(paragraphs = 40): string {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (): string => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const nav = ['Home', 'News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather']
    .map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`)
    .join('');
  const body = Array.from({ length: paragraphs }, () => `<p>${Array.from({ length: 4 }, sentence).join(' ')}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>County council approves budget for road repairs | The Daily Example</title>
<meta name="description" content="The council approved a budget that funds road repairs and longer library hours."></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>County council approves budget for road repairs</h1>
<p class="byline">By Jane Doe, Staff Reporter · March 3, 2025</p>
${body}
</article></main><footer><p>© 2025 The Daily Example. All rights reserved.</p></footer></body></html>
`;
}
