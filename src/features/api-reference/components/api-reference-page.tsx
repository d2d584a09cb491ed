import { Accordion, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { LoadingState } from '@/components/feedback/loading-state';
import { PageHeading, TextLink, TranslatedPart, useDocumentTitle } from '@/components/layout';
import { openApiDocumentFile } from '../document-file';
import { apiReferenceLanguages, useApiReferenceTranslation } from '../i18n/register';
import { readApiReference, type ApiReference } from '../openapi-model';
import { OperationItem } from './operation-item';
import { Code, SchemaScopeProvider } from './schema-view';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    width: '100%',
    maxWidth: '960px',
    marginLeft: 'auto',
    marginRight: 'auto',
    boxSizing: 'border-box',
    minWidth: 0,
    '& p': { marginTop: 0, marginBottom: 0 },
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalM },
  },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '& dd': { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
    '@media (max-width: 480px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      '& dd': { marginBottom: tokens.spacingVerticalS },
    },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  sections: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** `Security info` → `api-security-info`: the id a section's heading and its link share. */
const sectionId = (tag: string) => `api-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

async function fetchApiReference(): Promise<ApiReference> {
  const response = await fetch(`${import.meta.env.BASE_URL}${openApiDocumentFile}`, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${openApiDocumentFile}: HTTP ${response.status}`);
  return readApiReference(await response.json());
}

function Reference({ reference }: { reference: ApiReference }) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  const documentHref = `${import.meta.env.BASE_URL}${openApiDocumentFile}`;
  return (
    <SchemaScopeProvider value={{ schemas: reference.schemas, open: [] }}>
      <section aria-labelledby="api-overview" className={styles.card}>
        <h2 id="api-overview" className={styles.h2}>
          {t('overview')}
        </h2>
        <p lang="en">{reference.description}</p>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('version')}</dt>
          <dd>
            <Code>{reference.version}</Code>
          </dd>
          <dt className={styles.term}>{t('baseUrl')}</dt>
          <dd>
            <Code>{reference.baseUrl}</Code>
          </dd>
          <dt className={styles.term}>{t('document')}</dt>
          <dd>
            <TextLink href={documentHref}>{t('download')}</TextLink>
          </dd>
        </dl>
        <nav aria-label={t('sections')}>
          <ul className={styles.sections}>
            {reference.tags.map((tag) => (
              <li key={tag.name}>
                <TextLink href={`#${sectionId(tag.name)}`}>{tag.name}</TextLink>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      {reference.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={sectionId(tag.name)} className={styles.card}>
          <h2 id={sectionId(tag.name)} lang="en" className={styles.h2}>
            {tag.name}
          </h2>
          {tag.description && <p lang="en">{tag.description}</p>}
          <p className={styles.muted}>{t('operationCount', { count: tag.operations.length })}</p>
          <Accordion multiple collapsible>
            {tag.operations.map((operation) => (
              <OperationItem key={operation.id} operation={operation} />
            ))}
          </Accordion>
        </section>
      ))}
    </SchemaScopeProvider>
  );
}

/**
 * `/docs/api` (demo builds): the OpenAPI document the build publishes beside it, readable — each
 * section's operations open one by one, with their sign-in, parameters, body and answers (ADR
 * "API reference": why our own renderer and not a library's). A failed load is the route's error
 * page, with Try again, as on every page. In a language it lacks it is English, marked `lang="en"`.
 */
export function ApiReferencePage() {
  const styles = useStyles();
  return (
    <TranslatedPart languages={apiReferenceLanguages} className={styles.page}>
      <ApiReferenceContent />
    </TranslatedPart>
  );
}

function ApiReferenceContent() {
  const { t } = useApiReferenceTranslation();
  useDocumentTitle(t('title'));
  const query = useQuery({
    queryKey: ['api-reference', openApiDocumentFile],
    queryFn: fetchApiReference,
    staleTime: Infinity,
  });
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      {query.isPending && <LoadingState label={t('loading')} />}
      {query.data && <Reference reference={query.data} />}
    </>
  );
}
