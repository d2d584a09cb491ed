import { endpoints, type EndpointDefinition, type ProblemCode } from '@/api';
import {
  buildOpenApiDocument,
  contractTags,
  problemStatus,
  tagOf,
  type ContractTag,
} from './openapi-document';

/**
 * docs/api.md, the contract reference, is prose written by hand with one table per section
 * generated from the endpoint table between `<!-- generated:endpoints <Tag> -->` and
 * `<!-- /generated -->`. This module renders those tables and reads the calls and codes the
 * document names, for `npm run api:doc` and for the tests that hold the document to the code.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: string): Json {
  return isRecord(value) && isRecord(value[key]) ? value[key] : {};
}

const document = buildOpenApiDocument();
const components: Json = child(document.components, 'schemas');

/** The component a `$ref` names, e.g. `#/components/schemas/UserInput` → `User`. */
function refName(ref: string): string {
  return (ref.split('/').pop() ?? ref).replace(/Input$/, '');
}

function resolve(node: Json): Json {
  return typeof node.$ref === 'string' ? child(components, node.$ref.split('/').pop() ?? '') : node;
}

function propertiesOf(node: Json): Json {
  return child(resolve(node), 'properties');
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** A field's value worth spelling out: a nested object, a list of objects, a short enum, a constant. */
function isShown(node: Json): boolean {
  const target = resolve(node);
  if ('const' in target) return true;
  if (Array.isArray(target.enum)) return target.enum.length <= 4;
  if (Array.isArray(target.anyOf) || Array.isArray(target.oneOf)) return true;
  if (target.type === 'array') return isShown(child(target, 'items'));
  return Object.keys(propertiesOf(target)).length > 0;
}

/** Named objects (User, Policy…) with more fields than this, or longer to write out, are named instead. */
const largestSpelledOut = 6;
const longestSpelledOut = 90;

/**
 * The shape of a JSON schema as docs/api.md writes it: `{flowId, step: "verify"|"done", methods:
 * [{methodId, kind}]}`, optional fields marked `?`, large named objects by their name.
 */
export function shapeOf(node: Json, depth = 0): string {
  if (typeof node.$ref === 'string') {
    const target = resolve(node);
    const size = Object.keys(propertiesOf(target)).length;
    if (size > largestSpelledOut || (depth >= 2 && size > 0)) return refName(node.$ref);
    const spelledOut = shapeOf(target, depth);
    return spelledOut.length > longestSpelledOut ? refName(node.$ref) : spelledOut;
  }
  if ('const' in node) return literal(node.const);
  if (Array.isArray(node.enum)) return node.enum.length <= 4 ? node.enum.map(literal).join('|') : 'string';
  const options = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : null;
  if (options) {
    const parts = options.filter(isRecord);
    const nullable = parts.some((part) => part.type === 'null');
    const rest = parts.filter((part) => part.type !== 'null').map((part) => shapeOf(part, depth));
    const allLiterals = rest.every((part) => part.startsWith('"'));
    return [...rest, ...(nullable ? ['null'] : [])].join(allLiterals ? '|' : ' or ');
  }
  if (node.type === 'array') return `[${shapeOf(child(node, 'items'), depth)}]`;
  const properties = propertiesOf(node);
  if (Object.keys(properties).length === 0) {
    if (node.type === 'object') return '{}';
    return typeof node.type === 'string' ? node.type : 'any';
  }
  if (depth >= 2) return '{…}';
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  const fields = Object.entries(properties).map(([name, value]) => {
    const field = `${name}${required.has(name) ? '' : '?'}`;
    return isRecord(value) && isShown(value) ? `${field}: ${shapeOf(value, depth + 1)}` : field;
  });
  return `{${fields.join(', ')}}`;
}

function operationOf(endpoint: EndpointDefinition): Json {
  return child(child(document.paths, endpoint.path), endpoint.method.toLowerCase());
}

function queryOf(operation: Json): string {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters.filter(isRecord) : [];
  const names = parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => String(parameter.name));
  return names.length > 0 ? `?${names.join('&')}` : '';
}

/** A markdown code span inside a table cell: a `|` would end the cell. */
const code = (text: string) => `\`${text.replaceAll('|', '\\|')}\``;

function bodyOf(endpoint: EndpointDefinition, operation: Json): string {
  if (endpoint.body === 'csv') return '`text/csv`';
  const schema = child(child(child(operation.requestBody, 'content'), 'application/json'), 'schema');
  if (Object.keys(schema).length === 0) return '';
  const shape = shapeOf(schema);
  return shape === '{}' ? '' : code(shape);
}

