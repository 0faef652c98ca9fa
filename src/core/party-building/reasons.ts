// The verdict's reasons, in Chinese, for the popup: which formulations, how
// dense, what else counted.
import type { PartyBuildingEvidence } from './evidence.ts';
import { per1000 } from './score.ts';

const LISTED = 5;

function listed(items: readonly string[]): string {
  const head = items.slice(0, LISTED).join('、');
  return items.length > LISTED ? `${head}等` : head;
}

export function explainVerdict(e: PartyBuildingEvidence, detected: boolean): string[] {
  if (e.hanChars === 0) return ['正文为空，无法判断'];
  const reasons: string[] = [];
  if (e.formulations.length > 0) {
    const uses = e.formulations.reduce((n, s) => n + s.count, 0);
    const density = per1000(uses, e).toFixed(1);
    reasons.push(`提法${e.formulations.length}个，共出现${uses}次（每千字${density}次）：${listed(e.formulations.map((s) => `“${s.text}”×${s.count}`))}`);
  } else {
    reasons.push('正文未出现党建提法');
  }
  if (e.organisation.terms.length > 0) reasons.push(`党组织与党务用语${e.organisation.terms.length}种：${listed(e.organisation.terms)}`);
  if (e.theory.uses > 0) reasons.push(`理论学习用语${e.theory.uses}次：${listed(e.theory.terms)}`);
  if (e.leaderSentences > 0) reasons.push(`领导人政治活动${e.leaderSentences}处：${listed(e.leaders)}`);
  if (e.funeral.terms.length >= 2) reasons.push(`悼念、治丧用语：${listed(e.funeral.terms)}`);
  const report = e.activityReport.headline ?? e.activityReport.lead;
  if (report !== null) reasons.push(`${e.activityReport.headline === null ? '导语' : '标题'}报道党组织或领导人的活动：${report}`);
  if (e.titleSignal !== null) reasons.push(`标题含“${e.titleSignal}”`);
  reasons.push(detected ? '综合判定：党建类文章' : '综合判定：证据不足，不是党建类文章');
  return reasons;
}
