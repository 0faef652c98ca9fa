// Where a problem is and what it is, as data: the record (第 3 条标注), the
// field in it (target.source), the JSONPath and the problem with its values.
// The manager words it in the UI language (src/ui/manager/describe-import-issue.ts):
// `第 3 条标注：target.source 不是有效的网址：…（位置 $.first.items[2].target.source）`.
import type { ImportProblem, ProblemArgs, ProblemId, RecordRef } from './import-problems.ts';

export interface ImportIssue {
  /** JSONPath of the offending value, e.g. `$.first.items[2].target.source`; null where it is not known. */
  path: string | null;
  /** The record the problem is in; null for a line about the list itself ("另有 3 处错误未列出"). */
  record: RecordRef | null;
  /** Path from the record, e.g. `target.source`; '' at the record itself. */
  field: string;
  problem: ImportProblem;
}

/**
 * A position in the file: which record and which JSON path. Built for every
 * field the validator reads, so the path strings are only assembled when an
 * issue needs them.
 */
export class Location {
  private constructor(
    readonly record: RecordRef,
    private readonly parent: Location | null,
    /** This step: a property name or an array index; null at the root. */
    private readonly step: string | number | null,
    /** True where a record starts: its field paths are relative to here. */
    private readonly recordStart: boolean,
  ) {}

  static root(): Location {
    return new Location({ record: 'File' }, null, null, true);
  }

  /** Starts a new record (an annotation, a page) at this position. */
  startRecord(record: RecordRef): Location {
    return new Location(record, this.parent, this.step, true);
  }

  key(name: string): Location {
    return new Location(this.record, this, name, false);
  }

  index(i: number): Location {
    return new Location(this.record, this, i, false);
  }

  /** Full JSONPath from the file root, e.g. `$.first.items[2].target.source`. */
  get path(): string {
    return (this.parent ? this.parent.path : '$') + stepText(this.step, false);
  }

  /** Path from the record, e.g. `target.source`; '' at the record itself. */
  get field(): string {
    if (this.recordStart || !this.parent) return '';
    const before = this.parent.field;
    return before + stepText(this.step, before === '');
  }

  issue<K extends ProblemId>(id: K, values: ProblemArgs<K>): ImportIssue {
    // TypeScript cannot see that one K's id and values form a member of the union.
    return { path: this.path, record: this.record, field: this.field, problem: { id, values } as unknown as ImportProblem };
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function stepText(step: string | number | null, first: boolean): string {
  if (step === null) return '';
  if (typeof step === 'number') return `[${step}]`;
  if (IDENTIFIER.test(step)) return first ? step : `.${step}`;
  return `[${JSON.stringify(step)}]`;
}

export class IssueLog {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** Errors beyond MAX_REPORTED_ERRORS are counted, not kept. */
  unlistedErrors = 0;

  constructor(private readonly maxErrors: number) {}

  error<K extends ProblemId>(at: Location, id: K, ...values: ProblemArgs<K>): void {
    if (this.errors.length >= this.maxErrors) {
      this.unlistedErrors += 1;
      return;
    }
    this.errors.push(at.issue(id, values));
  }

  warn<K extends ProblemId>(at: Location, id: K, ...values: ProblemArgs<K>): void {
    if (this.warnings.length < this.maxErrors) this.warnings.push(at.issue(id, values));
  }

  get errorCount(): number {
    return this.errors.length + this.unlistedErrors;
  }

  /** The error list as shown, with a closing line when some were left out. */
  listedErrors(): ImportIssue[] {
    if (this.unlistedErrors === 0) return this.errors;
    return [...this.errors, { path: null, record: null, field: '', problem: { id: 'MoreErrors', values: [this.unlistedErrors] } }];
  }
}
