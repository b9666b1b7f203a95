import { normaliseKey } from "../parsing";

/** An OGRS3 offence category (spec section 2.5): canonical name, coefficient, other accepted spellings. */
export interface Ogrs3Category {
  readonly name: string;
  readonly coefficient: number;
  readonly spellings: readonly string[];
}

export const OGRS3_CATEGORIES: readonly Ogrs3Category[] = [
  { name: "Violence", coefficient: 0, spellings: ["Violence against the person"] },
  { name: "Robbery", coefficient: -0.634795912, spellings: [] },
  { name: "Public order", coefficient: 0.181917975, spellings: ["Public order and harassment"] },
  {
    name: "Sexual (not against child)",
    coefficient: 0.003276327,
    spellings: ["Sexual (not against children)", "Sexual not child"],
  },
  {
    name: "Sexual (against child)",
    coefficient: -0.653434071,
    spellings: ["Sexual (against children)", "Sexual child"],
  },
  { name: "Soliciting or prostitution", coefficient: 0.760608858, spellings: ["Soliciting", "Prostitution"] },
  { name: "Burglary (domestic)", coefficient: -0.12394352, spellings: ["Domestic burglary"] },
  { name: "Burglary (other)", coefficient: 0.240604429, spellings: ["Other burglary", "Non-domestic burglary"] },
  {
    name: "Theft (non-motor)",
    coefficient: 0.661244321,
    spellings: ["Theft (not vehicle-related)", "Non-motor theft"],
  },
  { name: "Handling stolen goods", coefficient: 0.351866973, spellings: ["Handling"] },
  { name: "Fraud and forgery", coefficient: 0.159910192, spellings: ["Fraud & forgery", "Fraud", "Forgery"] },
  {
    name: "Absconding or bail offences",
    coefficient: 0.733378677,
    spellings: ["Absconding/bail", "Absconding", "Bail offences"],
  },
  {
    name: "Taking and driving away",
    coefficient: 0.380059431,
    spellings: ["Taking & driving away", "Taking & driving away and related offences", "TDA"],
  },
  { name: "Theft from vehicles", coefficient: 0.427225615, spellings: ["Theft from vehicle", "Theft from a vehicle"] },
  { name: "Other motoring", coefficient: 0.262228428, spellings: ["Motoring (not drink driving)"] },
  { name: "Drink driving", coefficient: -0.121439408, spellings: ["Drink driving and related offences"] },
  { name: "Criminal damage", coefficient: 0.204960477, spellings: [] },
  {
    name: "Drug import/export/production",
    coefficient: -0.795556373,
    spellings: ["Drugs import/export/production"],
  },
  { name: "Drug possession/supply", coefficient: 0.077165871, spellings: ["Drugs possession/supply"] },
  { name: "Other offence", coefficient: -0.060667525, spellings: ["Other", "Other offences"] },
];

const BY_SPELLING = new Map<string, Ogrs3Category>();
for (const category of OGRS3_CATEGORIES) {
  for (const spelling of [category.name, ...category.spellings]) BY_SPELLING.set(normaliseKey(spelling), category);
}

/** The category a cell's text names (compared after normalising), or undefined. */
export function findOgrs3Category(text: string): Ogrs3Category | undefined {
  return BY_SPELLING.get(normaliseKey(text));
}
