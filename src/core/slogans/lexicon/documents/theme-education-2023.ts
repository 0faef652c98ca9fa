// Formulations of 学习贯彻习近平新时代中国特色社会主义思想主题教育文件（2023年）.
// Reviewed data: each entry is written as the document writes it.
import { entriesOf, type LexiconEntry } from '../types.ts';

export const THEME_EDUCATION_2023: readonly LexiconEntry[] = [
  ...entriesOf('主题教育', [
    '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    '学思想、强党性、重实践、建新功',
    '凝心铸魂筑牢根本、锤炼品格强化忠诚、实干担当促进发展、践行宗旨为民造福、廉洁奉公树立新风',
    '凝心铸魂筑牢根本',
    '锤炼品格强化忠诚',
    '实干担当促进发展',
    '践行宗旨为民造福',
    '廉洁奉公树立新风',
    '以学铸魂、以学增智、以学正风、以学促干',
    '以学铸魂',
    '以学增智',
    '以学正风',
    '以学促干',
    '理论学习、调查研究、推动发展、检视整改',
    '学思用贯通、知信行统一',
    '大兴调查研究',
    '四下基层',
    '浦江经验',
    '千万工程',
    '第一批主题教育',
    '第二批主题教育',
  ], 'theme-education-2023'),
];
