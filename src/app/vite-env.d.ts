/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set for a build against a real API (e.g. `/api/v1`); unset means demo mode. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
