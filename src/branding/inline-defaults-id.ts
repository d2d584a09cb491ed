/**
 * The id of the `<script type="application/json">` in `index.html` that holds the build's
 * `public/branding.json`: written by a Vite plugin at build time (vite.config.ts), read by
 * `inlineDefaults()`. Its own module, so the build config imports nothing else of the app.
 */
export const inlineDefaultsId = 'branding-defaults';
