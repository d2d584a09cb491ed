import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ApiContent, ApiOperation } from '../openapi-model';
import { useApiReferenceTranslation } from '../i18n/register';
import { Code, FieldView, SchemaView } from './schema-view';

const useStyles = makeStyles({
  header: {
    minWidth: 0,
    '& button': {
      minHeight: '44px',
      height: 'auto',
      paddingTop: tokens.spacingVerticalS,
      paddingBottom: tokens.spacingVerticalS,
    },
  },
  title: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    textAlign: 'start',
  },
  method: {
    display: 'inline-block',
    minWidth: '4.5em',
    textAlign: 'center',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  path: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    minWidth: 0,
    '& h4': { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
    '& p': { margin: 0 },
  },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
});

/** Each media type of a body or an answer, and its schema. */
function ContentList({ content }: { content: ApiContent[] }) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  if (content.length === 0) return <p className={styles.muted}>{t('noContent')}</p>;
  return content.map(({ mediaType, schema }) => (
    <div key={mediaType} className={styles.part}>
      <span className={styles.muted}>
        {t('contentType')}: <Code>{mediaType}</Code>
      </span>
      <SchemaView schema={schema} />
    </div>
  ));
}

/** One operation, its header a disclosure button (Fluent's accordion: a heading, aria-expanded). */
export function OperationItem({ operation }: { operation: ApiOperation }) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  return (
    <AccordionItem value={operation.id}>
      <AccordionHeader as="h3" size="large" className={styles.header}>
        <span className={styles.title}>
          {/* The spaces keep the button's accessible name "POST /reset Start a reset flow" in words. */}
          <span className={styles.method}>{operation.method}</span>{' '}
          <span className={styles.path}>{operation.path}</span>{' '}
          <span lang="en" className={styles.summary}>
            {operation.summary}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          {operation.description && <p lang="en">{operation.description}</p>}
          <div className={styles.part}>
            <h4>{t('signIn')}</h4>
            <p>{t(`security.${operation.security}`)}</p>
          </div>
          {operation.parameters.length > 0 && (
            <div className={styles.part}>
              <h4>{t('parameters')}</h4>
              <ul className={styles.list}>
                {operation.parameters.map((parameter) => (
                  <FieldView
                    key={`${parameter.in}-${parameter.name}`}
                    name={parameter.name}
                    required={parameter.required}
                    schema={parameter.schema}
                    note={t(`location.${parameter.in}`, { defaultValue: parameter.in })}
                  />
                ))}
              </ul>
            </div>
          )}
          {operation.requestBody && (
            <div className={styles.part}>
              <h4>{t('requestBody')}</h4>
              <span className={styles.muted}>
                {operation.requestBody.required ? t('required') : t('optional')}
              </span>
              <ContentList content={operation.requestBody.content} />
            </div>
          )}
          <div className={styles.part}>
            <h4>{t('responses')}</h4>
            <ul className={styles.list}>
              {operation.responses.map((response) => (
                <li key={response.status} className={styles.part}>
                  <span className={styles.status}>
                    <Code>{response.status}</Code>
                    <span lang="en" className={styles.muted}>
                      {response.description}
                    </span>
                  </span>
                  <ContentList content={response.content} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
