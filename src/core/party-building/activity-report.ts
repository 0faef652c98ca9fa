// A brief report of a party branch's activity (主题党日, 组织生活会, 党课) or
// of a leader's political act (签署命令, 主持会议, 会见, 考察, 回信) is
// party discourse in two or three sentences, with too few formulations for
// the density measures. Such reports say who did what in the headline and
// again in the lead sentence; culture, science, sports and international
// news name neither a party actor nor such an act, or one without the other.
import { PARTY_ACTOR, PARTY_LEADERS, PARTY_LIFE_ACTIVITY, POLITICAL_ACT } from './vocabulary.ts';

/** The lead is the first sentences of the body: who did what, when. */
const LEAD_SENTENCES = 2;
const SENTENCE = /[^。！？!?]+/g;
/** Shorter runs are datelines, captions or credits, not the lead. */
const MIN_LEAD_SENTENCE = 12;
const LEADER_NAME = new RegExp(PARTY_LEADERS.join('|'));

export interface ActivityReport {
  /** The headline's report of party activity (e.g. 主题党日, 习近平…会见), or null. */
  headline: string | null;
  /** The lead sentence's report of party activity, or null. */
  lead: string | null;
}

/** The activity a text reports a party actor doing, or null when it reports none. */
export function reportedActivity(text: string): string | null {
  const partyLife = PARTY_LIFE_ACTIVITY.exec(text);
  if (partyLife !== null) return partyLife[0];
  const act = POLITICAL_ACT.exec(text);
  if (act === null) return null;
  const actor = LEADER_NAME.exec(text) ?? PARTY_ACTOR.exec(text);
  return actor === null ? null : `${actor[0]}…${act[0]}`;
}

function leadSentences(bodyText: string): string[] {
  const lead: string[] = [];
  for (const m of bodyText.matchAll(SENTENCE)) {
    if (m[0].trim().length < MIN_LEAD_SENTENCE) continue;
    lead.push(m[0]);
    if (lead.length === LEAD_SENTENCES) break;
  }
  return lead;
}

export function findActivityReport(title: string | null, bodyText: string): ActivityReport {
  let lead: string | null = null;
  for (const sentence of leadSentences(bodyText)) {
    lead = reportedActivity(sentence);
    if (lead !== null) break;
  }
  return { headline: title === null ? null : reportedActivity(title), lead };
}
