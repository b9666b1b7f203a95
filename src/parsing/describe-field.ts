import type { FieldDefinition, Policy, ScaleValue } from "../policies";
import { DATE_TEXT_EXAMPLES } from "./date-text";
import { listInWords } from "./field-parsers";

const YES_NO = "yes/no (Y, Yes, N, No, TRUE, FALSE, 1, 0)";

/** `Low: Low, L · Medium: Medium, Med, M`: each value of a scale with the spellings accepted for it. */
function scaleInWords(scale: readonly ScaleValue[]): string {
  return scale
    .map((v) => {
      const spellings = [...new Set([v.label, ...v.spellings])];
      return spellings.length === 1 ? v.label : `${v.label}: ${spellings.join(", ")}`;
    })
    .join(" · ");
}

/** What a blank cell means for the field, in words. */
function blankInWords(field: FieldDefinition, policy: Policy): string {
  if (field.name === policy.data.overrides?.field) return "no override";
  if (field.name === policy.data.overrides?.reasonField) return "none";
  if ("blankMeans" in field && field.blankMeans === "any") return "every value is tried";
  if (field.kind === "list") return "none";
  if (field.kind === "yesNo" && field.default !== undefined) return field.default ? "yes" : "no";
  if (field.kind === "choice" && field.default !== undefined) {
    return policy.scales.get(field.scale)?.find((v) => v.key === field.default)?.label ?? field.default;
  }
  return "unknown";
}

/** The values a field accepts, every spelling included, and what a blank means: for the policy documents. */
export function describeFieldValues(field: FieldDefinition, policy: Policy): string {
  const scale = "scale" in field ? (policy.scales.get(field.scale) ?? []) : [];
  const blank = ` (blank: ${blankInWords(field, policy)})`;
  switch (field.kind) {
    case "text":
      return `any text${blank}`;
    case "choice":
      return `${scaleInWords(scale)}${blank}`;
    case "scoreOrChoice": {
      const bands = [...field.scoreBands].sort((a, b) => a.from - b.from);
      const label = (key: string) => scale.find((v) => v.key === key)?.label ?? key;
      const ranges = bands.map((band, i) =>
        i + 1 < bands.length
          ? `${label(band.key)} ${band.from} to below ${bands[i + 1].from}`
          : `${label(band.key)} ${band.from} and above`,
      );
      const percent = field.percentScore ? "; `42%` is 42" : "";
      return `a score from ${field.min} to ${field.max} (${ranges.join("; ")}${percent}), or a band: ${scaleInWords(scale)}${blank}`;
    }
    case "number":
      return `${field.wholeNumber ? "a whole number" : "a number"} from ${field.min} to ${field.max}${blank}`;
    case "yesNo":
      return field.yesFromScore === undefined
        ? `${YES_NO}${blank}`
        : `${YES_NO}, or a score: ${field.yesFromScore} or more is yes${blank}`;
    case "list": {
      const columns = field.itemColumns ? "; or one yes/no column per item, headed by its code or name" : "";
      return `items separated by ; or , (or None): ${scaleInWords(scale)}${columns}${blank}`;
    }
    case "date":
      return `a date such as ${DATE_TEXT_EXAMPLES}, or an Excel date serial number; two-digit years are not accepted${blank}`;
    case "derived": {
      const labels = field.highestOf.map((name) => policy.fieldByName.get(name)?.label ?? name);
      return `the highest of ${listInWords(labels, "and")}: ${scaleInWords(scale)}`;
    }
  }
}
