import type { Condition, Policy } from "../policies";

/**
 * The items of a list field that a rule's condition looks for (`has`, `hasAny`, through `all`, `any` and terms; not
 * under `not`, which looks for their absence), or null when it looks for none. A reason placeholder for that field
 * then shows only these items: F-1 fires on SPC or SPV, so its reason must not list ASB as well.
 */
export function itemsTestedBy(condition: Condition, field: string, policy: Policy): ReadonlySet<string> | null {
  const items = new Set<string>();
  const visit = (c: Condition, seenTerms: ReadonlySet<string>): void => {
    if ("all" in c) c.all.forEach((inner) => visit(inner, seenTerms));
    else if ("any" in c) c.any.forEach((inner) => visit(inner, seenTerms));
    else if ("term" in c) {
      const term = policy.data.terms[c.term];
      if (term && !seenTerms.has(c.term)) visit(term, new Set([...seenTerms, c.term]));
    } else if ("field" in c && c.field === field) {
      if ("has" in c) items.add(c.has);
      if ("hasAny" in c) c.hasAny.forEach((item) => items.add(item));
    }
  };
  visit(condition, new Set());
  return items.size > 0 ? items : null;
}
