// A short, readable name for an element in `analyze --explain` output:
// its path of tag names with id or first class, from <body> down (the last few steps).
const MAX_STEPS = 4;

function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) return `${tag}#${id}`;
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls ? `${tag}.${cls}` : tag;
}

export function describeElement(el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node !== null && steps.length < MAX_STEPS; node = node.parentElement) {
    steps.unshift(step(node));
    if (node.tagName.toLowerCase() === 'body' || node.hasAttribute('id')) break;
  }
  return steps.join(' > ');
}
