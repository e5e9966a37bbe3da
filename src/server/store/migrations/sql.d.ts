/** `.sql` files are inlined as text by the build (rollup.config.mjs, `sqlText`). */
declare module '*.sql' {
  const text: string;
  export default text;
}
