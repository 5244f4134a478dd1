// Vite's import.meta.glob, and the loader's build-time module (scripts/loader-data.mjs).
/// <reference types="vite/client" />

declare module 'virtual:pearl-loader-index' {
  /** The data index's path relative to the loader: `data/index-<hash>.json`. */
  const path: string;
  export default path;
}
