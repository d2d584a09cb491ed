import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronUpRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  grow: { flexGrow: 1, minWidth: 0 },
});

export interface DemoBarProps {
  open: boolean;
  onToggle(): void;
}

/**
 * Demo mode only: the Demo badge and the button that opens the demo tools. It comes with the
 * first paint (the tools load after it), so it never pushes the page down once it is there.
 */
export function DemoBar({ open, onToggle }: DemoBarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Badge appearance="filled" color="warning" size="large">
        {t('demo.badge')}
      </Badge>
      <Text size={200} className={styles.grow}>
        {t('demo.notice')}
      </Text>
      <Button
        size="small"
        icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
        iconPosition="after"
        aria-expanded={open}
        aria-controls="demo-tools-panel"
        onClick={onToggle}
      >
        {t('demo.open')}
      </Button>
    </div>
  );
}
