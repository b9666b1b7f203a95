import { formatDay } from "../parsing";
import { PolicyFacts, Predicate, Render } from "./run-state";

/** Builds the compiler of reason templates (`{field}`, `{programme}`, `{minMonths}`, `{minimumDate}`). */
export function createReasonCompiler(
  facts: PolicyFacts,
): (id: string, template: string, reconstructed: boolean | Predicate) => Render {
  const { policy } = facts;
  const renderPlaceholder = (id: string, name: string): Render => {
    if (name === "programme") return (s) => facts.programmeName(s.programme);
    if (name === "minMonths")
      return (s) => String(facts.minimumMonths(s.programme ?? "", String(facts.settingOf(s.values))));
    if (name === "minimumDate") return (s, c) => formatDay(facts.minimumDay(s.programme ?? "", s.values, c));
    if (!policy.fieldByName.has(name)) throw new RangeError(`rule ${id}: unknown placeholder {${name}}`);
    return (s) => facts.describe(name, s.values[name]);
  };

  const tag = ` ${policy.data.reconstructedTag}`;
  return (id, template, reconstructed) => {
    const parts = template.split(/\{(\w+)\}/);
    if (typeof reconstructed === "function") {
      const untagged = compileTemplate(id, parts, "");
      return (s, c) => (reconstructed(s, c) ? untagged(s, c) + tag : untagged(s, c));
    }
    return compileTemplate(id, parts, reconstructed ? tag : "");
  };

  function compileTemplate(id: string, parts: string[], suffix: string): Render {
    if (parts.length === 1) {
      const constant = `${id}: ${parts[0]}${suffix}`;
      return () => constant;
    }
    const renders = parts.map((part, index): Render => (index % 2 === 1 ? renderPlaceholder(id, part) : () => part));
    return (s, c) => {
      let line = `${id}: `;
      for (const render of renders) line += render(s, c);
      return line + suffix;
    };
  }
}
