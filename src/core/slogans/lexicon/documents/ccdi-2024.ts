// Formulations of 二十届中央纪委三次全会公报（2024年）.
// Reviewed data: each entry is written as the document writes it.
import { entriesOf, type LexiconEntry } from '../types.ts';

export const CCDI_2024: readonly LexiconEntry[] = [
  ...entriesOf('纪检监察', [
    '风腐同查同治',
    '党纪学习教育',
    '深化运用监督执纪“四种形态”',
    '集中整治群众身边不正之风和腐败问题',
    '群众身边不正之风和腐败问题',
    '推动纪检监察工作高质量发展',
    '纪检监察工作高质量发展',
  ], 'ccdi-2024'),
  ...entriesOf('作风建设', [
    '以学促知、以知促行',
  ], 'ccdi-2024'),
];
