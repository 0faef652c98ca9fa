// The render setup the manager's page tests share: the fake browser (Chinese
// catalogue) for the file, a fresh container per test, and mount(), which
// renders the manager over a library held by the real store in memory.
// Import it and call useMountedManager() at the top of the test file; the
// exported bindings are live (ES modules), so tests read the current ones.
import { render } from 'preact';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Library } from '../../../src/store/formats/library.ts';
import { Manager } from '../../../src/ui/manager/Manager.tsx';
import { generateLibrary } from '../store/query-sample-library.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';
import { waitFor } from './manager-render-helpers.ts';
import { memorySource, type TestSource } from './manager-test-source.ts';

export let container: HTMLElement;
export let source: TestSource;
export let library: Library;

/** Render the manager over `initial`; resolves once its article list is shown. */
export async function mount(initial: Library = generateLibrary(8, 40, 5)): Promise<void> {
  library = initial;
  source = await memorySource(initial);
  render(<Manager source={source} />, container);
  await waitFor(() => container.querySelector('.article'), 'the article list');
}

export function useMountedManager(): void {
  let uninstall: () => void = () => undefined;
  beforeAll(() => {
    uninstall = installFakeBrowser();
  });
  afterAll(() => uninstall());
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
}
