/**
 * The module specifiers a TypeScript or JavaScript source imports: static
 * `import ... from`, `export ... from`, side-effect `import '...'` and dynamic
 * `import('...')`, type-only ones included (a cycle over types is still a cycle).
 *
 * A small tokenizer rather than a regular expression over lines, so an import written
 * inside a string, a template literal, a comment or a regex literal is not taken for one.
 */

interface Token {
  readonly kind: 'word' | 'string' | 'punct' | 'template' | 'regex';
  readonly text: string;
}

export function importSpecifiers(source: string): string[] {
  const tokens = tokenize(source);
  const specifiers: string[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || tokens[index - 1]?.text === '.') return;
    const next = tokens[index + 1];
    if (token.text === 'from' || token.text === 'import') {
      // `from '...'` only ends an import or export clause; `import '...'` is a side effect.
      if (next?.kind === 'string') specifiers.push(next.text);
    }
    if (token.text === 'import' && next?.text === '(') {
      const argument = tokens[index + 2];
      if (argument?.kind === 'string') specifiers.push(argument.text);
    }
  });
  return specifiers;
}

/** After these words a `/` starts a regex literal, not a division. */
const WORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // For each open `${`: the brace depth at which its `}` hands back to the template.
  const templateResumeDepths: number[] = [];
  let braceDepth = 0;
  let i = 0;
  const resumeTemplate = (from: number): void => {
    const { end, interpolates } = templateRun(source, from);
    tokens.push({ kind: 'template', text: '' });
    if (interpolates) templateResumeDepths.push(braceDepth);
    i = end;
  };
  while (i < source.length) {
    const char = source.charAt(i);
    const after = source.charAt(i + 1);
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '/' && after === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (char === '/' && after === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (char === "'" || char === '"') {
      const end = quotedEnd(source, i);
      tokens.push({ kind: 'string', text: source.slice(i + 1, end - 1) });
      i = end;
    } else if (char === '`') {
      resumeTemplate(i + 1);
    } else if (char === '}' && templateResumeDepths.at(-1) === braceDepth) {
      templateResumeDepths.pop();
      resumeTemplate(i + 1);
    } else if (char === '/' && startsExpression(tokens.at(-1))) {
      i = regexEnd(source, i);
      tokens.push({ kind: 'regex', text: '' });
    } else if (/[\w$]/.test(char)) {
      const word = /^[\w$]+/.exec(source.slice(i, i + 256))?.[0] ?? char;
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    } else {
      if (char === '{') braceDepth += 1;
      if (char === '}') braceDepth -= 1;
      tokens.push({ kind: 'punct', text: char });
      i += 1;
    }
  }
  return tokens;
}

/** Whether a `/` after this token begins a regex literal (else it divides). */
function startsExpression(previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  if (previous.kind === 'punct') return !')]}'.includes(previous.text);
  return previous.kind === 'word' && WORDS_BEFORE_EXPRESSION.has(previous.text);
}

/** Index just past the closing quote of the string opening at `start`. */
function quotedEnd(source: string, start: number): number {
  const quote = source.charAt(start);
  let i = start + 1;
  while (i < source.length && source.charAt(i) !== quote && source.charAt(i) !== '\n') {
    i += source.charAt(i) === '\\' ? 2 : 1;
  }
  return i + 1;
}

/** Scans template text from `start` to its closing backtick or to a `${`. */
function templateRun(source: string, start: number): { end: number; interpolates: boolean } {
  let i = start;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === '\\') i += 2;
    else if (char === '`') return { end: i + 1, interpolates: false };
    else if (char === '$' && source.charAt(i + 1) === '{')
      return { end: i + 2, interpolates: true };
    else i += 1;
  }
  return { end: i, interpolates: false };
}

/** Index just past a regex literal's flags; a `/` inside `[...]` does not close it. */
function regexEnd(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length && source.charAt(i) !== '\n') {
    const char = source.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) break;
    i += 1;
  }
  i += 1;
  while (/[a-z]/i.test(source.charAt(i))) i += 1;
  return i;
}
