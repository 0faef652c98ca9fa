// @vitest-environment jsdom
// The search box tells the list what the reader typed in the keystroke's own
// event. It used to tell it from an effect, after a paint: a second keystroke
// landing before that effect ran made the box and the list hand each other's
// stale text back and forth without end (the manager page froze in Firefox
// after '支部' was typed a character at a time).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { SearchBox } from '../../../src/ui/manager/components/SearchBox.tsx';
import { installFakeBrowser } from './manager-fake-browser.ts';
import { typeInto } from './manager-render-helpers.ts';

const container = document.createElement('div');
document.body.append(container);
let uninstall: () => void;
beforeAll(() => {
  uninstall = installFakeBrowser();
});
afterAll(() => uninstall());
afterEach(() => render(null, container));

it('tells the list each keystroke\'s text within that keystroke, and keeps both characters of 支部', async () => {
  const heard: string[] = [];
  function List() {
    const [searchText, setSearchText] = useState('');
    return (
      <SearchBox
        value={searchText}
        onSearch={(text) => {
          heard.push(text);
          setSearchText(text);
        }}
      />
    );
  }
  render(<List />, container);
  const box = container.querySelector<HTMLInputElement>('#library-search')!;
  typeInto(box, '支');
  expect(heard).toEqual(['支']);
  await Promise.resolve();
  typeInto(box, '支部');
  expect(heard).toEqual(['支', '支部']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(box.value).toBe('支部');
  expect(heard).toEqual(['支', '支部']);
});
