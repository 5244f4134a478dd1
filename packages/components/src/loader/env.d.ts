// Vite's import.meta.glob, and the loader's build-time module (scripts/loader-data.mjs).
/// <reference types="vite/client" />

declare module 'virtual:pearl-loader-data' {
  /** The data folder relative to the loader: `data/<hash>/`. */
  const path: string;
  export default path;
}
