/**
 * Types for the Starlight virtual modules that components/overrides/Search.astro imports, as
 * Starlight's own Search.astro does. Starlight 0.42 does not publish declarations for them, so
 * without these `astro check` fails; the shapes are those its vite-virtual-modules.js exports.
 */
declare module 'virtual:starlight/project-context' {
  const project: {
    build: { format: 'file' | 'directory' | 'preserve' };
    root: string;
    srcDir: string;
    trailingSlash: 'always' | 'never' | 'ignore';
  };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  /** The `pagefind` option of the Starlight config (an object; `{}` when it is not set). */
  export const pagefindUserConfig: Record<string, unknown>;
}
