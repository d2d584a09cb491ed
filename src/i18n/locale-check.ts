/**
 * What the locale tests check, for the app's strings and the admin console's: every key of the
 * reference (English) in the locale and no other, the same `{{parameters}}`, and exactly the plural
 * forms `Intl.PluralRules` gives the language. Returns the problems found, none when complete.
 */
export function localeProblems(reference: object, locale: object, tag: string): string[] {
  const wanted = flatten(reference);
  const got = flatten(locale);
  const forms = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as readonly string[];
  const problems: string[] = [];
  const expected = new Map<string, Set<string>>();
  for (const [key, text] of wanted) {
    const group = pluralGroup(key, wanted);
    if (!group) {
      expected.set(key, parameters(text));
      continue;
    }
    // A plural form may leave `count` out ("one more try"), never add a parameter English lacks.
    const allowed = new Set([...forms.flatMap((form) => [...parameters(wanted.get(`${group}_${form}`) ?? '')]), ...parameters(wanted.get(`${group}_other`)!), 'count']);
    for (const form of forms) expected.set(`${group}_${form}`, allowed);
  }
  for (const [key, allowed] of expected) {
    const text = got.get(key);
    if (text === undefined) {
      problems.push(`${tag}: missing ${key}`);
      continue;
    }
    if (text.trim() === '') problems.push(`${tag}: ${key} is empty`);
    const used = parameters(text);
    const plural = pluralGroup(key, expected) !== null;
    for (const name of used) if (!allowed.has(name)) problems.push(`${tag}: ${key} has {{${name}}}, which English does not`);
    if (!plural) for (const name of allowed) if (!used.has(name)) problems.push(`${tag}: ${key} lacks {{${name}}}`);
  }
  for (const key of got.keys()) if (!expected.has(key)) problems.push(`${tag}: ${key} is not a key of English${pluralGroup(key, got) ? ` (plural forms of ${tag}: ${forms.join(', ')})` : ''}`);
  return problems;
}

/** `{{name}}` and `{{name, format}}`: the names. */
function parameters(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!));
}

/** `x` when `key` is `x_<plural form>` and `x_other` is a key too (so `too_many` is no plural). */
function pluralGroup(key: string, keys: ReadonlyMap<string, unknown>): string | null {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match && keys.has(`${match[1]}_other`) ? match[1]! : null;
}

function flatten(tree: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else if (value && typeof value === 'object') flatten(value as object, `${prefix}${key}.`, into);
  }
  return into;
}
