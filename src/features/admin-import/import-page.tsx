import {
  Button,
  Field,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import { isApiError } from '@/api/problem';
import { importColumns, type ImportResult } from '@/api/schemas/reports';
import { FormError, FormStatus } from '@/components/form';
import { useImportAuthData } from './api/import-auth-data';
import { AdminPage, Section } from '@/admin/components/admin-page';
import { DataTable, type Column } from '@/admin/components/data-table';
import { describeAdminViolation } from '@/admin/components/violations';
import { useAdminTranslation } from '@/admin/i18n/register';


const maxBytes = 1024 * 1024;

const example = [
  importColumns.join(','),
  'adele@contoso.com,adele@example.com,,+1 425 555 0100,,,nl',
  'lee@contoso.com,,lee.gu@example.org,,+31 6 12345678,+31 20 555 0199 x123,',
].join('\n');

const useStyles = makeStyles({
  columns: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2 },
  file: { maxWidth: '100%' },
  fileField: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Reads a chosen file as UTF-8 text, reporting how far it got. */
function readFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

export function ImportPage() {
  const { t, tApp } = useAdminTranslation();
  const styles = useStyles();
  const fileId = useId();
  const importData = useImportAuthData();
  const [csv, setCsv] = useState('');
  const [readProgress, setReadProgress] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const [result, setResult] = useState<ImportRun | null>(null);
  // Each answer is a new result, focused even when its words are the same as the last one's.
  const [runs, setRuns] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);

  const bytes = new Blob([csv]).size;
  const validatedCurrent = result?.mode === 'validate' && result.csv === csv;
  const badRows = result?.answer.rows.filter((row) => !row.ok) ?? [];
  const badRowColumns: Column<ImportResult['rows'][number]>[] = [
    { header: t('import.columns.line'), cell: (row) => row.line },
    { header: t('import.columns.userId'), cell: (row) => row.userId },
    {
      header: t('import.columns.errors'),
      cell: (row) => (
        <ul className={styles.columns}>
          {row.violations.map((violation, index) => (
            <li key={index}>
              {violation.field ? `${violation.field}: ` : ''}
              {describeAdminViolation(t, tApp, violation)}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  const canApply = validatedCurrent && badRows.length === 0 && (result?.answer.rows.length ?? 0) > 0 && !importData.isPending;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setResult(null);
    setProblem(null);
    setTooLarge(file.size > maxBytes ? file.size : null);
    setReadProgress(0);
    try {
      setCsv(await readFile(file, setReadProgress));
    } catch (error) {
      setProblem(error);
    } finally {
      setReadProgress(null);
    }
  }

  async function run(mode: 'validate' | 'apply') {
    setProblem(null);
    const sent = csv;
    try {
      const answer = await importData.mutateAsync({ csv: sent, mode });
      setResult({ csv: sent, mode, answer });
      setRuns((count) => count + 1);
    } catch (error) {
      setResult(null);
      // An apply with a bad row changed nothing and answers 422: validate again to show the rows.
      if (mode === 'apply' && isApiError(error) && error.code === 'validation_failed') {
        await run('validate');
        return;
      }
      setProblem(error);
      setRuns((count) => count + 1);
    }
  }

  const tooBig = bytes > maxBytes;
  return (
    <AdminPage title={t('import.heading')} intro={t('import.intro')}>
      <Section title={t('import.columnsHeading')}>
        <Text as="p" block>{t('import.columnsIntro')}</Text>
        <ol className={styles.columns}>
          {importColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>: {t(`import.columnNames.${column}`)}
            </li>
          ))}
        </ol>
        <Text weight="semibold">{t('import.example')}</Text>
        <pre className={styles.code}>
          {example}
        </pre>
      </Section>

      <Section title={t('import.validate')}>
        <div className={styles.fileField}>
          <Label htmlFor={fileId}>{t('import.file')}</Label>
          <input id={fileId} type="file" accept=".csv,text/csv" aria-describedby={`${fileId}-hint`} className={styles.file} onChange={(event) => void onFile(event)} />
          <Text id={`${fileId}-hint`} size={200} className={styles.hint}>
            {t('import.fileHint')}
          </Text>
        </div>
        {readProgress !== null && (
          <Field hint={t('import.readProgress', { percent: Math.round(readProgress * 100) })} label={t('import.reading')}>
            <ProgressBar value={readProgress} max={1} />
          </Field>
        )}
        {(tooLarge !== null || tooBig) && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('import.tooLarge', { size: formatSize(tooLarge ?? bytes) })}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t('import.paste')}>
          <Textarea
            className={styles.textarea}
            value={csv}
            onChange={(_, data) => {
              setCsv(data.value);
              setTooLarge(null);
            }}
            rows={8}
            resize="vertical"
            spellCheck={false}
          />
        </Field>
        {importData.isPending && (
          <Field label={t('import.uploading')}>
            <ProgressBar />
          </Field>
        )}
        <div className={styles.actions}>
          <Button appearance={canApply ? 'secondary' : 'primary'} onClick={() => void run('validate')} disabled={csv.trim() === '' || tooBig || importData.isPending}>
            {t('import.validate')}
          </Button>
          <Button appearance="primary" onClick={() => void run('apply')} disabled={!canApply}>
            {t('import.apply')}
          </Button>
          {!canApply && <Text className={styles.hint}>{csv.trim() === '' ? t('import.empty') : t('import.applyHint')}</Text>}
        </div>
        <ImportOutcome key={`outcome-${runs}`} result={result} csv={csv} />
        {problem !== null && <ImportProblem key={`problem-${runs}`} problem={problem} />}
      </Section>

      {badRows.length > 0 && (
        <Section title={t('import.rows')}>
          <DataTable label={t('import.rows')} columns={badRowColumns} rows={badRows} rowKey={(row) => row.line} />
        </Section>
      )}
    </AdminPage>
  );
}

type ImportRun = { csv: string; mode: 'validate' | 'apply'; answer: ImportResult };

/** What the last Validate or Import said; focused when it appears (issue 10). */
function ImportOutcome({ result, csv }: { result: ImportRun | null; csv: string }) {
  const { t } = useAdminTranslation();
  if (!result) return null;
  const count = result.answer.rows.length;
  const bad = result.answer.rows.filter((row) => !row.ok).length;
  if (result.mode === 'apply') return <FormStatus intent="success">{t('import.applied', { applied: result.answer.applied })}</FormStatus>;
  // Edited since: says so without taking the focus from the text being typed.
  if (result.csv !== csv) return <FormStatus intent="warning" focus={false}>{t('import.changedSinceValidate')}</FormStatus>;
  return bad === 0 ? (
    <FormStatus intent="success">{t('import.validated', { count })}</FormStatus>
  ) : (
    <FormStatus intent="error">{t('import.invalid', { count: bad, total: count })}</FormStatus>
  );
}

/** A file the server could not take at all (a bad header, too large): its reasons in words. */
function ImportProblem({ problem }: { problem: unknown }) {
  const { t, tApp } = useAdminTranslation();
  if (!isApiError(problem) || problem.code !== 'validation_failed' || problem.violations.length === 0) return <FormError error={problem} focus />;
  return (
    <FormStatus intent="error">
      <ul>
        {problem.violations.map((violation, index) => (
          <li key={index}>{describeAdminViolation(t, tApp, violation)}</li>
        ))}
      </ul>
    </FormStatus>
  );
}

