// Libraries that only some files need, loaded on their first use rather than when the
// function starts: marked (Markdown), yaml (front matter) and fflate (gzip, zip, DOCX,
// PDF streams) spend ~25 ms of CPU building their tables at load (bench/README.md).
// CommonJS on purpose: a `require` inside a function runs on the first call; an ESM
// `import` would run at load, and `import()` is asynchronous while the readers are not.
//
// From source (tests, tsx, the CLI) each call resolves the package. In the function's
// bundle they are not inside it: the build defines LAZY_LIBRARIES_BESIDE_BUNDLE
// (PIPELINE_BUNDLING in infra/constructs/pipeline-function.ts), so esbuild drops the
// package branch, and each library is a pre-bundled file beside `index.mjs`
// (infra/constructs/lazy-library-files.ts writes them): Node compiles it on first use,
// not with the bundle at init.

/** The file each library is pre-bundled to, beside the function's bundle. */
const FILES_BESIDE_BUNDLE = { marked: 'marked.cjs', yaml: 'yaml.cjs', fflate: 'fflate.cjs' };
exports.FILES_BESIDE_BUNDLE = FILES_BESIDE_BUNDLE;

// The specifier is a variable, so esbuild leaves this call to the bundle's own `require`
// (`createRequire(import.meta.url)`, the construct's banner): resolved beside the bundle.
const requireBesideBundle = (library) => {
  const specifier = `./${FILES_BESIDE_BUNDLE[library]}`;
  return require(specifier);
};

// `typeof` of an undefined name is safe from source; the test stays inline in each
// function so that esbuild sees a constant and never bundles the other branch.
exports.requireMarked = () =>
  typeof LAZY_LIBRARIES_BESIDE_BUNDLE === 'boolean'
    ? requireBesideBundle('marked')
    : require('marked');
exports.requireYaml = () =>
  typeof LAZY_LIBRARIES_BESIDE_BUNDLE === 'boolean' ? requireBesideBundle('yaml') : require('yaml');
exports.requireFflate = () =>
  typeof LAZY_LIBRARIES_BESIDE_BUNDLE === 'boolean'
    ? requireBesideBundle('fflate')
    : require('fflate');
