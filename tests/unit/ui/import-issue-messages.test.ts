// Import problems are data (src/store/import/import-problems.ts); their words
// are `mgrImport*` messages. Walking the problem table (not a list kept here)
// checks that every problem the validators can report has its message in both
// catalogues, with the substitutions the code passes, and that the manager's
// formatter turns each into a finished line in either language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/store/import/index.ts';
import {
  IMPORT_PROBLEMS,
  JSON_TYPE_NAMES,
  PLURAL_PROBLEMS,
  RECORD_KINDS,
  isPluralProblem,
  type ImportProblem,
  type IssueValue,
  type ProblemId,
} from '../../../src/store/import/import-problems.ts';
import { describeImportIssue } from '../../../src/ui/manager/describe-import-issue.ts';
import { installFakeBrowser } from './manager-fake-browser.ts';

const root = path.resolve(import.meta.dirname, '../../..');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (locale: string): Catalogue => JSON.parse(readFileSync(path.join(root, '_locales', locale, 'messages.json'), 'utf8'));
const catalogues = { zh_CN: load('zh_CN'), en: load('en') };
const problemIds = Object.keys(IMPORT_PROBLEMS) as ProblemId[];

function messageKeys(id: ProblemId): string[] {
  const base = `mgrImportIssue${id}`;
  return isPluralProblem(id) ? [`${base}_one`, `${base}_other`] : [base];
}

/** The placeholders as the code passes them: name -> $1, $2, … in order. */
function expectedPlaceholders(names: readonly string[]): Record<string, { content: string }> {
  return Object.fromEntries(names.map((name, i) => [name, { content: `$${i + 1}` }]));
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe('import problem messages', () => {
  it('exist in both catalogues for every problem, with the substitutions the code passes, in order', () => {
    expect(problemIds.length).toBeGreaterThan(50);
    for (const id of problemIds) {
      for (const key of messageKeys(id)) {
        for (const [locale, catalogue] of Object.entries(catalogues)) {
          expect(catalogue, `${locale} ${key}`).toHaveProperty(key);
          expect(catalogue[key]!.placeholders ?? {}, `${locale} ${key}`).toEqual(expectedPlaceholders(IMPORT_PROBLEMS[id]));
        }
      }
    }
  });

  it('give plural problems the count first, and no other problem a plural form it would not use', () => {
    for (const id of PLURAL_PROBLEMS) expect(IMPORT_PROBLEMS[id][0], id).toBe('count');
    const pluralKeys = Object.keys(catalogues.en).filter((key) => key.startsWith('mgrImportIssue') && key.endsWith('_one'));
    expect(pluralKeys.sort()).toEqual(PLURAL_PROBLEMS.map((id) => `mgrImportIssue${id}_one`).sort());
  });

  it('name every record kind and JSON type in both catalogues', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const kind of RECORD_KINDS) expect(catalogue, `${locale} ${kind}`).toHaveProperty(`mgrImportRecord${kind}`);
      for (const type of JSON_TYPE_NAMES) expect(catalogue, `${locale} ${type}`).toHaveProperty(`mgrImportType${type}`);
    }
  });

  it('are all reported somewhere: no message for a problem the importer never raises', () => {
    const sources = sourceFiles(path.join(root, 'src')).filter((file) => !file.endsWith('import-problems.ts'));
    const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const id of problemIds) expect(text, id).toContain(`'${id}'`);
  });
});

/** A value of the kind each substitution name takes, for formatting every problem. */
const SAMPLE: Record<string, IssueValue> = {
  actual: { jsonType: 'Array' },
  record: { record: 'Annotation', number: 4 },
  count: 7,
  max: 5,
  megabytes: 64,
  line: 3,
  column: 14,
  end: 2,
  start: 9,
  version: 9,
  value: '"x"',
  total: '3',
  derived: 'commenting',
  type: 'CssSelector',
  protocol: 'ftp:',
  key: 'id',
  source: 'https://a.example/p',
};

function issue(problem: ImportProblem, field = 'target.source'): ImportIssue {
  return { path: '$[2].target.source', record: { record: 'Annotation', number: 3 }, field, problem };
}

