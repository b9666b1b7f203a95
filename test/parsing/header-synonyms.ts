/** The accepted headers of each field, copied from the spec's section 1 (not from the policy file, on purpose). */
export const SPEC_HEADERS: Record<string, string[]> = {
  id: ["ID", "Prison number", "NOMS number", "CRN", "Ref"],
  sex: ["Sex", "Gender"],
  age: ["Age"],
  offence: ["Offence", "Offence type", "Offence category"],
  rm2000s: ["RM2000/s", "RM2000 S", "Risk Matrix 2000/S", "RM2000 sexual"],
  ogrs3: ["OGRS3", "OGRS 3", "OGRS3 2yr %"],
  iq: ["IQ", "Full scale IQ"],
  ld: ["Learning disability", "LD", "Intellectual disability", "Adaptive functioning deficit"],
  denial: ["Maintains innocence", "Denial", "Denies"],
  willing: ["Willing", "Willing to engage", "Motivated"],
  appeal: ["Active appeal", "Appeal against conviction"],
  needs: ["Needs", "Treatment needs"],
  completed: ["Completed", "Programmes completed"],
  setting: ["Setting", "Custody/Community"],
  release: ["Release date", "EDR", "CRD", "Sentence end"],
  site: ["Site", "Establishment", "Prison", "Region"],
};

/** Each need's code and long name, which may head its own yes/no column. */
export const SPEC_NEED_HEADERS: Record<string, string[]> = {
  SPC: ["SPC", "Strong sexual preference for children"],
  SPV: ["SPV", "Strong preference for sexual violence"],
  ASB: ["ASB", "Adversarial sexual beliefs"],
  SE: ["SE", "Sexual entitlement"],
  WD: ["WD", "Women are deceitful"],
};

/** Ways a header may be written that must not matter: case, spaces, `_`, `-` and `/`. */
export const HEADER_VARIANTS: { name: string; apply: (header: string) => string }[] = [
  { name: "as written", apply: (h) => h },
  { name: "upper case", apply: (h) => h.toUpperCase() },
  { name: "lower case with _ for spaces", apply: (h) => h.toLowerCase().replace(/ /g, "_") },
  { name: "with - for spaces and padding", apply: (h) => `  ${h.replace(/ /g, "-")} ` },
  {
    name: "with / and extra spaces between characters",
    apply: (h) => h.split("").join(" ").replace(/ (.) /, " / $1 "),
  },
];
