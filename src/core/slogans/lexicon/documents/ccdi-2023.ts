// Formulations of 二十届中央纪委二次全会公报（2023年）.
// Reviewed data: each entry is written as the document writes it.
import { entriesOf, type LexiconEntry } from '../types.ts';

export const CCDI_2023: readonly LexiconEntry[] = [
  ...entriesOf('纪检监察', [
    '遏制增量、清除存量',
    '政治问题和经济问题交织的腐败',
    '利益集团和权势团体',
    '纪律监督、监察监督、派驻监督、巡视监督',
    '监督保障执行、促进完善发展',
    '纪检监察干部队伍教育整顿',
    '打铁必须自身硬',
    '纪法贯通、法法衔接',
    '严的基调、严的措施、严的氛围',
    '把严的基调、严的措施、严的氛围长期坚持下去',
    '有腐必反、有贪必肃',
    '正风肃纪反腐',
    '忠诚干净担当、敢于善于斗争的纪检监察铁军',
    '纪检监察铁军',
  ], 'ccdi-2023'),
  ...entriesOf('作风建设', [
    '锲而不舍落实中央八项规定精神',
    '作风建设永远在路上',
    '纠“四风”树新风',
    '隐形变异',
  ], 'ccdi-2023'),
];
