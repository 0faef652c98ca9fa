// The sentence the import dialog shows once a file is accepted.
import type { MergePlan } from './merge.ts';

/** e.g. `导入完成：新增 12 条标注，更新 3 条，跳过 5 条（已有相同或更新的版本），保留您的版本 1 条；新增 2 篇文章。` */
export function describeMergePlan(plan: MergePlan): string {
  const { added, updated, skipped, kept, refused } = plan.summary;
  const parts = [`新增 ${added} 条标注`, `更新 ${updated} 条`];
  if (skipped > 0) parts.push(`跳过 ${skipped} 条（已有相同或更新的版本）`);
  if (kept > 0) parts.push(`保留您的版本 ${kept} 条`);
  if (refused > 0) parts.push(`未导入 ${refused} 条（库中同一标注在另一页面）`);
  const pages = plan.pageSummary;
  const pageParts: string[] = [];
  if (pages.added > 0) pageParts.push(`新增 ${pages.added} 篇文章`);
  if (pages.updated > 0) pageParts.push(`更新 ${pages.updated} 篇文章的信息`);
  return `导入完成：${parts.join('，')}${pageParts.length > 0 ? `；${pageParts.join('，')}` : ''}。`;
}
