// Formulations of 二十届中央纪委四次全会公报（2025年）.
// Reviewed data: each entry is written as the document writes it.
import { entriesOf, type LexiconEntry } from '../types.ts';

export const CCDI_2025: readonly LexiconEntry[] = [
  ...entriesOf('纪检监察', [
    '深入贯彻中央八项规定精神学习教育',
    '中央八项规定精神学习教育',
    '反腐败斗争攻坚战持久战总体战',
    '铲除腐败滋生的土壤和条件',
    '推动全面从严治党向基层延伸',
    '全面从严治党向基层延伸',
    '破除特权思想和特权行为',
    '特权思想和特权行为',
    '严防“四风”反弹回潮',
  ], 'ccdi-2025'),
];
