// Reads a .docx back as Word would: unzip it (fflate, the zip library the
// `docx` package itself uses) and parse its XML parts with a DOM parser
// (jsdom's). Gives the body's paragraphs with their style, text and run
// shading, the style definitions and the page size, so tests check what a
// reader would see, not the bytes.
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParagraph {
  /** The paragraph style id (w:pStyle), 'Normal' when none. */
  style: string;
  text: string;
  /** Fill colours of the shaded runs (w:shd/@w:fill). */
  shading: string[];
  /** Whether it is a bulleted list item (w:numPr). */
  listItem: boolean;
}

export interface DocxStyle {
  id: string;
  name: string;
  eastAsiaFont: string | null;
  outlineLevel: number | null;
}

export interface DocxContents {
  parts: string[];
  paragraphs: DocxParagraph[];
  styles: Map<string, DocxStyle>;
  defaultEastAsiaFont: string | null;
  pageSize: { width: number; height: number } | null;
  hyperlinks: string[];
}

function xml(text: string): Document {
  return new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
}

const attr = (el: Element | null | undefined, name: string): string | null => el?.getAttributeNS(W, name) ?? null;
const first = (el: Element | Document, name: string): Element | null => el.getElementsByTagNameNS(W, name)[0] ?? null;

export function readDocx(bytes: Uint8Array): DocxContents {
  const files = unzipSync(bytes);
  const part = (name: string): Document => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing from the .docx`);
    return xml(strFromU8(file));
  };
  const doc = part('word/document.xml');
  const paragraphs = [...doc.getElementsByTagNameNS(W, 'p')].map((p): DocxParagraph => {
    const text = [...p.getElementsByTagNameNS(W, '*')]
      .map((el) => (el.localName === 't' ? (el.textContent ?? '') : el.localName === 'br' ? '\n' : ''))
      .join('');
    return {
      style: attr(first(p, 'pStyle'), 'val') ?? 'Normal',
      text,
      shading: [...p.getElementsByTagNameNS(W, 'r')].flatMap((r) => {
        const fill = attr(first(r, 'shd'), 'fill');
        return fill ? [fill.toUpperCase()] : [];
      }),
      listItem: first(p, 'numPr') !== null,
    };
  });
  const stylesDoc = part('word/styles.xml');
  const styles = new Map<string, DocxStyle>();
  for (const style of stylesDoc.getElementsByTagNameNS(W, 'style')) {
    const id = attr(style, 'styleId') ?? '';
    const level = attr(first(style, 'outlineLvl'), 'val');
    styles.set(id, { id, name: attr(first(style, 'name'), 'val') ?? '', eastAsiaFont: attr(first(style, 'rFonts'), 'eastAsia'), outlineLevel: level === null ? null : Number(level) });
  }
  const defaults = first(stylesDoc, 'docDefaults');
  const size = first(doc, 'pgSz');
  const rels = part('word/_rels/document.xml.rels');
  return {
    parts: Object.keys(files),
    paragraphs,
    styles,
    defaultEastAsiaFont: defaults ? attr(first(defaults, 'rFonts'), 'eastAsia') : null,
    pageSize: size ? { width: Number(attr(size, 'w')), height: Number(attr(size, 'h')) } : null,
    hyperlinks: [...rels.getElementsByTagName('Relationship')].filter((r) => r.getAttribute('TargetMode') === 'External').map((r) => r.getAttribute('Target') ?? ''),
  };
}
