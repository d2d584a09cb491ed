import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useAdminTranslation } from '../i18n/register';

/**
 * Cursor paging: the cursors of the pages seen so far, so "previous" works without offsets.
 * Changed `filters` start again from the first page.
 */
export function useCursorPager(filters?: unknown) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const filterKey = JSON.stringify(filters ?? null);
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    setCursors([undefined]);
  }
  const cursor = cursors[cursors.length - 1];
  const next = useCallback((nextCursor: string) => setCursors((seen) => [...seen, nextCursor]), []);
  const previous = useCallback(() => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { cursor, page: cursors.length, next, previous, reset };
}

const useStyles = makeStyles({
  pager: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function Pager({
  pager,
  nextCursor,
  total,
  busy,
}: {
  pager: ReturnType<typeof useCursorPager>;
  nextCursor: string | null | undefined;
  total: number | undefined;
  busy?: boolean;
}) {
  const { t } = useAdminTranslation();
  const styles = useStyles();
  return (
    <nav className={styles.pager} aria-label={t('common.pageOf', { page: pager.page, total: total ?? 0 })}>
      <Button onClick={pager.previous} disabled={pager.page <= 1 || busy}>
        {t('common.previousPage')}
      </Button>
      <Text aria-live="polite">{t('common.pageOf', { page: pager.page, total: total ?? 0 })}</Text>
      <Button onClick={() => nextCursor && pager.next(nextCursor)} disabled={!nextCursor || busy}>
        {t('common.nextPage')}
      </Button>
    </nav>
  );
}
