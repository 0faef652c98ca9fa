// Import: validate a whole file, then plan the merge. Nothing here writes;
// the background's repository applies `plan.toWrite`.
export { validateImportBytes, validateImportFile, PROGRESS_CHUNK, type ImportOptions, type ImportResult } from './validate-import.ts';
export {
  acceptChanges,
  planMerge,
  mergePageRecords,
  type AnnotationChange,
  type AnnotationMergeSummary,
  type ExistingRecords,
  type IncomingRecords,
  type MergePlan,
  type MergeSummary,
} from './merge.ts';
export type { ImportIssue } from './import-issues.ts';
export { MAX_IMPORT_BYTES } from './import-limits.ts';
