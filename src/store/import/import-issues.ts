// Where a problem is and what it is, in words a reader understands:
// `第 3 条标注：target.source 不是有效的网址（位置 $.first.items[2].target.source）`.

export interface ImportIssue {
  /** JSONPath of the offending value, e.g. `$.first.items[2].target.source`. */
  path: string;
  /** The full Chinese sentence shown to the user. */
  message: string;
}

/**
 * A position in the file: which record (for the message) and which JSON path.
 * Built for every field the validator reads, so the path strings are only
 * assembled when a message needs them.
 */
export class Location {
  private constructor(
    /** `第 3 条标注`, `第 1 个页面记录`, `文件`. */
    readonly record: string,
    private readonly parent: Location | null,
    /** This step: a property name or an array index; null at the root. */
    private readonly step: string | number | null,
    /** True where a record starts: its field paths are relative to here. */
    private readonly recordStart: boolean,
  ) {}

  static root(): Location {
    return new Location('文件', null, null, true);
  }

  /** Starts a new record (an annotation, a page) at this position. */
  startRecord(label: string): Location {
    return new Location(label, this.parent, this.step, true);
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

  describe(problem: string): string {
    const field = this.field;
    const subject = field === '' ? problem : `${field} ${problem}`;
    return `${this.record}：${subject}（位置 ${this.path}）`;
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

  error(at: Location, problem: string): void {
    if (this.errors.length >= this.maxErrors) {
      this.unlistedErrors += 1;
      return;
    }
    this.errors.push({ path: at.path, message: at.describe(problem) });
  }

  warn(at: Location, problem: string): void {
    if (this.warnings.length < this.maxErrors) this.warnings.push({ path: at.path, message: at.describe(problem) });
  }

  get errorCount(): number {
    return this.errors.length + this.unlistedErrors;
  }

  /** The error list as shown, with a closing line when some were left out. */
  listedErrors(): ImportIssue[] {
    if (this.unlistedErrors === 0) return this.errors;
    return [...this.errors, { path: '$', message: `另有 ${this.unlistedErrors} 处错误未列出。` }];
  }
}
