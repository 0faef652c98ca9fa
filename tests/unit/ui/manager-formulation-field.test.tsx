// @vitest-environment jsdom
// The 提法 field hands the page its text after a typing delay, from an effect,
// and gets it back as its `value`. A keystroke landing between that hand-over
// and its echo used to be undone: the echo of the EARLIER text looked like a
// change from outside and reset the box to it. Here the test decides when the
// page paints (when Preact runs effects) and when the page hands the value
// back, so each order of events is reproduced exactly; timers are fake.
import { options, render } from 'preact';
import { useState } from 'preact/hooks';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { FormulationField } from '../../../src/ui/manager/components/FormulationField.tsx';
import { TYPING_DELAY_MS } from '../../../src/ui/manager/state/use-debounced-value.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

const container = document.createElement('div');
document.body.append(container);
let uninstall: () => void;
beforeAll(() => {
  uninstall = installFakeBrowser();
});
afterAll(() => uninstall());

// Effects wait for a paint, and the test paints: a paint that comes late (as
// in headless Firefox) is a keystroke typed before paint() is called.
let frames: (() => void)[] = [];
options.requestAnimationFrame = (flush) => {
  frames.push(flush);
};
const paint = () => frames.splice(0).forEach((flush) => flush());
// Preact renders in a microtask; a macrotask comes after all of them.
const rendered = () => new Promise((resolve) => setImmediate(resolve));
/** What the page does between two keystrokes when it is not held back: render, paint, run effects. */
async function idle(): Promise<void> {
  await rendered();
  paint();
  await rendered();
}
async function pauseTyping(): Promise<void> {
  vi.advanceTimersByTime(TYPING_DELAY_MS);
  await idle();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
});
afterEach(async () => {
  render(null, container);
  paint();
  vi.useRealTimers();
});

const box = () => container.querySelector<HTMLInputElement>('#formulation-filter')!;
function type(text: string): void {
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
}
function composing(event: 'compositionstart' | 'compositionend'): void {
  box().dispatchEvent(new CompositionEvent(event, { bubbles: true }));
}

/** The page's filter state, as the manager keeps it; `echo` false holds each value back until `deliver()`. */
function renderPage(echo: boolean) {
  const page = { filter: null as string | null, asked: [] as (string | null)[], held: [] as (() => void)[], clear: () => {} };
  function Page() {
    const [filter, setFilter] = useState<string | null>(null);
    page.filter = filter;
    page.clear = () => setFilter(null);
    const onChange = (next: string | null) => {
      page.asked.push(next);
      if (echo) setFilter(next);
      else page.held.push(() => setFilter(next));
    };
    return <FormulationField value={filter} suggestions={[]} onChange={onChange} />;
  }
  render(<Page />, container);
  return { page, deliver: () => page.held.splice(0).forEach((handBack) => handBack()) };
}

it('keeps the newest text when the echo of the text committed before it arrives after the next keystroke', async () => {
  const { page, deliver } = renderPage(false);
  await idle();
  type('两');
  await idle();
  await pauseTyping();
  expect(page.asked).toEqual(['两']);
  type('两个');
  await idle();
  deliver();
  await idle();
  expect(box().value).toBe('两个');
  await pauseTyping();
  expect(page.asked).toEqual(['两', '两个']);
  deliver();
  await idle();
  expect(box().value).toBe('两个');
  expect(page.filter).toBe('两个');
});

it('keeps the newest text when a late paint lets the next keystroke flush the commit of the text before it', async () => {
  const { page } = renderPage(true);
  await idle();
  type('两');
  await idle();
  // The pause settles '两', but the commit waits for a paint that has not come:
  // the next keystroke's render runs it, and the page hands '两' back at once.
  vi.advanceTimersByTime(TYPING_DELAY_MS);
  await rendered();
  type('两个');
  await rendered();
  expect(page.asked).toEqual(['两']);
  expect(box().value).toBe('两个');
  await idle();
  await pauseTyping();
  expect(box().value).toBe('两个');
  expect(page.filter).toBe('两个');
});

it('keeps an input method\'s composition when the echo of an earlier text arrives during it', async () => {
  const { page, deliver } = renderPage(false);
  await idle();
  type('两');
  await idle();
  await pauseTyping();
  type('两个');
  await idle();
  composing('compositionstart');
  type('两个queli');
  await idle();
  deliver();
  await idle();
  expect(box().value).toBe('两个queli');
  type('两个确立');
  composing('compositionend');
  await idle();
  await pauseTyping();
  deliver();
  await idle();
  expect(page.asked).toEqual(['两', '两个确立']);
  expect(box().value).toBe('两个确立');
  expect(page.filter).toBe('两个确立');
});

it('still shows a change from outside (清除筛选), even to a text the reader typed a moment before', async () => {
  const { page } = renderPage(true);
  await idle();
  type('两个确立');
  await idle();
  await pauseTyping();
  expect(page.filter).toBe('两个确立');
  // Deleted and typed over faster than the typing delay: '' was typed but never handed over.
  type('');
  await idle();
  type('四');
  await idle();
  page.clear();
  await idle();
  expect(box().value).toBe('');
  await pauseTyping();
  expect(box().value).toBe('');
  expect(page.filter).toBeNull();
  expect(page.asked).toEqual(['两个确立']);
});
