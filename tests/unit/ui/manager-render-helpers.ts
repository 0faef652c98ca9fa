// DOM helpers for the manager's render tests (jsdom): wait for the page to
// settle, find controls by their visible text or accessible label, and act
// on them the way a user's input arrives (input/change events, clicks).
import { options } from 'preact';
import { expect } from 'vitest';

// Preact runs effects after the next frame, and where frames may never come
// (jsdom) after a 100 ms timer that then calls cancelAnimationFrame. A test
// file whose last render scheduled an effect (the formulation index loading
// its 释义) could see that timer fire after jsdom's globals were torn down:
// "cancelAnimationFrame is not defined". Here effects run in the next
// microtask, before any test or teardown step that awaits.
options.requestAnimationFrame = (flush) => queueMicrotask(flush);

export async function waitFor<T>(find: () => T | null | undefined | false, what = 'condition', timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Lets Preact render what the last event changed (it batches state updates
 * to a later task). A user cannot click between an input event and that
 * render; a test can, so it waits here where the next action reads that state.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T | null {
  for (const element of root.querySelectorAll<T>(selector)) {
    const content = element.textContent ?? '';
    if (typeof text === 'string' ? content.trim() === text : text.test(content)) return element;
  }
  return null;
}

export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = byText<HTMLButtonElement>(root, 'button', text);
  expect(found, `button ${String(text)}`).not.toBeNull();
  return found!;
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function titles(root: ParentNode): string[] {
  return [...root.querySelectorAll('.article__title')].map((h) => h.textContent ?? '');
}
