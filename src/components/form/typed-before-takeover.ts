/**
 * What the person typed into a prerendered page's fields before the app took the page over
 * (ADR 0014). Taking over sets each field to its form's value (empty), so on a slow connection a
 * user ID and password typed meanwhile were lost and the form said "This is required". `start.tsx`
 * notes the text just before it takes the page over; each text field of the kit takes its own
 * back, once, when it mounts. Kept in memory only, never written anywhere.
 */
const typed = new Map<string, string>();

const notText = /^(checkbox|radio|file|hidden|submit|button|reset|image)$/;

/** Notes the text fields under `root` that hold something else than the page was sent with, by name. */
export function rememberTypedFields(root: ParentNode): void {
  typed.clear();
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
    if (notText.test(field.type)) continue;
    if (field.value !== field.defaultValue) typed.set(field.name, field.value);
  }
}

/** The text typed into the field named `name` before the takeover, once; undefined when none. */
export function takeTypedField(name: string): string | undefined {
  const value = typed.get(name);
  typed.delete(name);
  return value;
}
