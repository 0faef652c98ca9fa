// Code most visits never run (the manager's import, the Word export) ships
// as its own bundle, loaded by a page the first time it is needed. The bundle
// hands its entry point over under a global name, as the analysis engine does
// for the content script (extension/analyser-handle.ts). Same-origin
// extension files: allowed by extension pages' default CSP.

type Scope = Record<string, unknown>;

export function publishBundle<T>(globalName: string, entry: T): void {
  (globalThis as unknown as Scope)[globalName] = entry;
}

/** Loads `file` once per page; a failed load may be retried. */
export function lazyBundle<T>(file: string, globalName: string): (doc?: Document) => Promise<T> {
  let loading: Promise<T> | null = null;
  const published = () => (globalThis as unknown as Scope)[globalName] as T | undefined;
  return (doc: Document = document) => {
    const loaded = published();
    if (loaded) return Promise.resolve(loaded);
    loading ??= new Promise<T>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = file;
      script.onload = () => {
        const entry = published();
        if (entry) resolve(entry);
        else reject(new Error(`${file} did not load`));
      };
      script.onerror = () => reject(new Error(`${file} did not load`));
      doc.head.append(script);
    }).catch((error: unknown) => {
      loading = null; // let the next attempt try again
      throw error;
    });
    return loading;
  };
}