function answerOf(endpoint: EndpointDefinition, operation: Json): string {
  const success = child(child(operation.responses, String(endpoint.status)), 'content');
  const schema = child(child(success, 'application/json'), 'schema');
  const shape = Object.keys(schema).length > 0 ? ` ${code(shapeOf(schema))}` : '';
  const csv = endpoint.csv ? '; CSV with `Accept: text/csv`' : '';
  return `${endpoint.status}${shape}${csv}`;
}

const isProblemCode = (value: string): value is ProblemCode => value in problemStatus;

function problemsOf(endpoint: EndpointDefinition): string {
  const byStatus = new Map<number, string[]>();
  for (const problem of endpoint.errors) {
    if (!isProblemCode(problem))
      throw new Error(`${endpoint.method} ${endpoint.path}: "${problem}" is no problem code`);
    const status = problemStatus[problem];
    byStatus.set(status, [...(byStatus.get(status) ?? []), problem]);
  }
  return [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, codes]) => `${status} ${codes.map((name) => `\`${name}\``).join(', ')}`)
    .join('; ');
}

const authText: Record<EndpointDefinition['auth'], string> = {
  public: 'anyone',
  user: 'signed in',
  admin: 'admin',
  dev: 'mock only',
};

/** The generated table of one section of docs/api.md. */
export function endpointTable(tag: ContractTag): string {
  const rows = Object.values(endpoints)
    .filter((endpoint: EndpointDefinition) => tagOf(endpoint.path) === tag)
    .map((endpoint: EndpointDefinition) => {
      const operation = operationOf(endpoint);
      const call = code(`${endpoint.method} ${endpoint.path}${queryOf(operation)}`);
      const cells = [
        call,
        authText[endpoint.auth],
        endpoint.summary,
        bodyOf(endpoint, operation),
        answerOf(endpoint, operation),
        problemsOf(endpoint),
      ];
      return `| ${cells.join(' | ')} |`;
    });
  return ['| call | who | what | body | answer | problems |', '|---|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

const generatedBlock = /<!-- generated:endpoints ([^>]+?) -->\n[\s\S]*?<!-- \/generated -->/g;

/**
 * docs/api.md with every generated block rewritten from the endpoint table. Throws on a block
 * of an unknown section and on a section without a block, so no endpoint goes unlisted.
 */
export function regenerate(text: string): string {
  const seen = new Set<string>();
  const result = text.replace(generatedBlock, (_block, rawTag: string) => {
    const tag = contractTags.find((known) => known === rawTag);
    if (!tag)
      throw new Error(`docs/api.md: no section "${rawTag}"; the sections are ${contractTags.join(', ')}`);
    seen.add(tag);
    return `<!-- generated:endpoints ${tag} -->\n${endpointTable(tag)}\n<!-- /generated -->`;
  });
  const missing = contractTags.filter((tag) => !seen.has(tag));
  if (missing.length > 0) throw new Error(`docs/api.md has no generated table for ${missing.join(', ')}`);
  return result;
}

export interface DocumentedCall {
  method: string;
  /** With `{name}` parameters, without the query. */
  path: string;
}

const callPattern = /`((?:GET|POST|PUT|PATCH|DELETE) \/[^`\s]*)`/g;

/**
 * Every call a piece of docs/api.md names in a code span, e.g. `GET /reset/{flowId}`;
 * `{email|mobilePhone|app}` names one call per alternative.
 */
export function callsIn(text: string): DocumentedCall[] {
  const calls = new Map<string, DocumentedCall>();
  for (const match of text.matchAll(callPattern)) {
    const [method = '', rawPath = ''] = match[1]!.replaceAll('\\|', '|').split(' ');
    const path = rawPath.split('?')[0]!;
    const alternatives = /\{([a-zA-Z]+(?:\|[a-zA-Z]+)+)\}/.exec(path);
    const paths = alternatives
      ? alternatives[1]!.split('|').map((kind) => path.replace(alternatives[0], kind))
      : [path];
    for (const concrete of paths) calls.set(`${method} ${concrete}`, { method, path: concrete });
  }
  return [...calls.values()];
}

/** The rows of the first markdown table in a piece of docs/api.md, as cells (header and rule left out). */
export function tableRows(text: string): string[][] {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  if (first < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** The words of a cell in code spans: `not_found`, `conflict`. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

/** A `## Heading` section of docs/api.md, up to the next one. */
export function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/api.md has no section "${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The heading of the list of what the contract promises and the mock does not do yet. */
export const notImplementedHeading = 'Documented, not implemented';
