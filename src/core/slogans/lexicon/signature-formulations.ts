// The era's signature formulations: the ones central documents put at the
// head of their argument and study sessions are organised around (the
// 二十大 report's and the 历史决议's key terms). They rank above other
// formulations used as often. Each must be a lexicon entry (tested).
export const SIGNATURE_FORMULATIONS: ReadonlySet<string> = new Set([
  '两个确立', '两个维护', '四个意识', '四个自信', '习近平新时代中国特色社会主义思想', '不忘初心、牢记使命',
  '全面从严治党', '中央八项规定精神', '不敢腐、不能腐、不想腐', '伟大建党精神', '党的自我革命', '两个结合',
  '中国式现代化', '中华民族伟大复兴', '两个大局', '百年未有之大变局', '国之大者', '新发展理念', '新发展阶段',
  '新发展格局', '高质量发展', '新质生产力', '全过程人民民主', '以人民为中心的发展思想', '人民至上',
  '共同富裕', '全体人民共同富裕', '人类命运共同体', '人类文明新形态', '总体国家安全观', '统筹发展和安全',
  '五个必由之路', '六个必须坚持', '坚持和加强党的全面领导', '党中央集中统一领导', '国家治理体系和治理能力现代化',
  '一岗双责', '三会一课', '党史学习教育', '党纪学习教育', '铸牢中华民族共同体意识',
]);
