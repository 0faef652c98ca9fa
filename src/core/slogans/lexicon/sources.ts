// The closed list of documents lexicon entries are attributed to. 'common'
// marks a formulation of the genre not traced to one of them (it carries
// no 释义). Titles are the documents' short Chinese names; the UI shows them.

export const LEXICON_SOURCES = {
  'constitution-2022': { title: '中国共产党章程（党的二十大部分修改，2022年）', year: 2022 },
  'report-20th-2022': { title: '党的二十大报告（2022年）', year: 2022 },
  'history-resolution-2021': { title: '党的百年奋斗重大成就和历史经验的决议（2021年）', year: 2021 },
  'third-plenum-2024': { title: '二十届三中全会《决定》（2024年）', year: 2024 },
  'ccdi-2023': { title: '二十届中央纪委二次全会公报（2023年）', year: 2023 },
  'ccdi-2024': { title: '二十届中央纪委三次全会公报（2024年）', year: 2024 },
  'ccdi-2025': { title: '二十届中央纪委四次全会公报（2025年）', year: 2025 },
  'theme-education-2023': { title: '学习贯彻习近平新时代中国特色社会主义思想主题教育文件（2023年）', year: 2023 },
  common: { title: '', year: 0 },
} as const;

export type LexiconSource = keyof typeof LEXICON_SOURCES;
