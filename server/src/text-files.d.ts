/** Migrations (`.sql`) and the hosted pages' style sheet and icon are inlined as text by the build (rollup.config.mjs, `textFiles`). */
declare module '*.sql' {
  const text: string;
  export default text;
}
declare module '*.css' {
  const text: string;
  export default text;
}
declare module '*.svg' {
  const text: string;
  export default text;
}
