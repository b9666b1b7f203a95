import type { DocSection, DocTable, PolicyDocument } from "./policy-document";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

function markdownTable(table: DocTable): string[] {
  return [
    `| ${table.headers.map(cell).join(" | ")} |`,
    `|${table.headers.map(() => "---").join("|")}|`,
    ...table.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}

function markdownSection(section: DocSection, level: number): string[] {
  const lines = [`${"#".repeat(level)} ${section.heading}`, ""];
  for (const paragraph of section.text) lines.push(paragraph, "");
  if (section.table) lines.push(...markdownTable(section.table), "");
  for (const sub of section.subsections ?? []) lines.push(...markdownSection(sub, level + 1));
  return lines;
}

/** The document as Markdown (docs/policies/<id>.md). */
export function renderMarkdown(document: PolicyDocument): string {
  const lines = [`# ${document.title}`, ""];
  for (const paragraph of document.text) lines.push(paragraph, "");
  for (const section of document.sections) lines.push(...markdownSection(section, 2));
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A table as text a terminal shows: each row's first cell, then its other cells as `header: value` lines. */
function textTable(table: DocTable): string[] {
  const width = Math.max(...table.headers.slice(1).map((h) => h.length));
  return table.rows.flatMap((row) => [
    row[0],
    ...row.slice(1).map((value, i) => `    ${`${table.headers[i + 1]}:`.padEnd(width + 1)} ${value}`),
  ]);
}

function textSection(section: DocSection, level: number): string[] {
  const underline = level === 1 ? "=" : "-";
  const lines = [section.heading, underline.repeat(section.heading.length)];
  for (const paragraph of section.text) lines.push(paragraph);
  if (section.table) lines.push("", ...textTable(section.table));
  lines.push("");
  for (const sub of section.subsections ?? []) lines.push(...textSection(sub, level + 1));
  return lines;
}

/** The document as plain text for a terminal. */
export function renderText(document: PolicyDocument): string {
  const lines = [document.title, ""];
  for (const section of document.sections) lines.push(...textSection(section, 1));
  return `${lines.join("\n").trimEnd()}\n`;
}
