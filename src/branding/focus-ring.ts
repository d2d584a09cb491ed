import { makeStaticStyles, tokens } from '@fluentui/react-components';

/**
 * Text fields show a ring around the whole box while they have focus, in the theme's focus
 * colour, not only Fluent's thin underline, which is easy to miss (issue 10). Every input,
 * textarea and number box of the portal and the console, because it is one global rule.
 */
export const useFieldFocusRing = makeStaticStyles({
  '.fui-Input:focus-within, .fui-Textarea:focus-within, .fui-SpinButton:focus-within': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: tokens.strokeWidthThin,
  },
});
