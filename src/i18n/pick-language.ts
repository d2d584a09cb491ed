/**
 * Which language the portal opens in. Pure and self-contained (it reads nothing outside its
 * arguments), so the build can inline its source in `index.html` to preload the start language's
 * chunk beside the app, and an early script can make the same choice before anything renders.
 *
 * In order: a `?lang=` link, the person's remembered choice, the browser's languages
 * (`navigator.languages`), the organisation's default; null when none of them is supported
 * (the caller then uses English). Each tag is matched by
 * `matchLanguage`: exact (any case), else by its language subtag (`de-AT` → `de`, `pt-PT` →
 * `pt-BR`), with Chinese split by script (`zh-CN`, `zh-SG`, `zh-Hans-*` → `zh-Hans`; `zh-TW`,
 * `zh-HK`, `zh-Hant-*` find no Simplified match).
 */
export function pickLanguage(
  wanted: { query?: string | null; stored?: string | null; browser?: readonly string[]; organisation?: string | null },
  supported: readonly string[],
): string | null {
  const match = (tag: string | null | undefined): string | null => {
    if (!tag) return null;
    const lower = tag.toLowerCase();
    const exact = supported.find((candidate) => candidate.toLowerCase() === lower);
    if (exact) return exact;
    const [primary] = lower.split('-');
    if (primary === 'zh' && /^zh-(hant|tw|hk|mo)\b/.test(lower)) return null;
    return supported.find((candidate) => candidate.toLowerCase().split('-')[0] === primary) ?? null;
  };
  const candidates = [wanted.query, wanted.stored, ...(wanted.browser ?? []), wanted.organisation];
  for (const candidate of candidates) {
    const found = match(candidate);
    if (found) return found;
  }
  return null;
}
