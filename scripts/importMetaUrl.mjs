// Injected into the CommonJS bundles by scripts/build.mjs, which has `import.meta.url` read
// this: the analysis pool finds its worker script next to the bundle's own file.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
