// Where a problem is and what it is, in words a reader understands:
// `第 3 条标注：target.source 不是有效的网址（位置 $.first.items[2].target.source）`.

export interface ImportIssue {
  /** JSONPath of the offending value, e.g. `$.first.items[2].target.source`. */
  path: string;
  /** The full Chinese sentence shown to the user. */
  message: string;
}

/** A position in the file: which record (for the message) and which JSON path. */
export class Location {
  constructor(
    /** `第 3 条标注`, `第 1 个页面记录`, `文件`. */
    readonly record: string,
    /** Path from the record, e.g. `target.source`; '' at the record itself. */
    readonly field: string,
    /** Full JSONPath from the file root. */
    readonly path: string,
  ) {}

  static root(): Location {
    return new Location('文件', '', '$');
  }

  /** Starts a new record (an annotation, a page) at this position. */
  startRecord(label: string): Location {
    return new Location(label, '', this.path);
  }

  key(name: string): Location {
    const step = /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
    const field = this.field === '' ? name : /^[A-Za-z_$][\w$]*$/.test(name) ? `${this.field}.${name}` : `${this.field}${step}`;
    return new Location(this.record, field, this.path + step);
  }

  index(i: number): Location {
    return new Location(this.record, `${this.field}[${i}]`, `${this.path}[${i}]`);
  }

  describe(problem: string): string {
    const subject = this.field === '' ? problem : `${this.field} ${problem}`;
    return `${this.record}：${subject}（位置 ${this.path}）`;
  }
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
