// The highlight colours as the manager names them.
import type { HighlightColor } from '../../store/model.ts';
import type { ManagerMessageKey } from './i18n.ts';

export const COLOR_LABEL_KEYS: Readonly<Record<HighlightColor, ManagerMessageKey>> = {
  yellow: 'mgrColorYellow',
  red: 'mgrColorRed',
  green: 'mgrColorGreen',
  blue: 'mgrColorBlue',
  purple: 'mgrColorPurple',
};
