import { Button, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, KeyRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useBranding, useLocalizedText } from '@/branding';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { height: '28px', maxWidth: '120px', objectFit: 'contain' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  action: { justifyContent: 'flex-start', width: '100%' },
  footer: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  brandText: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A stand-in of the portal home in the branding being edited (the real page belongs to the
 * people's portal). Inert: it shows, it does not act.
 */
export function PortalPreview() {
  const { t } = useTranslation();
  const styles = useStyles();
  const { branding, logo } = useBranding();
  const inLanguage = useLocalizedText();
  return (
    <div className={styles.frame} inert>
      <div className={styles.header}>
        {logo ? <img src={logo} alt={branding.organizationName} className={styles.logo} /> : <Text weight="semibold">{branding.organizationName}</Text>}
      </div>
      <div className={styles.main}>
        <Text size={500} weight="semibold">
          {t('home.welcome')}
        </Text>
        <Button appearance="primary" size="large" icon={<KeyRegular />} className={styles.action}>
          {t('home.reset')}
        </Button>
        <Button size="large" icon={<ShieldCheckmarkRegular />} className={styles.action}>
          {t('home.register')}
        </Button>
        <Button size="large" icon={<ArrowResetRegular />} className={styles.action}>
          {t('home.change')}
        </Button>
        <Text className={styles.brandText}>{t('home.needHelp')}</Text>
      </div>
      <div className={styles.footer}>
        {branding.footerLinks.map((link, index) => (
          <Link key={index} href="#">
            {inLanguage(link.label)}
          </Link>
        ))}
      </div>
    </div>
  );
}
