// Word lists the party-building detector counts besides the formulation
// lexicon. Each list is one kind of evidence the verdict's reasons name.

/**
 * Party organisations and roles. A page about a 党支部 activity or a 纪委
 * case names them again and again; a business or culture story on a party
 * media site names one in passing, if at all.
 */
export const PARTY_ORGANISATION_TERMS = [
  '党中央', '中共中央', '中央政治局', '政治局常委', '中央委员会', '党委', '党组', '党工委', '党总支', '党支部',
  '党小组', '党组织', '基层党组织', '纪委', '监委', '纪检', '监察委', '巡视组', '巡察组', '组织部', '宣传部',
  '统战部', '党员', '党员干部', '共产党员', '党建', '党务', '党风', '党性', '党纪', '党课', '入党', '中国共产党',
  '共产党', '党的领导', '党的建设', '廉政', '廉洁', '党籍', '违纪', '审查调查', '纪律处分', '政务处分',
] as const;

/**
 * 书记 alone is an official's title: every government story names a 市委书记
 * or 县委书记. It counts as a fraction of a party-organisation term.
 */
export const SECRETARY_TITLE = '书记';
export const SECRETARY_TITLE_WEIGHT = 0.25;

/** Words of theory study and political education. */
export const THEORY_STUDY_TERMS = [
  '学习贯彻', '深入学习', '理论学习', '专题学习', '集中学习', '学习教育', '学习研讨', '中心组', '马克思主义',
  '思想武装', '重要讲话', '重要论述', '重要指示', '重要文章', '精神实质', '深刻领会', '领悟', '初心', '使命',
  '思想政治', '政治理论', '理想信念', '党史', '社会主义', '新时代',
] as const;

/**
 * Leaders of the party and state, current and recent. A leader's name only
 * counts where the same sentence reports political activity (LEADER_ACTIVITY):
 * business or international news may quote a name once in passing.
 */
export const PARTY_LEADERS = [
  '习近平', '李强', '赵乐际', '王沪宁', '蔡奇', '丁薛祥', '李希', '李克强', '栗战书', '汪洋', '韩正', '胡锦涛',
  '江泽民', '温家宝', '吴邦国', '贾庆林', '毛泽东', '周恩来', '邓小平',
] as const;

export const LEADER_ACTIVITY =
  /主持|出席|讲话|强调|指出|考察|调研|座谈会|会议|会见|会谈|通话|贺信|贺电|致信|复信|国事访问|发表|批示|指示|总书记|政治局|常委|遗体|逝世|悼念|告别|追悼|火化|送别|治丧/;

/** Obituary and funeral formulae of a state funeral (with the 生平评价 formulations). */
export const FUNERAL_TERMS = ['遗体', '火化', '逝世', '沉痛悼念', '送别', '告别', '治丧', '追悼', '骨灰'] as const;

/** Headline words of party-building and political-theory pieces. */
export const TITLE_SIGNAL =
  /党|书记|纪委|监委|纪检|廉|习近平|总书记|学习贯彻|思想|初心|使命|主题教育|政治|政协|人大|全会|两会|精神|评论员|巡视|巡察/;

/**
 * Who a brief political report is about: party organs and the offices that
 * lead them (leaders' names are PARTY_LEADERS). A 村委 or a 社区委员会 is
 * not a party organ, 城市委托 is not a 市委, a 书记员 is a court clerk, and a
 * bare 总理 may be another country's.
 */
export const PARTY_ACTOR =
  /中共中央|党中央|中央政治局|中央军委|国务院|总书记|国家主席|军委主席|委员长|(?<![城社])[省市县区州]委|党委|党组|党工委|党总支|党支部|党小组|纪委|监委|书记(?!员)/;

/**
 * Activities of party life. Only a party organisation holds them, so naming
 * one names its actor too.
 */
export const PARTY_LIFE_ACTIVITY =
  /主题党日|组织生活会|民主生活会|党课|三会一课|入党誓词|入党宣誓|党员大会|民主评议党员|中心组.{0,4}学习|集体学习/;

/**
 * A leader's or a party organ's political acts. They are news of party
 * discourse only when a PARTY_ACTOR does them: a 科学考察, a football
 * association's meeting or a foreign president's 会见 are not.
 */
export const POLITICAL_ACT =
  /签署.{0,3}(?:命令|主席令|通令)|发布命令|主持召开|主持会议|召开.{0,12}会议|会见|会谈|考察|调研|致信|回信|复信|贺信|贺电|通电话/;
