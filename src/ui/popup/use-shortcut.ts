// The keyboard shortcut that saves a selection, as the browser has it now
// (commands.getAll): the reader may have changed it or removed it
// (chrome://extensions/shortcuts, about:addons), so the manifest's suggested
// key would be wrong to show. '' while unknown or when none is set.
import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../../extension/browser-api.ts';

const SAVE_COMMAND = 'save-highlight';

export function useSaveShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    extensionApi()
      .commands.getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === SAVE_COMMAND)?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return shortcut;
}
