// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { noteOf, quoteOf } from '../../../src/store/annotations.ts';
import { exportJson } from '../../../src/store/formats/index.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import { buildFormulationIndex, buildLibraryIndex } from '../../../src/store/query/index.ts';
// glossary.js as the extension page has it once loaded (jsdom loads no scripts).
import '../../../src/ui/shared/glossary-entry.ts';
import { generateLibrary } from '../store/query-sample-library.ts';
import { container, library, mount, source, useMountedManager } from './manager-mounted.tsx';
import { button, byText, choose, settle, titles, typeInto, waitFor } from './manager-render-helpers.ts';

useMountedManager();

describe('article list', () => {
  it('lists every article with its facts, highlight count, badge and link', async () => {
    await mount();
    const items = [...container.querySelectorAll<HTMLElement>('.article')];
    expect(items).toHaveLength(library.pages.length);
    for (const page of library.pages) {
      const item = items.find((li) => li.dataset.url === page.url)!;
      expect(item.querySelector('.article__title')?.textContent).toBe(page.metadata.title);
      expect(item.querySelector('a')?.getAttribute('href')).toBe(page.url);
      expect(item.textContent).toContain(page.metadata.source!);
      expect(item.textContent).toContain(page.metadata.author!);
      const count = library.annotations.filter((a) => a.target.source === page.url).length;
      expect(item.querySelector('.article__count')?.textContent).toBe(`${count} 条标注`);
      expect(item.querySelector('.badge') !== null).toBe(page.partyBuilding);
    }
    expect(container.querySelector('.library__counts')?.textContent).toBe(`共 ${library.pages.length} 篇文章、${library.annotations.length} 条标注`);
  });

  it('shows an article\'s passages when expanded, in reading order, with notes', async () => {
    await mount();
    const page = library.pages[0]!;
    const item = container.querySelector<HTMLElement>(`.article[data-url="${page.url}"]`)!;
    expect(item.querySelector('.passage')).toBeNull();
    const toggle = button(item, '展开标注');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    const shown = await waitFor(() => item.querySelectorAll('.passage__quote').length > 0 && [...item.querySelectorAll('.passage')]);
    const expected = library.annotations
      .filter((a) => a.target.source === page.url)
      .sort((a, b) => (a.target.selector[1] as { start: number }).start - (b.target.selector[1] as { start: number }).start);
    expect(shown.map((li) => li.querySelector('.passage__quote')?.textContent)).toEqual(expected.map(quoteOf));
    const withNote = expected.find((a) => noteOf(a));
    if (withNote) expect(item.textContent).toContain(noteOf(withNote));
  });

  it('sorts by title in Chinese order when asked', async () => {
    await mount();
    choose(byText<HTMLSelectElement>(container, 'label', /排序/)!.querySelector('select')!, 'title');
    await waitFor(() => {
      const shown = titles(container);
      const sorted = [...shown].sort(new Intl.Collator('zh-CN', { numeric: true }).compare);
      return shown.join() === sorted.join() && shown.length === library.pages.length;
    }, 'title order');
  });
});

