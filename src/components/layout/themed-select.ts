import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** The browser's own select in the theme's colours: the form fields and the shell's language switcher. */
export const themedSelect: GriffelStyle = {
  minHeight: '32px',
  padding: `0 ${tokens.spacingHorizontalS}`,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
};
