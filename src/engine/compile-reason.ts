import { FieldValue, formatDay } from "../parsing";
import type { Condition } from "../policies";
import { markerOf, PolicyFacts, Predicate, Render } from "./run-state";
import { itemsTestedBy } from "./tested-items";

/**
 * Builds the compiler of reason templates (`{field}`, `{programme}`, `{minMonths}`, `{minimumDate}`). A list field's
 * placeholder shows only the items the rule's condition looks for (see tested-items), when it looks for any.
 */
export function createReasonCompiler(
  facts: PolicyFacts,
): (id: string, template: string, reconstructed: boolean | Predicate, when: Condition) => Render {
  const { policy } = facts;
  const renderPlaceholder = (id: string, name: string, when: Condition): Render => {
    if (name === "programme") return (s) => facts.programmeName(s.programme);
    if (name === "minMonths")
      return (s) => String(facts.minimumMonths(s.programme ?? "", String(facts.settingOf(s.values))));
    if (name === "minimumDate") return (s, c) => formatDay(facts.minimumDay(s.programme ?? "", s.values, c));
    if (!policy.fieldByName.has(name)) throw new RangeError(`rule ${id}: unknown placeholder {${name}}`);
    const tested = policy.fieldByName.get(name)?.kind === "list" ? itemsTestedBy(when, name, policy) : null;
    const marker = markerOf(name);
    // a number or date is shown per row (a marker, filled in per row); anything else is what the recorder reads
    if (tested === null)
      return (s, c) => (c.recorder?.marks(s.values, name) ? marker : facts.describe(name, s.values[name]));
    const shown = (value: FieldValue) =>
      facts.describe(name, Array.isArray(value) ? value.filter((item: string) => tested.has(item)) : value);
    return (s, c) => (c.recorder === undefined ? shown(s.values[name]) : c.recorder.test(s.values, name, shown));
  };

  const tag = ` ${policy.data.reconstructedTag}`;
  return (id, template, reconstructed, when) => {
    const parts = template.split(/\{(\w+)\}/);
    if (typeof reconstructed === "function") {
      const untagged = compileTemplate(id, parts, "", when);
      return (s, c) => (reconstructed(s, c) ? untagged(s, c) + tag : untagged(s, c));
    }
    return compileTemplate(id, parts, reconstructed ? tag : "", when);
  };

  function compileTemplate(id: string, parts: string[], suffix: string, when: Condition): Render {
    if (parts.length === 1) {
      const constant = `${id}: ${parts[0]}${suffix}`;
      return () => constant;
    }
    const renders = parts.map((part, index): Render =>
      index % 2 === 1 ? renderPlaceholder(id, part, when) : () => part,
    );
    return (s, c) => {
      let line = `${id}: `;
      for (const render of renders) line += render(s, c);
      return line + suffix;
    };
  }
}
