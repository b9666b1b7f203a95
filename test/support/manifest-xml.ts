import { DOMParser, Element } from "@xmldom/xmldom";

/** The manifest as a DOM, with small helpers for offline checks (no schema files ship with any package). */
export interface ManifestDocument {
  root: Element;
  /** Every element below the root, in document order. */
  elements: Element[];
  /** Every element with this local name, in document order. */
  all(localName: string): Element[];
  /** The resource value (DefaultValue) of a resid, or undefined when no resource has that id. */
  resource(id: string): string | undefined;
}

export function parseManifest(xml: string): ManifestDocument {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  if (errors.length > 0 || !document.documentElement)
    throw new Error(`manifest.xml is not well-formed: ${errors.join("; ")}`);
  const root = document.documentElement;
  const elements = descendants(root);
  const all = (localName: string) => elements.filter((element) => element.localName === localName);
  const resources = all("Resources")[0];
  const values = new Map<string, string>();
  for (const element of resources ? descendants(resources) : []) {
    const id = element.getAttribute("id");
    if (id) values.set(id, element.getAttribute("DefaultValue") ?? "");
  }
  return { root, elements, all, resource: (id) => values.get(id) };
}

export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as Element);
  }
  return children;
}

function descendants(element: Element): Element[] {
  return childElements(element).flatMap((child) => [child, ...descendants(child)]);
}

/** The child names that break the schema's sequence (names not in it, or out of order), as readable text. */
export function findOrderProblems(element: Element, sequence: readonly string[]): string[] {
  const problems: string[] = [];
  let position = 0;
  for (const child of childElements(element)) {
    const index = sequence.indexOf(child.localName ?? "");
    if (index < 0) problems.push(`<${child.localName}> is not a child of <${element.localName}>`);
    else if (index < position) problems.push(`<${child.localName}> comes after <${sequence[position]}>`);
    else position = index;
  }
  return problems;
}
