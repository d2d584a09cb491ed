import type { PolicyMethod, ResetMethodKind, SecurityMethodKind } from '@/api';

/** A flow method before it gets its id. */
export interface FlowMethodSpec {
  kind: ResetMethodKind;
  masked: string;
  needsFullPhone: boolean;
  /** Kinds sharing a group are one method: passing one marks both used. */
  group: SecurityMethodKind;
}

export const codeLengths = {
  email: 8,
  mobileText: 6,
  mobileCall: 6,
  officeCall: 6,
  appCode: 6,
} as const satisfies Partial<Record<ResetMethodKind, number>>;

export type CodeKind = keyof typeof codeLengths;

export function isCodeKind(kind: ResetMethodKind): kind is CodeKind {
  return kind in codeLengths;
}

export function isPhoneKind(kind: ResetMethodKind): kind is 'mobileText' | 'mobileCall' | 'officeCall' {
  return kind === 'mobileText' || kind === 'mobileCall' || kind === 'officeCall';
}

/**
 * The reset kinds of the person's usable methods, in a fixed order: a mobile phone is texted or
 * called, the app gives a code or a push (a push only when the policy allows it).
 */
export function flowMethodsFor(
  groups: readonly SecurityMethodKind[],
  allowed: readonly PolicyMethod[],
  masks: { email?: string; mobilePhone?: string; officePhone?: string },
): FlowMethodSpec[] {
  const methods: FlowMethodSpec[] = [];
  for (const group of groups) {
    switch (group) {
      case 'email':
        methods.push({ kind: 'email', masked: masks.email ?? '', needsFullPhone: false, group });
        break;
      case 'mobilePhone':
        methods.push({ kind: 'mobileText', masked: masks.mobilePhone ?? '', needsFullPhone: true, group });
        methods.push({ kind: 'mobileCall', masked: masks.mobilePhone ?? '', needsFullPhone: true, group });
        break;
      case 'officePhone':
        methods.push({ kind: 'officeCall', masked: masks.officePhone ?? '', needsFullPhone: true, group });
        break;
      case 'app':
        if (allowed.includes('appCode')) methods.push({ kind: 'appCode', masked: '', needsFullPhone: false, group });
        if (allowed.includes('appNotification')) methods.push({ kind: 'appNotification', masked: '', needsFullPhone: false, group });
        break;
      case 'questions':
        methods.push({ kind: 'questions', masked: '', needsFullPhone: false, group });
        break;
    }
  }
  return methods;
}
