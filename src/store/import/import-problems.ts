// Every problem the importer can report, as data: an id and the names of its
// substitutions, in order. The words live in _locales/<lang>/messages.json
// under `mgrImportIssue<Id>` (or `…_one` / `…_other` for the plural ones,
// whose first substitution is the count); the store only names the problem,
// so it stays free of UI and of browser.i18n (it also runs in tests and in
// Node). A unit test walks this table and checks both catalogues.

/** Substitution names, in the order they are passed ($1, $2, …). */
export const IMPORT_PROBLEMS = {
  // Any field
  Missing: [],
  MissingOrNotString: [],
  NotString: ['actual'],
  NotObject: ['actual'],
  NotArray: ['actual'],
  NotBoolean: ['actual'],
  TooLong: ['count', 'max'],
  Empty: [],
  UnsafeKey: [],
  TooManyItems: ['count', 'max'],
  HasControlChars: [],
  NotCount: ['value'],
  // The file
  TooLarge: ['megabytes'],
  NotUtf8: [],
  EmptyFile: [],
  TooDeep: ['max'],
  NotJson: [],
  NotJsonTruncated: [],
  NotJsonNear: ['line', 'column'],
  TopLevelNotContainer: ['actual'],
  NotImportable: [],
  NotPositiveInteger: ['value'],
  NewerFormat: ['version'],
  NoFirstPage: [],
  FirstPageIsLink: [],
  NotAnnotationPage: [],
  HasNextPage: [],
  TotalMismatch: ['count', 'total'],
  TooManyAnnotations: ['count', 'max'],
  TooManyPages: ['count', 'max'],
  MoreErrors: ['count'],
  // Records in the file
  DuplicateSkipped: ['record'],
  DuplicateConflict: ['record', 'key'],
  // Annotations
  NotAnnotation: ['actual'],
  MissingAnnotationType: [],
  NotAnnotationType: [],
  MotivationDerived: ['value', 'derived'],
  SeveralTargets: ['count'],
  TargetIsUrl: [],
  NotDate: ['value'],
  NotDateTime: ['value'],
  NotUrl: ['value'],
  NotWebUrl: ['protocol'],
  UrlHasSpace: [],
  // Selectors
  NoQuoteSelector: [],
  NotSelector: ['actual'],
  SelectorIgnored: ['type'],
  NotOffset: ['max', 'value'],
  EndBeforeStart: ['end', 'start'],
  NotXPathSelector: [],
  NotPositionSelector: [],
  // Bodies
  DuplicateTag: ['value'],
  SeveralNotes: [],
  SeveralColors: [],
  TooManyTags: ['count', 'max'],
  ExternalBody: [],
  NotTextualBody: [],
  UnsupportedPurpose: ['value'],
  UnsupportedFormat: ['value'],
  TagHasNewline: [],
  UnknownColor: ['value'],
  // Page records
  NotPageRecord: ['actual'],
  MetaTruncated: ['count', 'max'],
  SloganTooLong: ['count', 'max'],
  // Merging into the library
  MovedAcrossPages: ['source'],
  StoredOnAnotherPage: [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemId = keyof typeof IMPORT_PROBLEMS;

/** Problems whose English depends on the count ("1 character", "2 characters"): `_one` and `_other` messages. */
export const PLURAL_PROBLEMS = ['TooLong', 'MetaTruncated', 'SloganTooLong', 'TotalMismatch', 'MoreErrors'] as const satisfies readonly ProblemId[];

export type PluralProblemId = (typeof PLURAL_PROBLEMS)[number];

export function isPluralProblem(id: ProblemId): id is PluralProblemId {
  return (PLURAL_PROBLEMS as readonly ProblemId[]).includes(id);
}

/** Which record a problem is in; `mgrImportRecord<Kind>` names it. */
export type RecordRef =
  | { readonly record: 'File' }
  /** The file is one annotation. */
  | { readonly record: 'SoleAnnotation' }
  | { readonly record: 'Annotation'; readonly number: number }
  /** An annotation known by id only (refused when written). */
  | { readonly record: 'AnnotationId'; readonly id: string }
  | { readonly record: 'Page'; readonly number: number };

export const RECORD_KINDS = ['File', 'SoleAnnotation', 'Annotation', 'AnnotationId', 'Page'] as const satisfies readonly RecordRef['record'][];

/** A JSON type named in the UI language (`mgrImportType<Name>`); null and undefined are shown as they are. */
export const JSON_TYPE_NAMES = ['Array', 'String', 'Number', 'Boolean', 'Object'] as const;
export type JsonTypeRef = { readonly jsonType: (typeof JSON_TYPE_NAMES)[number] };

/** What each substitution may be. Values from the file are strings, shown as data. */
interface ArgTypes {
  actual: JsonTypeRef | string;
  record: RecordRef;
  count: number;
  max: number;
  megabytes: number;
  line: number;
  column: number;
  end: number;
  start: number;
  version: number;
  value: string;
  total: string;
  derived: string;
  type: string;
  protocol: string;
  key: string;
  source: string;
}

export type IssueValue = ArgTypes[keyof ArgTypes];

/** The substitution values for a tuple of names (mapped over the tuple, so it stays a tuple). */
type ArgsOf<Names extends readonly string[]> = { -readonly [I in keyof Names]: ArgTypes[Names[I] & keyof ArgTypes] };

export type ProblemArgs<K extends ProblemId> = ArgsOf<(typeof IMPORT_PROBLEMS)[K]>;

/** A problem and its substitutions. */
export type ImportProblem = { [K in ProblemId]: { readonly id: K; readonly values: ProblemArgs<K> } }[ProblemId];

/** The JSON type of a value as a substitution: translated, except null and undefined. */
export function jsonTypeOf(value: unknown): JsonTypeRef | string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return { jsonType: 'Array' };
  switch (typeof value) {
    case 'string':
      return { jsonType: 'String' };
    case 'number':
      return { jsonType: 'Number' };
    case 'boolean':
      return { jsonType: 'Boolean' };
    case 'object':
      return { jsonType: 'Object' };
    default:
      return typeof value;
  }
}
