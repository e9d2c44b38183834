/** The pages of docs/checks by check id, embedded by esbuild.mjs at build time. */
declare module 'virtual:check-docs' {
    const pages: Record<string, string>;
    export default pages;
}
