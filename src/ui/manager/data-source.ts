// Everything the manager page needs from the rest of the extension, as one
// interface. The extension implements it over the background's messages (the
// background is the only writer of storage); the tests, in memory. The page
// never touches browser.storage itself.
import type { DownloadableFile } from '../../store/formats/export-file.ts';
import type { Library } from '../../store/formats/library.ts';
import type { AnnotationChange, AnnotationMergeSummary, ImportIssue, MergeSummary } from '../../store/import/index.ts';
import type { Annotation, StoredAnnotation } from '../../store/model.ts';
import type { DeletedAnnotation } from '../../store/repository.ts';
import type { Settings } from '../../store/settings.ts';
import type { OpenPassageOutcome } from './open-passage.ts';

export type ImportOutcome =
  /**
   * The file was valid and merged. `message` is describeImport's sentence (describe-import.ts);
   * `refused` the records left out (an id stored on another page).
   */
  | { ok: true; summary: AnnotationMergeSummary; pageSummary: MergeSummary; message: string; warnings: ImportIssue[]; refused: ImportIssue[] }
  /** The file was refused as a whole, or the reader cancelled at the change list (`cancelled`); nothing was written. */
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[]; cancelled?: true };

/**
 * Asked before writing when the file would change annotations the reader
 * has: resolves with the ids to take from the file (the others keep the
 * reader's version), or null to cancel the import.
 */
export type ReviewChanges = (changes: readonly AnnotationChange[]) => Promise<ReadonlySet<string> | null>;

export interface ManagerDataSource {
  /** Every page record and annotation. */
  loadLibrary(): Promise<Library>;
  /** Deletes them; resolves with what was removed (give it to restoreAnnotations to undo). */
  deleteAnnotations(ids: readonly string[]): Promise<DeletedAnnotation[]>;
  /** Undo: puts deleted annotations (and page records removed with them) back as they were. */
  restoreAnnotations(records: readonly DeletedAnnotation[]): Promise<void>;
  /** Replaces an annotation (edited note, tags or colour); resolves with the stored version. */
  updateAnnotation(annotation: Annotation): Promise<StoredAnnotation>;
  /**
   * Validates the file's bytes as a whole (store/import), then merges it.
   * `onProgress` reports checking, then writing; `review` is asked before
   * any write that would change a stored annotation. Rejects when writing
   * stops part way (e.g. storage full); the error says exactly how much was
   * written.
   */
  importFile(bytes: Uint8Array, onProgress: ImportProgress, review: ReviewChanges): Promise<ImportOutcome>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Brings the article to the front (its open tab, else a new one) and scrolls to the passage. */
  openPassage(url: string, annotationId: string): Promise<OpenPassageOutcome>;
  /** Puts plain text on the clipboard (a copied quote with its citation). */
  copyText(text: string): Promise<void>;
  /** Hands an exported file to the browser's download mechanism. */
  download(file: DownloadableFile): Promise<void>;
  /**
   * Calls `listener` (debounced) when stored annotations change outside this
   * page, e.g. a highlight saved or deleted in another tab. Returns the
   * unsubscribe function. Optional: sources that cannot change underneath
   * the page (tests) leave it out.
   */
  onLibraryChanged?(listener: () => void): () => void;
}

export type ImportPhase = 'checking' | 'writing';
export type ImportProgress = (done: number, total: number, phase: ImportPhase) => void;