describe('editing a passage', () => {
  it('saves a new note, tags and colour through the data source and shows them', async () => {
    await mount();
    const page = library.pages[2]!;
    const item = container.querySelector<HTMLElement>(`.article[data-url="${page.url}"]`)!;
    button(item, '展开标注').click();
    const passage = await waitFor(() => item.querySelector<HTMLElement>('.passage'), 'a passage');
    const id = passage.dataset.id!;
    const before = (await source.snapshot()).annotations.find((a) => a.id === id)!;
    button(passage, '编辑').click();
    const note = await waitFor(() => passage.querySelector<HTMLTextAreaElement>('textarea'), 'the editor');
    // A note over the limit the background enforces: said beside the fields, and 保存 sends nothing.
    typeInto(note, '长'.repeat(20_001));
    await settle();
    expect(passage.querySelector('[data-field="note-problem"]')?.textContent).toBe('批注最多 20000 个字，现在有 20001 个字，请删减后再保存。');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(button(passage, '保存').disabled).toBe(true);
    typeInto(note, '第一行\n第二行：<b>不是标记</b>');
    typeInto(passage.querySelector<HTMLInputElement>(`[id="tags-${id}"]`)!, '理论学习，三会一课、 理论学习');
    passage.querySelector<HTMLInputElement>('input[type="radio"][value="purple"]')!.click();
    await settle();
    button(passage, '保存').click();
    await waitFor(() => !passage.querySelector('textarea') && passage.querySelector('.passage__note'), 'the saved note');

    const after = (await source.snapshot()).annotations.find((a) => a.id === id)!;
    expect(noteOf(after)).toBe('第一行\n第二行：<b>不是标记</b>');
    expect(after.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['理论学习', '三会一课']);
    expect(after.body.find((b) => b.purpose === 'highlighting')?.value).toBe('purple');
    expect(Date.parse(after.modified)).toBeGreaterThanOrEqual(Date.parse(before.modified));
    const shown = container.querySelector<HTMLElement>(`.passage[data-id="${id}"]`)!;
    expect(shown.classList.contains('passage--purple')).toBe(true);
    expect(shown.querySelector('.passage__note')?.textContent).toBe('批注：第一行\n第二行：<b>不是标记</b>');
    expect(shown.querySelector('b')).toBeNull();
    expect([...shown.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['理论学习', '三会一课']);
  });
});

describe('long lists', () => {
  it('shows 50 articles at a time, and a delete keeps the reader where they were', async () => {
    await mount(generateLibrary(60, 120, 9));
    expect(container.querySelectorAll('.article')).toHaveLength(50);
    button(container, '再显示 10 篇（还有 10 篇）').click();
    await waitFor(() => container.querySelectorAll('.article').length === 60, 'all articles');
    const last = [...container.querySelectorAll<HTMLElement>('.article')].at(-1)!;
    last.querySelector<HTMLInputElement>('.article__select')!.click();
    await settle();
    button(container, '删除所选').click();
    button(await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]')), '删除').click();
    await waitFor(() => byText(container, '.toast', /已删除 2 条标注/), 'the undo toast');
    // The article lost its last passages and left the list; the other 59 stay shown.
    await waitFor(() => container.querySelectorAll('.article').length === 59, 'the list after the delete');
  });
});

describe('search', () => {
  it('narrows the list to the passages containing every term, and clears back', async () => {
    await mount();
    const box = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(container.querySelector('label[for="library-search"]')?.textContent).toBe('搜索');
    typeInto(box, '钉钉子精神');
    const matching = library.annotations.filter((a) => quoteOf(a).includes('钉钉子精神'));
    expect(matching.length).toBeGreaterThan(0);
    await waitFor(() => container.querySelector('.library__counts')?.textContent?.startsWith('找到'), 'the result count');
    const quotes = [...container.querySelectorAll('.passage__quote')].map((q) => q.textContent);
    expect(quotes.sort()).toEqual(matching.map(quoteOf).sort());
    const pages = new Set(matching.map((a) => a.target.source));
    expect([...container.querySelectorAll<HTMLElement>('.article')].map((li) => li.dataset.url).sort()).toEqual([...pages].sort());

    typeInto(box, '钉钉子精神 乡村振兴');
    await waitFor(() => byText(container, 'p', '没有符合条件的标注。'), 'the empty result');

    button(container, '清除筛选').click();
    await waitFor(() => container.querySelectorAll('.article').length === library.pages.length, 'the full list again');
    expect(box.value).toBe('');
  });

  it('waits for an input method to finish composing before searching', async () => {
    await mount();
    const box = container.querySelector<HTMLInputElement>('#library-search')!;
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    typeInto(box, 'dingding');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('.library__counts')?.textContent).toMatch(/^共 /);
    box.value = '钉钉子';
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '钉钉子' }));
    await waitFor(() => container.querySelector('.library__counts')?.textContent?.startsWith('找到'), 'the search after composing');
    const expected = library.annotations.filter((a) => quoteOf(a).includes('钉钉子')).length;
    expect(container.querySelectorAll('.passage')).toHaveLength(expected);
  });

  it('filters by colour with the colour toggle buttons', async () => {
    await mount();
    const red = container.querySelector<HTMLButtonElement>('button[aria-label="红色"]')!;
    expect(red.getAttribute('aria-pressed')).toBe('false');
    red.click();
    await waitFor(() => red.getAttribute('aria-pressed') === 'true' && container.querySelector('.passage'), 'red passages');
    const shown = [...container.querySelectorAll<HTMLElement>('.passage')].map((li) => li.dataset.id).sort();
    const expected = library.annotations.filter((a) => a.body.some((b) => b.purpose === 'highlighting' && b.value === 'red')).map((a) => a.id);
    expect(shown).toEqual(expected.sort());
  });
});