describe('an import problem as a line', () => {
  it.each(['zh_CN', 'en'] as const)('formats every problem in %s, every placeholder filled', (locale) => {
    uninstall = installFakeBrowser(locale);
    for (const id of problemIds) {
      const values = IMPORT_PROBLEMS[id].map((name) => SAMPLE[name]!);
      const line = describeImportIssue(issue({ id, values } as unknown as ImportProblem));
      expect(line, id).not.toMatch(/\$\w|mgrImport/);
      expect(line, id).toContain('$[2].target.source');
    }
  });

  it('reads as today in Chinese: record, field, problem, position', () => {
    uninstall = installFakeBrowser('zh_CN');
    expect(describeImportIssue(issue({ id: 'NotWebUrl', values: ['javascript:'] }))).toBe(
      '第 3 条标注：target.source 不是网页地址（只接受 http 和 https，实际是 javascript:）（位置 $[2].target.source）',
    );
    expect(describeImportIssue(issue({ id: 'NotString', values: [{ jsonType: 'Number' }] }, 'id'))).toBe('第 3 条标注：id 应为字符串，实际是数字（位置 $[2].target.source）');
    expect(describeImportIssue({ path: '$', record: { record: 'File' }, field: '', problem: { id: 'EmptyFile', values: [] } })).toBe('文件：文件是空的（位置 $）');
  });

  it('reads as English in English: the record as the subject, type names and records translated', () => {
    uninstall = installFakeBrowser('en');
    expect(describeImportIssue(issue({ id: 'NotWebUrl', values: ['javascript:'] }))).toBe(
      'Highlight 3: target.source is not a web page address (only http and https are accepted, not javascript:) (at $[2].target.source)',
    );
    expect(describeImportIssue(issue({ id: 'NotString', values: [{ jsonType: 'Number' }] }, 'id'))).toBe(
      'Highlight 3: id should be a string, but is a number (at $[2].target.source)',
    );
    expect(describeImportIssue({ path: '$', record: { record: 'File' }, field: '', problem: { id: 'EmptyFile', values: [] } })).toBe('The file is empty (at $)');
    expect(
      describeImportIssue({ path: '$[1]', record: { record: 'Annotation', number: 2 }, field: '', problem: { id: 'DuplicateSkipped', values: [{ record: 'Annotation', number: 1 }] } }),
    ).toBe('Highlight 2 is identical to Highlight 1; the repeat was skipped (at $[1])');
    expect(describeImportIssue({ path: null, record: { record: 'AnnotationId', id: 'urn:uuid:1' }, field: '', problem: { id: 'StoredOnAnotherPage', values: [] } })).toBe(
      'Highlight urn:uuid:1 is already stored on another page of your library; not imported',
    );
    expect(describeImportIssue({ path: '$.pages[0]', record: { record: 'Page', number: 1 }, field: '', problem: { id: 'NotPageRecord', values: ['null'] } })).toBe(
      'Article record 1 should be an article record object, but is null (at $.pages[0])',
    );
  });

  it('takes the plural form the count needs in English', () => {
    uninstall = installFakeBrowser('en');
    const tooLong = (count: number) => describeImportIssue(issue({ id: 'TooLong', values: [count, 1] }, 'bodyValue'));
    expect(tooLong(1)).toContain('is too long: 1 character (the limit is 1)');
    expect(tooLong(2)).toContain('is too long: 2 characters (the limit is 1)');
    const more = (count: number) => describeImportIssue({ path: null, record: null, field: '', problem: { id: 'MoreErrors', values: [count] } });
    expect(more(1)).toBe('1 more error is not listed.');
    expect(more(50)).toBe('50 more errors are not listed.');
  });

  it('passes values from the file through as they are: markup and $-signs stay text', () => {
    uninstall = installFakeBrowser('en');
    const hostile = '"<img src=x onerror=alert(1)> $1 $$"';
    expect(describeImportIssue(issue({ id: 'NotUrl', values: [hostile] }))).toBe(`Highlight 3: target.source is not a valid web address: ${hostile} (at $[2].target.source)`);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}
