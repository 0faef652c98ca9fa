// 释义: one line quoted from the document an entry is attributed to, only
// where the official wording is known verbatim (no paraphrase: an entry
// without one shows its source alone). Keyed by the entry's text; the
// lexicon test checks each belongs to an entry of that very document.
// UI-only data: the analyser never imports it (it is loaded on click).
import type { LexiconSource } from './sources.ts';

export const GLOSSES: Readonly<Record<string, { source: LexiconSource; gloss: string }>> = {
  '民主集中制': { source: 'constitution-2022', gloss: '民主集中制是民主基础上的集中和集中指导下的民主相结合' },
  '四个服从': { source: 'constitution-2022', gloss: '党员个人服从党的组织，少数服从多数，下级组织服从上级组织，全党各个组织和全体党员服从党的全国代表大会和中央委员会' },
  '“三个代表”重要思想': { source: 'constitution-2022', gloss: '代表中国先进生产力的发展要求，代表中国先进文化的前进方向，代表中国最广大人民的根本利益' },
  '四项基本原则': { source: 'constitution-2022', gloss: '坚持社会主义道路、坚持人民民主专政、坚持中国共产党的领导、坚持马克思列宁主义毛泽东思想' },
  '党的基本路线': { source: 'constitution-2022', gloss: '领导和团结全国各族人民，以经济建设为中心，坚持四项基本原则，坚持改革开放，自力更生，艰苦创业' },
  '新发展理念': { source: 'constitution-2022', gloss: '创新、协调、绿色、开放、共享的新发展理念' },
  '中国式现代化': { source: 'report-20th-2022', gloss: '中国式现代化，是中国共产党领导的社会主义现代化' },
  '中国式现代化的本质要求': { source: 'report-20th-2022', gloss: '坚持中国共产党领导，坚持中国特色社会主义，实现高质量发展，发展全过程人民民主，丰富人民精神世界，实现全体人民共同富裕，促进人与自然和谐共生，推动构建人类命运共同体，创造人类文明新形态' },
  '中国共产党的中心任务': { source: 'report-20th-2022', gloss: '从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国、实现第二个百年奋斗目标，以中国式现代化全面推进中华民族伟大复兴' },
  '三个务必': { source: 'report-20th-2022', gloss: '全党同志务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争' },
  '自我革命': { source: 'report-20th-2022', gloss: '经过不懈努力，党找到了自我革命这一跳出治乱兴衰历史周期率的第二个答案，确保党永远不变质、不变色、不变味' },
  '两个结合': { source: 'report-20th-2022', gloss: '把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合' },
  '六个必须坚持': { source: 'report-20th-2022', gloss: '必须坚持人民至上，必须坚持自信自立，必须坚持守正创新，必须坚持问题导向，必须坚持系统观念，必须坚持胸怀天下' },
  '高质量发展': { source: 'report-20th-2022', gloss: '高质量发展是全面建设社会主义现代化国家的首要任务' },
  '新发展格局': { source: 'report-20th-2022', gloss: '加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局' },
  '两个毫不动摇': { source: 'report-20th-2022', gloss: '毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展' },
  '全过程人民民主': { source: 'report-20th-2022', gloss: '全过程人民民主是社会主义民主政治的本质属性' },
  '总体国家安全观': { source: 'report-20th-2022', gloss: '以人民安全为宗旨、以政治安全为根本、以经济安全为基础、以军事科技文化社会安全为保障、以促进国际安全为依托' },
  '全人类共同价值': { source: 'report-20th-2022', gloss: '和平、发展、公平、正义、民主、自由的全人类共同价值' },
  '两个维护': { source: 'history-resolution-2021', gloss: '坚决维护习近平同志党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导' },
  '四个意识': { source: 'history-resolution-2021', gloss: '增强政治意识、大局意识、核心意识、看齐意识' },
  '四个自信': { source: 'history-resolution-2021', gloss: '坚定道路自信、理论自信、制度自信、文化自信' },
  '五位一体': { source: 'history-resolution-2021', gloss: '中国特色社会主义事业总体布局是经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体' },
  '强军目标': { source: 'history-resolution-2021', gloss: '党在新时代的强军目标是建设一支听党指挥、能打胜仗、作风优良的人民军队，把人民军队建设成为世界一流军队' },
  '四个全面': { source: 'history-resolution-2021', gloss: '中国特色社会主义事业……战略布局是全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党四个全面' },
  '两个确立': { source: 'history-resolution-2021', gloss: '党确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位' },
  '习近平新时代中国特色社会主义思想': { source: 'history-resolution-2021', gloss: '习近平新时代中国特色社会主义思想是当代中国马克思主义、二十一世纪马克思主义，是中华文化和中国精神的时代精华，实现了马克思主义中国化新的飞跃' },
  '十个坚持': { source: 'history-resolution-2021', gloss: '坚持党的领导，坚持人民至上，坚持理论创新，坚持独立自主，坚持中国道路，坚持胸怀天下，坚持开拓创新，坚持敢于斗争，坚持统一战线，坚持自我革命' },
  '进一步全面深化改革': { source: 'third-plenum-2024', gloss: '进一步全面深化改革的总目标是继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化' },
};
