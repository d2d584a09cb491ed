import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useBranding } from '@/branding';
import { ContactHelp } from '@/components/feedback';
import { Page, PageHeading, Panel, useDocumentTitle } from '@/components/layout';
import { languageInfo, type LanguageTag } from '@/i18n';
import { reflowWidth, testedLanguages } from '../tested';

/*
 * Every claim of this statement is backed by a test that runs in CI (issue 12):
 * - WCAG 2.2 AA, axe-core on every people's screen, in the languages named: tests/e2e/people-screens.e2e.ts
 *   ("the people's screens on a phone/desktop in …", languages from `testedLanguages`; axe runs the
 *   wcag2a/2aa/21a/21aa/22aa rules, tests/e2e/support/axe.ts; this page is one of the screens).
 * - A whole reset with the keyboard alone, in the languages named: tests/e2e/people-journeys.e2e.ts
 *   ("a whole reset with the keyboard alone"); focus on the result of every action: the same file,
 *   "Security info with the keyboard alone".
 * - 320 px without sideways scrolling; text a third longer (en-XA) neither clipped nor spilling:
 *   tests/e2e/people-screens.e2e.ts ("the people's screens at 320 px in en, nl, en-XA").
 * - The brand contrast guard: src/branding/ramp.test.ts ("give a pale brand darker steps…",
 *   "keep every brand text token of the dark theme readable…"), mocks/rules/branding.test.ts ("a
 *   brand colour too pale for white text gets a warning"), tests/ui/admin/branding.test.tsx.
 * - Limitations: the admin console's languages, src/admin/i18n/locales.test.ts (English fallback with
 *   lang="en": the admin console's own tests); footer labels in the organisation's languages, marked
 *   with lang when another: src/branding/localized-text.test.ts, tests/ui/people/accessibility.test.tsx
 *   and the en-XA tour; the CAPTCHA question in the page's language (no longer a limitation):
 *   tests/ui/people/reset.test.tsx, tests/e2e/people-journeys.e2e.ts (the Arabic and Japanese keyboard
 *   reset); English marked with lang when the server words only en/nl: tests/ui/people/accessibility.test.tsx.
 * - This page itself (footer link, the languages named = the tests' lists, how to report a problem):
 *   tests/ui/people/accessibility.test.tsx; prerendered and hydrated as it is: tests/e2e/prerender.e2e.ts.
 */

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** The languages' names, each in itself and marked as such, listed the page's way ("English, Nederlands, Deutsch, العربية"). */
function LanguageNames({ tags }: { tags: readonly LanguageTag[] }) {
  const { t } = useTranslation();
  const named = tags.map((tag) => ({ tag, name: languageInfo(tag).name }));
  return new Intl.ListFormat(t('common.locale'), { type: 'unit', style: 'short' })
    .formatToParts(named.map(({ name }) => name))
    .map((part, index) => {
      const tag = part.type === 'element' ? named.find(({ name }) => name === part.value)?.tag : undefined;
      return tag ? (
        <bdi key={tag} lang={tag}>
          {part.value}
        </bdi>
      ) : (
        <span key={index}>{part.value}</span>
      );
    });
}

/** /accessibility: the standard, what is tested and how, known limitations, how to report a problem. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { branding } = useBranding();
  useDocumentTitle(t('titles.accessibility'));
  return (
    <Page>
      <Panel>
        <PageHeading>{t('accessibility.heading')}</PageHeading>
        <p>{t('accessibility.standard', { organization: branding.organizationName })}</p>
        <PageHeading level={2} focusOnMount={false}>
          {t('accessibility.testedHeading')}
        </PageHeading>
        <ul className={styles.list}>
          <li>
            {t('accessibility.axePhone')} <LanguageNames tags={testedLanguages.axePhone} />
          </li>
          <li>
            {t('accessibility.axeDesktop')} <LanguageNames tags={testedLanguages.axeDesktop} />
          </li>
          <li>
            {t('accessibility.keyboard')} <LanguageNames tags={testedLanguages.keyboardReset} />
          </li>
          <li>{t('accessibility.reflow', { width: reflowWidth })}</li>
          <li>{t('accessibility.contrast')}</li>
        </ul>
        <PageHeading level={2} focusOnMount={false}>
          {t('accessibility.limitationsHeading')}
        </PageHeading>
        <ul className={styles.list}>
          <li>{t('accessibility.limitAdmin')}</li>
          <li>{t('accessibility.limitBranding')}</li>
          <li>{t('accessibility.limitAutomated')}</li>
        </ul>
        <PageHeading level={2} focusOnMount={false}>
          {t('accessibility.reportHeading')}
        </PageHeading>
        <p>{t('accessibility.report')}</p>
        <p>
          <ContactHelp />
        </p>
      </Panel>
    </Page>
  );
}
