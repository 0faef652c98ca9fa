// @vitest-environment jsdom
// The manager's study loop, rendered over the real store in memory: search
// matches marked, expand/collapse all, deleting one passage with undo, copying
// a quote with its citation, opening a passage in its article.
import { describe, expect, it } from 'vitest';
import { quoteOf, withNote } from '../../../src/store/annotations.ts';
import type { Library } from '../../../src/store/formats/library.ts';
import type { StoredAnnotation } from '../../../src/store/model.ts';
import { generateLibrary } from '../store/query-sample-library.ts';
import { container, library, mount, source, useMountedManager } from './manager-mounted.tsx';
import { button, byText, typeInto, waitFor } from './manager-render-helpers.ts';

useMountedManager();

const counts = () => container.querySelector('.library__counts')?.textContent ?? '';
const openCards = () => container.querySelectorAll('.article .passages').length;
const articleOf = (url: string) => container.querySelector<HTMLElement>(`.article[data-url="${url}"]`)!;

async function expanded(url: string): Promise<HTMLElement> {
  const card = articleOf(url);
  if (!card.querySelector('.passages')) button(card, '展开标注').click();
  await waitFor(() => card.querySelector('.passage'), 'the passages');
  return card;
}

describe('search matches', () => {
  it('are marked in quotes, and a note written like markup stays text', async () => {
    const generated = generateLibrary(8, 40, 5);
    const target = generated.annotations.find((a) => quoteOf(a).includes('钉钉子精神'))!;
    const note = '<b>钉钉子精神</b><img src=x onerror=alert(1)>';
    const annotations = generated.annotations.map((a) => (a === target ? (withNote(a, note) as StoredAnnotation) : a));
    await mount({ ...generated, annotations });
    typeInto(container.querySelector<HTMLInputElement>('#library-search')!, '钉钉子精神');
    await waitFor(() => counts().startsWith('找到'), 'the result count');
    const quotes = [...container.querySelectorAll('.passage__quote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect([...quote.querySelectorAll('mark')].map((m) => m.textContent)).toContain('钉钉子精神');
    // The marks change nothing of the text itself.
    expect(quotes.map((q) => q.textContent).sort()).toEqual(
      generated.annotations.filter((a) => quoteOf(a).includes('钉钉子精神')).map(quoteOf).sort(),
    );
    const noteShown = container.querySelector(`[data-id="${target.id}"] .passage__note`)!;
    expect(noteShown.querySelector('b, img')).toBeNull();
    expect(noteShown.textContent).toContain(note);
    expect([...noteShown.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['钉钉子精神']);
  });
});

describe('expand and collapse all', () => {
  it('open and close every listed article, and a card still toggles on its own', async () => {
    await mount();
    expect(openCards()).toBe(0);
    button(container, '全部展开').click();
    await waitFor(() => openCards() === library.pages.length, 'every card open');
    button(articleOf(library.pages[0]!.url), '收起标注').click();
    await waitFor(() => openCards() === library.pages.length - 1, 'one card closed');
    button(container, '全部展开').click();
    await waitFor(() => openCards() === library.pages.length, 'every card open again');
    button(container, '全部收起').click();
    await waitFor(() => openCards() === 0, 'every card closed');
  });
});

describe('deleting one passage', () => {
  it('deletes at once with an undo that brings it back exactly', async () => {
    await mount();
    const url = library.pages[2]!.url;
    const card = await expanded(url);
    const passage = card.querySelector<HTMLElement>('.passage')!;
    const id = passage.dataset.id!;
    const before = await source.snapshot();
    const remove = passage.querySelector<HTMLButtonElement>('button[data-action="delete-passage"]')!;
    expect(remove.getAttribute('aria-label')).toMatch(/^删除：/);
    remove.click();
    const toast = await waitFor(() => byText(container, '.toast', /已删除 1 条标注/), 'the undo toast');
    expect((await source.snapshot()).annotations.map((a) => a.id)).not.toContain(id);
    expect(container.querySelector(`[data-id="${id}"]`)).toBeNull();
    button(toast, '撤销').click();
    await waitFor(() => byText(container, '.toast', /已恢复 1 条标注/), 'the restored toast');
    const byId = (l: Library) => [...l.annotations].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await source.snapshot())).toEqual(byId(before));
    await waitFor(() => articleOf(url).querySelector(`[data-id="${id}"]`), 'the passage back in its open card');
  });
});

describe('copy with citation', () => {
  it('copies the quote, the article\'s title, 来源, 作者 and date, and its address', async () => {
    await mount();
    const page = library.pages.find((p) => p.metadata.publishedAt?.includes('T'))!;
    const card = await expanded(page.url);
    const passage = card.querySelector<HTMLElement>('.passage')!;
    const quote = quoteOf(library.annotations.find((a) => a.id === passage.dataset.id)!);
    passage.querySelector<HTMLButtonElement>('button[data-action="copy-citation"]')!.click();
    await waitFor(() => byText(container, '.toast', /已复制引文/), 'the copied toast');
    // publishedAt is 09:30 Beijing time: the same calendar day.
    const [year, month, day] = page.metadata.publishedAt!.slice(0, 10).split('-').map(Number);
    expect(source.copied).toEqual([
      `${quote}\n——《${page.metadata.title}》，来源：${page.metadata.source}，作者：${page.metadata.author}，${year}年${month}月${day}日\n${page.url}`,
    ]);
  });
});

describe('opening a passage', () => {
  it('asks for its article and that passage; says so when the page no longer shows it', async () => {
    await mount();
    const page = library.pages[1]!;
    const card = await expanded(page.url);
    const passage = card.querySelector<HTMLElement>('.passage')!;
    const open = passage.querySelector<HTMLButtonElement>('.passage__quote button.passage__open')!;
    expect(open.title).toBe('在原文中查看');
    open.click();
    await waitFor(() => source.opened.length === 1, 'the open request');
    expect(source.opened).toEqual([{ url: page.url, annotationId: passage.dataset.id }]);
    expect(container.querySelector('.toast')).toBeNull();

    source.openPassage = async () => 'not-found';
    open.click();
    await waitFor(() => byText(container, '.toast', /页面上没有找到这段文字/), 'the not-found toast');
  });
});

describe('unsaved settings', () => {
  const leavingIsQuestioned = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('leaving the tab asks first; closing the page asks the browser; saved, neither asks', async () => {
    await mount();
    button(container, '设置').click();
    const sites = await waitFor(() => container.querySelector<HTMLTextAreaElement>('#disabled-sites'), 'the settings form');
    expect(leavingIsQuestioned()).toBe(false);
    typeInto(sites, 'example.net');
    await waitFor(() => byText(container, '.settings__unsaved', '有尚未保存的更改'), 'the unsaved mark');
    expect(leavingIsQuestioned()).toBe(true);

    // Stay: the dialog closes and the change is still there.
    button(container, '文章与标注').click();
    const dialog = await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]'), 'the question');
    expect(dialog.textContent).toContain('设置尚未保存');
    button(dialog, '继续编辑').click();
    await waitFor(() => !container.querySelector('[role="alertdialog"]'), 'the dialog to close');
    expect(container.querySelector<HTMLTextAreaElement>('#disabled-sites')!.value).toBe('example.net');

    // Undoing the change by hand is no change.
    typeInto(container.querySelector<HTMLTextAreaElement>('#disabled-sites')!, '');
    await waitFor(() => !container.querySelector('.settings__unsaved'), 'no unsaved mark');
    expect(leavingIsQuestioned()).toBe(false);

    // Saved, leaving asks nothing.
    container.querySelector<HTMLInputElement>('input[name="sensitivity"][value="high"]')!.click();
    await waitFor(() => leavingIsQuestioned(), 'the unsaved state');
    button(container, '保存设置').click();
    await waitFor(() => byText(container, '[role="status"]', '设置已保存。'), 'the saved status');
    expect(leavingIsQuestioned()).toBe(false);
    button(container, '文章与标注').click();
    await waitFor(() => container.querySelector('.library__counts'), 'the library tab');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('放弃更改 leaves the tab without saving', async () => {
    await mount();
    button(container, '设置').click();
    await waitFor(() => container.querySelector('#disabled-sites'), 'the settings form');
    container.querySelector<HTMLInputElement>('input[name="default-color"][value="blue"]')!.click();
    await waitFor(() => container.querySelector('.settings__unsaved'), 'the unsaved mark');
    button(container, '提法索引').click();
    button(await waitFor(() => container.querySelector<HTMLElement>('[role="alertdialog"]'), 'the question'), '放弃更改').click();
    await waitFor(() => container.querySelector('.formulations__intro, .formulation'), 'the formulation index');
    expect(source.savedSettings).toHaveLength(0);
    // The panel's page-close question goes with it.
    await waitFor(() => !leavingIsQuestioned(), 'no question on closing the page');
  });
});
