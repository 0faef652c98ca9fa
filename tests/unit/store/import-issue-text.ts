// Import issues as the Chinese UI shows them: the manager's formatter with the
// zh_CN catalogue (_locales/zh_CN/messages.json, read at test time), so tests
// that assert wording check the real messages, not a copy of them.
import type { ImportIssue } from '../../../src/store/import/index.ts';
import { describeImportIssue } from '../../../src/ui/manager/describe-import-issue.ts';
import { installFakeBrowser } from '../ui/manager-fake-browser.ts';

export function issueText(issue: ImportIssue | undefined, locale: 'zh_CN' | 'en' = 'zh_CN'): string {
  if (!issue) return '';
  const restore = installFakeBrowser(locale);
  try {
    return describeImportIssue(issue);
  } finally {
    restore();
  }
}

/** Every issue, one per line, for a failure message. */
export function issuesText(issues: readonly ImportIssue[]): string {
  return issues.map((issue) => issueText(issue)).join('\n');
}
