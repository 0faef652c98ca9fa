// Formulations of the genre (education and youth, the spirit lineage, leaders'
// maxims, discipline work) not traced here to one of the listed documents:
// source 'common', so they carry no 释义.
import { entriesOf, type LexiconEntry } from './types.ts';

export const GENRE_COMMON_LEXICON: readonly LexiconEntry[] = [
  ...entriesOf('教育', [
    '五育并举',
    '立德树人根本任务',
    '全员育人、全过程育人、全方位育人',
    '强国有我',
    '新时代好少年',
    '争做新时代好少年',
    '教育家精神',
    '有理想、有本领、有担当',
    '听党话、跟党走',
    '思政课是落实立德树人根本任务的关键课程',
    '把论文写在祖国大地上',
  ]),
  ...entriesOf('精神谱系', [
    '北京冬奥精神',
    '伟大抗美援朝精神',
  ]),
  ...entriesOf('作风建设', [
    '功成不必在我，功成必定有我',
    '一张蓝图绘到底',
    '一分部署，九分落实',
    '道阻且长，行则将至',
    '行百里者半九十',
    '时代是出卷人，我们是答卷人，人民是阅卷人',
    '人不负青山，青山定不负人',
    '民亦劳止，汔可小康',
    '治国有常，而利民为本',
    '为政以德',
    '调查研究是谋事之基、成事之道',
    '没有调查就没有发言权',
  ]),
  ...entriesOf('纪检监察', [
    '打虎、拍蝇、猎狐',
    '追逃追赃',
    '清理门户',
    '家风建设',
    '违规吃喝',
    '六项纪律',
  ]),
  ...entriesOf('组织建设', [
    '入党誓词',
    '战斗堡垒',
  ]),
  ...entriesOf('民生', [
    '厕所革命',
  ]),
  ...entriesOf('奋斗目标', [
    '民族伟大复兴',
  ]),
  ...entriesOf('国家治理', [
    '统筹推进疫情防控和经济社会发展',
    '外防输入、内防扩散',
    '外防输入、内防反弹',
    '分区分级差异化防控策略',
    '人民至上、生命至上',
  ]),
];
