// Libraries that only some files need, loaded on their first use rather than when the
// function starts: marked (Markdown), yaml (front matter) and fflate (gzip, zip, DOCX,
// PDF streams) spend ~25 ms of CPU building their tables at load (bench/README.md).
// CommonJS on purpose: esbuild turns these `require` calls into lazy initialisers in the
// ESM bundle, and from source Node resolves them; an ESM `import` would run at load, and
// `import()` is asynchronous while the readers are not.
exports.requireMarked = () => require('marked');
exports.requireYaml = () => require('yaml');
exports.requireFflate = () => require('fflate');
