// String-level helpers for the few SpreadsheetML elements the in-place writer reads or edits.

const patterns = new Map<string, RegExp>();

/** ` name="…"` as a pattern, made once per name (the writer asks for a few names millions of times). */
function attributePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}="([^"]*)"`);
    patterns.set(name, pattern);
  }
  return pattern;
}

export function attributeOf(tag: string, name: string): string | undefined {
  return attributePattern(name).exec(tag)?.[1];
}

/** The tag with the attribute set (added before the closing `>` or `/>` when missing), or removed for undefined. */
export function withAttribute(tag: string, name: string, value: string | number | undefined): string {
  const pattern = attributePattern(name);
  if (value === undefined) return tag.replace(pattern, "");
  const attribute = ` ${name}="${value}"`;
  if (pattern.test(tag)) return tag.replace(pattern, attribute);
  return tag.replace(/\s*(\/?)>$/, `${attribute}$1>`);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(parseInt(code.slice(code[1] === "x" ? 2 : 1), code[1] === "x" ? 16 : 10));
    return ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[code];
  });
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides left out. */
export function stringItemText(xml: string): string {
  const runs = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").match(/<t(?:\s[^>]*)?>[\s\S]*?<\/t>|<t(?:\s[^>]*)?\/>/g);
  return (runs ?? []).map((run) => unescapeText(run.replace(/^<t[^>]*>|<\/t>$|^<t[^>]*\/>$/g, ""))).join("");
}

/** 1 → A, 27 → AA. */
export function columnLetters(columnNumber: number): string {
  let letters = "";
  for (let n = columnNumber; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A → 1, AA → 27 (the letters of a cell reference such as `AA12`). */
export function columnNumberOf(reference: string): number {
  let n = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/**
 * Replaces the element `name` in a part (an empty element or one with children), or inserts it before the first of
 * `before` (the elements after it in the schema's order), or before `fallback`.
 */
export function putElement(xml: string, name: string, element: string, before: readonly string[], fallback: string) {
  const existing = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(xml);
  if (existing) return xml.slice(0, existing.index) + element + xml.slice(existing.index + existing[0].length);
  for (const tag of before) {
    const at = xml.search(new RegExp(`<${tag}[\\s>/]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const at = xml.lastIndexOf(fallback);
  return at < 0 ? xml + element : xml.slice(0, at) + element + xml.slice(at);
}
