import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PasswordRules } from '@/api';
import { api } from '@/api/api-client';

export const passwordRuleKeys = {
  all: ['password-rules'] as const,
  rules: () => [...passwordRuleKeys.all, 'rules'] as const,
  /** By a number standing for the typed password (see usePasswordCheck), never the password itself. */
  check: (passwordId: number, flowId: string | undefined) => [...passwordRuleKeys.all, 'check', flowId ?? 'me', passwordId] as const,
};

export const passwordRulesQuery = () =>
  queryOptions({
    queryKey: passwordRuleKeys.rules(),
    queryFn: ({ signal }) => api.call('getPasswordRules', { signal }),
    staleTime: 10 * 60_000,
  });

const passwordCheckQuery = (password: string, passwordId: number, flowId: string | undefined) =>
  queryOptions({
    queryKey: passwordRuleKeys.check(passwordId, flowId),
    queryFn: ({ signal }) => api.call('checkPassword', { body: flowId ? { password, flowId } : { password }, signal }),
    staleTime: 60_000,
    // The query function holds the password: once no form shows the verdict, the query goes.
    gcTime: 0,
  });

let lastPasswordId = 0;

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** The server's verdict (banned terms, score), asked only once typing pauses. */
export function usePasswordCheck(password: string, flowId: string | undefined) {
  const debounced = useDebounced(password, 300);
  // A plaintext password never sits in a query key or the cache: each one typed here gets a
  // number, unique in the page, and only this form's state maps the one to the other.
  const [passwordIds] = useState(() => new Map<string, number>());
  const passwordId = passwordIds.get(debounced) ?? ++lastPasswordId;
  passwordIds.set(debounced, passwordId);
  const query = useQuery({
    ...passwordCheckQuery(debounced, passwordId, flowId),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    // A failed live check is not worth an error page: the submit answers with the same rules.
    throwOnError: false,
  });
  return { ...query, settled: debounced === password && !query.isFetching };
}

export type ClassName = 'lower' | 'upper' | 'digit' | 'symbol';

/** The rules the browser can check itself, from GET /password-rules. */
export function localChecks(rules: PasswordRules, password: string) {
  const classes = new Set<ClassName>();
  const invalid: string[] = [];
  for (const character of password) {
    if (/[a-z]/.test(character)) classes.add('lower');
    else if (/[A-Z]/.test(character)) classes.add('upper');
    else if (/[0-9]/.test(character)) classes.add('digit');
    else if (character === ' ' || rules.allowedSymbols.includes(character)) classes.add('symbol');
    else if (!invalid.includes(character)) invalid.push(character);
  }
  const length = [...password].length;
  return {
    length: length >= rules.minLength && length <= rules.maxLength,
    classes: classes.size >= rules.minClasses,
    classCount: classes.size,
    characters: invalid.length === 0,
    invalid,
  };
}
