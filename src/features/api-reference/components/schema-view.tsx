import { makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { compositionOf, factsOf, isRecord, propertiesOf, refName, type JsonSchema } from '../openapi-model';
import { useApiReferenceTranslation } from '../i18n/register';
import type { ApiReferenceMessages } from '../i18n/en';

/** A key of the reference's `schema` strings (the bounds' wordings). */
type SchemaKey = `schema.${keyof ApiReferenceMessages['schema']}`;

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  facts: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  required: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  optional: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  details: { minWidth: 0 },
  summary: {
    cursor: 'pointer',
    minHeight: '24px',
    overflowWrap: 'anywhere',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  nested: { paddingTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
});

/** The document's named schemas, and the names already open on the way here (a schema may contain itself). */
interface SchemaScope {
  schemas: Record<string, JsonSchema>;
  open: readonly string[];
}
const SchemaScopeContext = createContext<SchemaScope>({ schemas: {}, open: [] });
export const SchemaScopeProvider = SchemaScopeContext.Provider;

export function Code({ children }: { children: ReactNode }) {
  return (
    <code lang="en" className={useStyles().code}>
      {children}
    </code>
  );
}

const literal = (value: unknown) => JSON.stringify(value);

/** "string or null, 1 to 200 characters, format email": one line of what a value may be. */
function FactsLine({ schema }: { schema: JsonSchema }) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  const facts = factsOf(schema);
  const parts: ReactNode[] = [];
  const bounds = (
    min: number | null,
    max: number | null,
    [between, atLeast, atMost]: readonly [SchemaKey, SchemaKey, SchemaKey],
  ) => {
    if (min !== null && max !== null) parts.push(t(between, { min, max }));
    else if (min !== null) parts.push(t(atLeast, { min }));
    else if (max !== null) parts.push(t(atMost, { max }));
  };
  /** "values "a", "b"": the fact's words, then the value as code. */
  const labelled = (label: SchemaKey, value: string) =>
    parts.push(
      <span key={label}>
        {t(label)} <Code>{value}</Code>
      </span>,
    );
  if (facts.types.length > 0) {
    parts.push(
      facts.types.includes('array') && isRecord(schema.items) && facts.types.length === 1 ? (
        <span key="type">{t('schema.arrayOf')}</span>
      ) : (
        <Code key="type">{facts.types.join(t('schema.or'))}</Code>
      ),
    );
  }
  if (facts.enumValues) labelled('schema.values', facts.enumValues.map(literal).join(', '));
  if (facts.hasConst) labelled('schema.exactly', literal(facts.constValue));
  bounds(facts.min, facts.max, ['schema.between', 'schema.atLeast', 'schema.atMost']);
  bounds(facts.minLength, facts.maxLength, [
    'schema.lengthBetween',
    'schema.lengthAtLeast',
    'schema.lengthAtMost',
  ]);
  bounds(facts.minItems, facts.maxItems, [
    'schema.itemsBetween',
    'schema.itemsAtLeast',
    'schema.itemsAtMost',
  ]);
  if (facts.format) parts.push(t('schema.format', { format: facts.format }));
  if (facts.pattern) labelled('schema.pattern', facts.pattern);
  if (facts.hasDefault) labelled('schema.default', literal(facts.defaultValue));
  if (parts.length === 0 && !compositionOf(schema) && !isRecord(schema.properties))
    parts.push(t('schema.any'));
  if (parts.length === 0) return null;
  return (
    <span className={styles.facts}>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && ', '}
          {part}
        </span>
      ))}
    </span>
  );
}

/**
 * A named schema: its name, opened on demand (a native disclosure; its content renders only while
 * open, so a large contract stays a small page). A name already open above is shown, not opened again.
 */
function NamedSchema({ name }: { name: string }) {
  const styles = useStyles();
  const scope = useContext(SchemaScopeContext);
  const [open, setOpen] = useState(false);
  const target = scope.schemas[name];
  if (!target || scope.open.includes(name)) return <Code>{name}</Code>;
  return (
    <details className={styles.details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={styles.summary}>
        <Code>{name}</Code>
      </summary>
      {open && (
        <div className={styles.nested}>
          <SchemaScopeProvider value={{ schemas: scope.schemas, open: [...scope.open, name] }}>
            <SchemaView schema={target} />
          </SchemaScopeProvider>
        </div>
      )}
    </details>
  );
}

/** A property or parameter: its name, required or not, and its schema. */
export function FieldView({
  name,
  required,
  schema,
  note,
}: {
  name: string;
  required: boolean;
  schema: JsonSchema;
  note?: string;
}) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  return (
    <li className={styles.block}>
      <span className={styles.line}>
        <Code>{name}</Code>
        <span className={required ? styles.required : styles.optional}>
          {required ? t('required') : t('optional')}
        </span>
        {note && <span className={styles.optional}>{note}</span>}
      </span>
      <SchemaView schema={schema} />
    </li>
  );
}

/** Any JSON Schema of the document: named parts open on demand, objects list their properties. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  const { t } = useApiReferenceTranslation();
  const styles = useStyles();
  const name = refName(schema);
  if (name) return <NamedSchema name={name} />;
  const composition = compositionOf(schema);
  const properties = propertiesOf(schema);
  const items = isRecord(schema.items) ? schema.items : null;
  const otherKeys = isRecord(schema.additionalProperties) ? schema.additionalProperties : null;
  const keys = isRecord(schema.propertyNames) ? schema.propertyNames : null;
  return (
    <div className={styles.block}>
      <FactsLine schema={schema} />
      {properties.length > 0 && (
        <ul className={styles.list}>
          {properties.map((property) => (
            <FieldView key={property.name} {...property} />
          ))}
        </ul>
      )}
      {[
        { label: t('schema.items'), part: items },
        { label: t('schema.keys'), part: keys },
        { label: t('schema.otherKeys'), part: otherKeys },
      ].map(
        ({ label, part }) =>
          part && (
            <div key={label} className={styles.block}>
              <span className={styles.facts}>{label}</span>
              <div className={styles.nested}>
                <SchemaView schema={part} />
              </div>
            </div>
          ),
      )}
      {composition && (
        <div className={styles.block}>
          <span className={styles.facts}>{t(`schema.${composition.kind}`)}</span>
          <ul className={styles.list}>
            {composition.parts.map((part, index) => (
              <li key={index}>
                <SchemaView schema={part} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