describe('bulk delete with undo', () => {
  it('asks first, deletes the selected passages, and undo brings them back exactly', async () => {
    await mount();
    const before = await source.snapshot();
    const page = library.pages[1]!;
    const item = container.querySelector<HTMLElement>(`.article[data-url="${page.url}"]`)!;
    button(item, '展开标注').click();
    const boxes = await waitFor(() => {
      const found = [...item.querySelectorAll<HTMLInputElement>('.passage__select')];
      return found.length >= 2 && found;
    }, 'passage checkboxes');
    const chosen = [boxes[0]!, boxes[1]!].map((box) => box.closest<HTMLElement>('.passage')!.dataset.id!);
    expect(boxes[0]!.getAttribute('aria-label')).toMatch(/^选择这条标注：/);
    boxes[0]!.click();
    boxes[1]!.click();
    await waitFor(() => byText(container, '.bulk__count', '已选 2 条'), 'the bulk bar');

    button(container, '删除所选').click();
    const dialog = await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]'), 'the confirmation');
    expect(dialog.textContent).toContain('确定删除所选的 2 条标注吗');
    await waitFor(() => document.activeElement?.textContent === '取消', 'focus on the safe choice');
    // Escape cancels: nothing deleted.
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !container.querySelector('[role="alertdialog"]'), 'the dialog to close');
    expect((await source.snapshot()).annotations).toHaveLength(before.annotations.length);

    button(container, '删除所选').click();
    button(await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]')), '删除').click();
    const toast = await waitFor(() => byText(container, '.toast', /已删除 2 条标注/), 'the undo toast');
    const afterDelete = await source.snapshot();
    expect(afterDelete.annotations.map((a) => a.id).sort()).toEqual(before.annotations.map((a) => a.id).filter((id) => !chosen.includes(id)).sort());
    expect(container.querySelector(`[data-id="${chosen[0]}"]`)).toBeNull();

    button(toast, '撤销').click();
    await waitFor(() => byText(container, '.toast', /已恢复 2 条标注/), 'the restored toast');
    const restored = await source.snapshot();
    const byId = (l: Library) => [...l.annotations].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored)).toEqual(byId(before));
    expect(restored.pages.length).toBe(before.pages.length);
    await waitFor(() => container.querySelector(`[data-id="${chosen[0]}"]`), 'the restored passage in the list');
  });
});

