// The 释义 table for a view that lists formulations: loaded once the view is
// shown (its own bundle, glossary.js); null until then, or if it failed to
// load (the view then simply offers no 释义).
import { useEffect, useState } from 'preact/hooks';
import { loadGlossary, type Glossary } from './glossary.ts';

export function useGlossary(): Glossary | null {
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  useEffect(() => {
    let live = true;
    loadGlossary().then(
      (loaded) => live && setGlossary(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return glossary;
}
