// Brief reports of a party branch's activity or a leader's political act
// have few formulations; the detector must still find them, and must leave
// the culture, science, sports, international and local news that party
// media publish in the same short form undetected. The pages are written for
// these tests (tests/fixtures/pages/short-reports).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { reportedActivity } from '../../../src/core/party-building/activity-report.ts';
import { loadFixture } from './fixtures.ts';

const PARTY_REPORTS = [
  'branch-theme-day.html',
  'organisation-life-meeting.html',
  'democratic-life-meeting.html',
  'party-lecture.html',
  'signs-order.html',
  'chairs-standing-committee.html',
  'meets-visitor.html',
  'inspects-province.html',
  'replies-letter.html',
];

const OTHER_NEWS = [
  'culture-exhibition.html',
  'science-breakthrough.html',
  'antarctic-expedition.html',
  'sports-volleyball.html',
  'football-association-meeting.html',
  'international-talks.html',
  'un-secretary-general-meets.html',
  'alumni-letter.html',
  'city-fire-drill.html',
  'company-product-launch.html',
  'residents-committee-meeting.html',
];

function analysed(name: string) {
  return analyze(loadFixture(`short-reports/${name}`));
}

describe('short party reports', () => {
  it.each(PARTY_REPORTS)('%s is a party-building article', (name) => {
    const result = analysed(name);
    expect(result.isArticle).toBe(true);
    expect(result.partyBuilding.detected).toBe(true);
    expect(result.partyBuilding.reasons.join('\n')).toMatch(/(标题|导语)报道党组织或领导人的活动/);
  });

  it.each(OTHER_NEWS)('%s is an article but not party-building', (name) => {
    const result = analysed(name);
    expect(result.isArticle).toBe(true);
    expect(result.partyBuilding.detected).toBe(false);
  });
});

describe('reportedActivity', () => {
  it('takes an activity of party life as naming its own actor', () => {
    expect(reportedActivity('第二党支部开展主题党日活动')).toBe('主题党日');
    expect(reportedActivity('机关召开年度组织生活会')).toBe('组织生活会');
  });

  it('needs a party actor or leader for a political act', () => {
    expect(reportedActivity('习近平会见新加坡总理')).toBe('习近平…会见');
    expect(reportedActivity('市委书记到企业调研')).toBe('市委…调研');
    expect(reportedActivity('美国总统会见日本首相')).toBeNull();
    expect(reportedActivity('南极考察队完成冰盖考察任务')).toBeNull();
    expect(reportedActivity('中国足协召开联赛工作会议')).toBeNull();
  });

  it('does not read a residents committee, a city or a court clerk as a party organ', () => {
    expect(reportedActivity('社区委员会召开居民议事会议')).toBeNull();
    expect(reportedActivity('两城市委托第三方开展调研')).toBeNull();
    expect(reportedActivity('书记员会见当事人')).toBeNull();
  });

  it('reports nothing for a party organ that does something else', () => {
    expect(reportedActivity('市委宣传部主办摄影展开幕')).toBeNull();
  });
});