describe('import', () => {
  async function importBytes(bytes: Uint8Array, name: string) {
    button(container, '导入').click();
    const input = await waitFor(() => container.querySelector<HTMLInputElement>('input[type="file"]'), 'the file input');
    const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('lists the problems of a malformed file and changes nothing', async () => {
    await mount();
    const before = await source.snapshot();
    const broken = JSON.stringify([{ id: 'x', type: 'Annotation', target: { source: 'javascript:alert(1)', selector: [] }, body: [] }]);
    await importBytes(new TextEncoder().encode(broken), 'broken.json');
    const alert = await waitFor(() => container.querySelector<HTMLElement>('.import__result[role="alert"]'), 'the error list');
    expect(alert.textContent).toContain('文件未导入，现有数据没有任何改动');
    const problems = [...alert.querySelectorAll('.import__issues li')].map((li) => li.textContent ?? '');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.includes('target.source') && p.includes('位置 $[0]'))).toBe(true);
    expect(await source.snapshot()).toEqual(before);
  });

  it('refuses a GBK file without writing anything', async () => {
    await mount();
    const before = await source.snapshot();
    // "党建" in GBK: not UTF-8.
    await importBytes(new Uint8Array([0x5b, 0x22, 0xb5, 0xb3, 0xbd, 0xa8, 0x22, 0x5d]), 'gbk.json');
    const alert = await waitFor(() => container.querySelector<HTMLElement>('.import__result[role="alert"]'), 'the error list');
    expect(alert.textContent).toContain('不是 UTF-8 编码');
    expect(await source.snapshot()).toEqual(before);
  });

  it('merges a valid export, shows the summary, and lists the new articles', async () => {
    await mount(generateLibrary(3, 9, 5));
    const other = generateLibrary(6, 18, 5);
    const file = exportJson(other, { now: new Date('2026-01-01T00:00:00Z') });
    await importBytes(new TextEncoder().encode(file.content), file.filename);
    const summary = await waitFor(() => container.querySelector<HTMLElement>('.notice--success'), 'the merge summary');
    // The first 9 annotations of the larger library have the same ids and content as the stored ones.
    const added = other.annotations.filter((a) => !library.annotations.some((b) => b.id === a.id)).length;
    expect(summary.textContent).toContain(`新增 ${added} 条标注`);
    expect(summary.textContent).toContain('跳过');
    expect((await source.snapshot()).annotations).toHaveLength(other.annotations.length);
    button(container, '文章与标注').click();
    await waitFor(() => container.querySelectorAll('.article').length === other.pages.length, 'the imported articles');
  });
  describe('a file that would change the reader’s annotations', () => {
    function editedElsewhere() {
      const file = structuredClone(library);
      const target = file.annotations[0]!;
      target.modified = '2030-01-01T00:00:00.000Z';
      target.body = [...target.body.filter((b) => b.purpose !== 'commenting'), { type: 'TextualBody', purpose: 'commenting', value: '别处改过的批注', format: 'text/plain' }];
      return { bytes: new TextEncoder().encode(exportJson(file, { now: new Date('2026-01-01T00:00:00Z') }).content), target };
    }

    async function changeList(target: { id: string }) {
      const item = await waitFor(() => container.querySelector<HTMLElement>(`.import-change[data-id="${target.id}"]`), 'the change list');
      expect(container.querySelectorAll('.import-change')).toHaveLength(1);
      return item;
    }

    it('lists the change (quote, old → new note) before writing; 全部保留 keeps the reader’s version', async () => {
      await mount();
      const before = await source.snapshot();
      const { bytes, target } = editedElsewhere();
      await importBytes(bytes, 'edited.json');
      const item = await changeList(target);
      const original = library.annotations[0]!;
      expect(item.querySelector('.import-change__quote')?.textContent).toBe(quoteOf(original));
      expect(item.querySelector('.import-change__old')?.textContent).toBe(noteOf(original) || '（无）');
      expect(item.querySelector('.import-change__new')?.textContent).toBe('别处改过的批注');
      expect(item.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(false);
      expect(await source.snapshot()).toEqual(before);
      container.querySelector<HTMLButtonElement>('[data-action="keep-all-mine"]')!.click();
      const summary = await waitFor(() => container.querySelector<HTMLElement>('.notice--success'), 'the merge summary');
      expect(summary.textContent).toContain('保留您的版本 1 条');
      expect(await source.snapshot()).toEqual(before);
    });

    it('the file’s version is written when the reader ticks it', async () => {
      await mount();
      const { bytes, target } = editedElsewhere();
      await importBytes(bytes, 'edited.json');
      const item = await changeList(target);
      item.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await waitFor(() => !container.querySelector<HTMLButtonElement>('[data-action="apply-selected"]')!.disabled, 'the apply button');
      container.querySelector<HTMLButtonElement>('[data-action="apply-selected"]')!.click();
      await waitFor(() => container.querySelector('.notice--success'), 'the merge summary');
      const stored = (await source.snapshot()).annotations.find((a) => a.id === target.id)!;
      expect(noteOf(stored)).toBe('别处改过的批注');
    });
  });
});

