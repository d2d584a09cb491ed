/**
 * The seeded personas (mocks/store/seed.ts), by user ID. Features never import mocks, so the
 * persona switcher keeps this short list of IDs; the backend answers for any user ID.
 */
export const demoPersonas = [
  { userId: 'adele@contoso.com', name: 'Adele Vance', role: 'happy path' },
  { userId: 'nestor@contoso.com', name: 'Nestor Wilke', role: 'not registered' },
  { userId: 'alex@contoso.com', name: 'Alex Wilber', role: 'reconfirm due' },
  { userId: 'lynne@contoso.com', name: 'Lynne Robbins', role: 'on-premises, locked out' },
  { userId: 'grady@contoso.com', name: 'Grady Archie', role: 'on-premises, wrong licence' },
  { userId: 'pradeep@contoso.com', name: 'Pradeep Gupta', role: 'unlicensed' },
  { userId: 'diego@contoso.com', name: 'Diego Siciliani', role: 'outside the pilot' },
  { userId: 'isaiah@contoso.com', name: 'Isaiah Langer', role: 'questions, office phone' },
  { userId: 'johanna@contoso.com', name: 'Johanna Lorenz', role: 'pre-filled mobile' },
  { userId: 'lee@contoso.com', name: 'Lee Gu', role: 'e-mail, phone, app' },
  { userId: 'irvin@contoso.com', name: 'Irvin Sayers', role: 'nested group' },
  { userId: 'joni@contoso.com', name: 'Joni Sherman', role: 'federated' },
  { userId: 'miriam@contoso.com', name: 'Miriam Graham', role: 'malformed contact data' },
  { userId: 'megan@contoso.com', name: 'Megan Bowen', role: 'admin, one method' },
  { userId: 'admin@contoso.com', name: 'MOD Administrator', role: 'global admin' },
] as const;
