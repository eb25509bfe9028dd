/** The file each lazy library is pre-bundled to, beside the function's bundle. */
export declare const FILES_BESIDE_BUNDLE: {
  readonly marked: string;
  readonly yaml: string;
  readonly fflate: string;
};
/** marked, loaded on the first Markdown file. */
export declare const requireMarked: () => typeof import('marked');
/** yaml, loaded on the first front matter. */
export declare const requireYaml: () => typeof import('yaml');
/** fflate, loaded on the first compressed stream. */
export declare const requireFflate: () => typeof import('fflate');