describe('formulation index', () => {
  it('lists formulations with article and occurrence counts, opens onto passages, and filters the list by one', async () => {
    await mount();
    button(container, '提法索引').click();
    const rows = await waitFor(() => {
      const found = [...container.querySelectorAll<HTMLElement>('.formulation')];
      return found.length > 0 && found;
    }, 'formulation rows');
    const expected = buildFormulationIndex(buildLibraryIndex(library));
    expect(rows.map((r) => r.dataset.formulation)).toEqual(expected.map((e) => e.text));
    const top = expected[0]!;
    expect(rows[0]!.querySelector('.formulation__stats')?.textContent).toBe(
      `${top.articleCount} 篇文章 · 共 ${top.occurrences} 次 · ${top.passageIds.length} 条标注`,
    );

    const withPassages = expected.find((e) => e.passageIds.length > 0)!;
    const row = rows.find((r) => r.dataset.formulation === withPassages.text)!;
    const toggle = row.querySelector<HTMLButtonElement>('.formulation__toggle')!;
    toggle.click();
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true' && row.querySelector('.formulation__passages'), 'the passages');
    const quotes = [...row.querySelectorAll('.formulation__passages .passage__quote')].map((q) => q.textContent);
    expect(quotes).toHaveLength(withPassages.passageIds.length);
    expect(quotes.every((q) => q?.includes(withPassages.text))).toBe(true);
    expect(row.querySelectorAll('.formulation__articles li')).toHaveLength(withPassages.articleCount);

    button(row, '在文章列表中筛选').click();
    await waitFor(() => container.querySelector<HTMLInputElement>('#formulation-filter')?.value === withPassages.text, 'the formulation filter');
    const listed = [...container.querySelectorAll('.passage__quote')].map((q) => q.textContent ?? '');
    expect(listed.length).toBe(withPassages.passageIds.length);
  });
});

describe('formulation filter field', () => {
  it('suggests the saved pages\' formulations and filters when one is chosen', async () => {
    await mount();
    const field = container.querySelector<HTMLInputElement>('#formulation-filter')!;
    expect(container.querySelector('label[for="formulation-filter"]')?.textContent).toBe('提法');
    const suggestions = [...container.querySelectorAll<HTMLOptionElement>('#formulation-suggestions option')].map((o) => o.value);
    expect(suggestions.sort()).toEqual([...new Set(library.pages.flatMap((p) => p.slogans.map((s) => s.text)))].sort());
    // Applies as the reader types, like the search box: no Enter, no change event.
    typeInto(field, '全面从严治党');
    await waitFor(() => container.querySelector('.library__counts')?.textContent?.startsWith('找到'), 'the filtered list');
    const expectedPages = library.pages.filter(
      (p) => p.slogans.some((s) => s.text === '全面从严治党') || library.annotations.some((a) => a.target.source === p.url && quoteOf(a).includes('全面从严治党')),
    );
    expect([...container.querySelectorAll<HTMLElement>('.article')].map((li) => li.dataset.url).sort()).toEqual(expectedPages.map((p) => p.url).sort());
    expect([...container.querySelectorAll('.passage__quote')].every((q) => q.textContent?.includes('全面从严治党'))).toBe(true);
    // The formulation is marked in the quotes that hold it.
    const marks = [...container.querySelectorAll('.passage__quote mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['全面从严治党']));
    button(container, '清除筛选').click();
    await waitFor(() => field.value === '' && container.querySelectorAll('.article').length === library.pages.length, 'the cleared filter');
  });

  it('filters again when the same formulation is typed right after 清除筛选', async () => {
    await mount();
    const field = container.querySelector<HTMLInputElement>('#formulation-filter')!;
    const counts = () => container.querySelector('.library__counts')?.textContent ?? '';
    typeInto(field, '全面从严治党');
    await waitFor(() => counts().startsWith('找到'), 'the filtered list');
    const filtered = counts();
    button(container, '清除筛选').click();
    await waitFor(() => field.value === '' && counts().startsWith('共 '), 'the cleared filter');
    // Sooner than the typing delay after the clear: the field's last settled text was this same formulation.
    typeInto(field, '全面从严治党');
    await waitFor(() => counts() === filtered, 'the filter applied again');
  });

  it('does not filter on an input method\'s unfinished pinyin', async () => {
    await mount();
    const field = container.querySelector<HTMLInputElement>('#formulation-filter')!;
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    typeInto(field, 'quanmian');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('.library__counts')?.textContent).toMatch(/^共 /);
    field.value = '全面从严治党';
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '全面从严治党' }));
    await waitFor(() => container.querySelector('.library__counts')?.textContent?.startsWith('找到'), 'the filter after composing');
  });
});

describe('export', () => {
  it('downloads the chosen format for the current results', async () => {
    await mount();
    typeInto(container.querySelector<HTMLInputElement>('#library-search')!, '钉钉子精神');
    await waitFor(() => container.querySelector('.export__scope'), 'the scope choice');
    choose(byText<HTMLSelectElement>(container, 'label', /格式/)!.querySelector('select')!, 'csv');
    await settle();
    button(container, '导出文件').click();
    await waitFor(() => source.downloads.length === 1, 'a download');
    const file = source.downloads[0]!;
    // Named by what it holds: the filter, then the days its passages were saved.
    expect(file.filename).toMatch(/^党建批注-筛选 钉钉子精神-\d{4}-\d{2}-\d{2}(至\d{4}-\d{2}-\d{2})?\.csv$/);
    if (typeof file.content !== 'string') throw new Error('a CSV export is text');
    const rows = file.content.split('\r\n').filter(Boolean);
    const matching = library.annotations.filter((a) => quoteOf(a).includes('钉钉子精神'));
    expect(rows).toHaveLength(matching.length + 1);
    await waitFor(() => byText(container, '.toast', new RegExp(`已导出 ${file.filename}`)), 'the export toast');
  });
});

describe('keyboard', () => {
  it('"/" moves focus to the search box unless the reader is typing in a field', async () => {
    await mount();
    const box = container.querySelector<HTMLInputElement>('#library-search')!;
    // The listener is attached in an effect, which Preact runs after the first paint.
    await waitFor(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      return document.activeElement === box;
    }, 'focus on the search box');
    box.blur();
    const date = container.querySelector<HTMLInputElement>('input[type="date"]')!;
    date.focus();
    date.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement).toBe(date);
  });

  it('the section tabs follow the arrow keys', async () => {
    await mount();
    const first = container.querySelector<HTMLButtonElement>('#tab-library')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitFor(() => container.querySelector('#tab-formulations')?.getAttribute('aria-selected') === 'true', 'the next tab');
    expect(document.activeElement?.id).toBe('tab-formulations');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor(() => container.querySelector('#tab-settings')?.getAttribute('aria-selected') === 'true', 'the last tab');
  });
});

describe('export grouping', () => {
  it('groups the study notes by tag when asked', async () => {
    await mount();
    choose(byText<HTMLSelectElement>(container, 'label', /格式/)!.querySelector('select')!, 'markdown');
    await settle();
    choose(byText<HTMLSelectElement>(container, 'label', /标注分组/)!.querySelector('select')!, 'tag');
    await settle();
    button(container, '导出文件').click();
    await waitFor(() => source.downloads.length === 1, 'a download');
    const markdown = source.downloads[0]!.content;
    expect(markdown).toMatch(/^#### 标签：/m);
    expect(markdown).not.toMatch(/^#### 黄色/m);
  });
});

describe('settings', () => {
  it('refuses an invalid site line with its line number and saves valid settings', async () => {
    await mount();
    button(container, '设置').click();
    const sites = await waitFor(() => container.querySelector<HTMLTextAreaElement>('#disabled-sites'), 'the settings form');
    typeInto(sites, 'https://www.example.com/path\n\nnot a host\n');
    await settle();
    button(container, '保存设置').click();
    const errors = await waitFor(() => container.querySelector('.settings__errors'), 'the site error');
    expect(errors.textContent).toBe('第 3 行不是有效的域名：not a host');
    expect(sites.getAttribute('aria-invalid')).toBe('true');
    expect(source.savedSettings).toHaveLength(0);

    typeInto(sites, 'https://www.example.com/path\n*.news.example.cn');
    (container.querySelector<HTMLInputElement>('input[name="sensitivity"][value="high"]')!).click();
    (container.querySelector<HTMLInputElement>('input[name="default-color"][value="blue"]')!).click();
    await settle();
    button(container, '保存设置').click();
    await waitFor(() => byText(container, '[role="status"]', '设置已保存。'), 'the saved status');
    expect(source.savedSettings.at(-1)).toEqual({
      floatingToolbar: true,
      defaultColor: 'blue',
      disabledSites: ['example.com', 'news.example.cn'],
      detectionSensitivity: 'high',
    });
  });
});
