import assert from "node:assert/strict";
import {
  calculateOgrs3,
  calculateOspDc,
  calculateOspIic,
  calculateRm2000s,
  CalculatorInput,
  CalculatorResult,
} from "../../src/calculators";

type Case = [name: string, input: CalculatorInput, band: string, message: string];

const OGRS3_OK = {
  age_follow_up: 30,
  total_sanctions: 2,
  age_first_sanction: 21,
  age_current_conviction: 30,
  ogrs3_offence: "Other offence",
};
const OSP_OK = {
  age_follow_up: "22",
  total_sanctions: "3",
  contact_adult: "2",
  contact_child: "0",
  non_contact: "0",
  iioc: "0",
  age_last_sexual: "21",
  current_stranger: "Yes",
};
const RM_OK = {
  age_follow_up: "40",
  sexual_appearances: "2",
  criminal_appearances: "6",
  male_victim: "Y",
  any_stranger: "Y",
  single: "N",
  noncontact_conviction: "N",
};

function check(calculate: (input: CalculatorInput) => CalculatorResult, cases: Case[]) {
  for (const [name, input, band, message] of cases) {
    it(name, () => {
      const result = calculate(input);
      assert.equal(result.band, band);
      assert.equal(result.message, message);
    });
  }
}

describe("OGRS3 checks, in the order of spec 2.3", () => {
  check(calculateOgrs3, [
    ["reads 18.0 as 18 and blank sex as male", { ...OGRS3_OK, age_follow_up: " 30.0\u00a0", sex: " " }, "Low", ""],
    [
      "lists one problem per malformed field in input-table order, before blanks",
      { ...OGRS3_OK, sex: "X", age_follow_up: "30.5", total_sanctions: "+2", age_current_conviction: "" },
      "Invalid",
      "Sex must be Male or Female; Age at start of follow-up must be a whole number from 10 to 110; " +
        "Total sanctions must be a whole number from 1 to 999",
    ],
    [
      "refuses a boolean, an exponent, a % and an out-of-range number in a number field",
      {
        ...OGRS3_OK,
        age_follow_up: true,
        total_sanctions: "1e1",
        age_first_sanction: "21%",
        age_current_conviction: 9,
      },
      "Invalid",
      "Age at start of follow-up must be a whole number from 10 to 110; Total sanctions must be a whole number from 1 to 999; " +
        "Age at first sanction must be a whole number from 10 to 110; Age at current conviction must be a whole number from 10 to 110",
    ],
    [
      "names every blank required field",
      { age_first_sanction: 21 },
      "Invalid",
      "Age at start of follow-up is blank; Total sanctions is blank; Age at current conviction is blank; " +
        "OGRS3 offence category is blank",
    ],
    [
      "lists every broken consistency rule",
      { ...OGRS3_OK, total_sanctions: 1, age_first_sanction: 35, age_current_conviction: 31 },
      "Invalid",
      "Age at first sanction must not be greater than Age at current conviction; " +
        "Age at current conviction must not be greater than Age at start of follow-up; " +
        "Age at first sanction must equal Age at current conviction when Total sanctions is 1",
    ],
    [
      "accepts a category spelling after normalising",
      { ...OGRS3_OK, ogrs3_offence: "  drugs IMPORT / export / production " },
      "Low",
      "",
    ],
    [
      "refuses an OGRS4 name",
      { ...OGRS3_OK, ogrs3_offence: "Fraud, forgery & misrepresentation" },
      "Invalid",
      "OGRS3 offence category is not one of the 20 OGRS3 categories",
    ],
  ]);

  it("keeps the percentages within 1–99", () => {
    const low = calculateOgrs3({ ...OGRS3_OK, age_follow_up: 90, age_first_sanction: 10, age_current_conviction: 90 });
    assert.deepEqual(low.scores, [1, 1]);
    const many = { sex: "M", age_follow_up: 12, age_first_sanction: 10, age_current_conviction: 12 };
    const high = calculateOgrs3({ ...many, total_sanctions: 999, ogrs3_offence: "Soliciting" });
    assert.deepEqual(high.scores, [99, 99]);
    assert.equal(high.band, "Very High");
  });

  it("caps previous sanctions at 50 in the Copas rate", () => {
    const at = (total: number) => calculateOgrs3({ ...OGRS3_OK, total_sanctions: total, age_first_sanction: 12 });
    assert.deepEqual(at(51).scores, at(999).scores);
    assert.notDeepEqual(at(50).scores, at(51).scores);
  });

  it("uses the negative female terms for ages 10–15 (girls score below boys)", () => {
    const child = { age_follow_up: 12, total_sanctions: 1, age_first_sanction: 12, age_current_conviction: 12 };
    const girl = calculateOgrs3({ ...child, sex: "Female", ogrs3_offence: "Violence" });
    const boy = calculateOgrs3({ ...child, sex: "Male", ogrs3_offence: "Violence" });
    assert.ok((girl.scores[1] as number) < (boy.scores[1] as number));
  });
});

describe("OSP/DC checks, in the order of spec 3.3", () => {
  check(calculateOspDc, [
    ["scores E009: 43, Very High", OSP_OK, "Very High", ""],
    [
      "is not applicable to women whatever else is blank",
      { sex: "F", contact_adult: "1" },
      "Not applicable",
      "Not applicable to women",
    ],
    [
      "reports malformed values before women",
      { ...OSP_OK, sex: "F", current_stranger: "maybe", setting: "Prison" },
      "Invalid",
      "Current offence stranger victim must be yes or no; Setting must be Custody or Community",
    ],
    [
      "names blank counts before other blanks",
      { age_last_sexual: 30, contact_child: 1 },
      "Invalid",
      "Contact adult sexual sanctions is blank; Non-contact sexual sanctions is blank; Image and indirect contact sanctions is blank",
    ],
    [
      "is not applicable when all four counts are 0, whatever else is blank",
      { contact_adult: 0, contact_child: "0", non_contact: "0.0", iioc: 0 },
      "Not applicable",
      "Not applicable: no sexual sanction",
    ],
    [
      "refuses to read a blank current stranger victim as no",
      { ...OSP_OK, current_stranger: "", age_follow_up: "" },
      "Invalid",
      "Age at start of follow-up is blank; Current offence stranger victim is blank",
    ],
    [
      "lists both consistency rules",
      { ...OSP_OK, total_sanctions: 1, age_last_sexual: 23 },
      "Invalid",
      "Sexual sanctions (the four counts added up) must not be greater than Total sanctions; " +
        "Age at last sexual sanction must not be greater than Age at start of follow-up",
    ],
    [
      "does not lower a band in custody or with fewer than 5 offence-free years",
      { ...OSP_OK, setting: "Community", offence_free_years: 4 },
      "Very High",
      "",
    ],
    [
      "lowers Very High to High in the community after 5 offence-free years",
      { ...OSP_OK, setting: "community", offence_free_years: "5" },
      "High",
      "Band lowered one level: 5 or more offence-free years in the community",
    ],
  ]);

  it("gives the source's probabilities for scores 32 and 64, and 0.00 for a score of 0", () => {
    // 32: adult 3 (15) + age ≥60 (0) + last sexual 16 (5) + 2 sanctions (6) + child 2 (6) = 32.
    const r32 = calculateOspDc({
      ...OSP_OK,
      age_follow_up: 60,
      total_sanctions: 5,
      contact_adult: 3,
      contact_child: 2,
      age_last_sexual: 16,
      current_stranger: "N",
    });
    assert.deepEqual(r32.scores, [32, 2.88]);
    const r64 = calculateOspDc({
      ...OSP_OK,
      age_follow_up: 20,
      total_sanctions: 9,
      contact_adult: 3,
      contact_child: 3,
      non_contact: 3,
      age_last_sexual: 18,
      current_stranger: "Y",
    });
    assert.deepEqual(r64.scores, [64, 83.12]);
    const r0 = calculateOspDc({
      ...OSP_OK,
      age_follow_up: 70,
      total_sanctions: 1,
      contact_adult: 0,
      iioc: 1,
      age_last_sexual: 15,
      current_stranger: "N",
    });
    assert.deepEqual(r0.scores, [0, 0]);
    assert.equal(r0.band, "Low");
  });
});

describe("OSP/IIC hierarchy (spec 4.4)", () => {
  const counts = { contact_adult: 0, contact_child: 0, non_contact: 0, iioc: 0 };
  const cases: [Partial<typeof counts>, string, number][] = [
    [{ iioc: 2 }, "High", 10.31],
    [{ iioc: 1, contact_child: 5 }, "Medium", 3.33],
    [{ contact_child: 2 }, "Low", 0.93],
    [{ contact_child: 1, contact_adult: 1 }, "Low", 0.63],
    [{ non_contact: 1 }, "Low", 0.28],
  ];
  for (const [given, band, percent] of cases) {
    it(`${JSON.stringify(given)} → ${band} ${percent}`, () => {
      const result = calculateOspIic({ ...counts, ...given });
      assert.equal(result.band, band);
      assert.deepEqual(result.scores, [percent]);
    });
  }
  check(calculateOspIic, [
    ["names a blank count", { ...counts, iioc: "" }, "Invalid", "Image and indirect contact sanctions is blank"],
    [
      "refuses a negative count",
      { ...counts, iioc: "-1" },
      "Invalid",
      "Image and indirect contact sanctions must be a whole number from 0 to 999",
    ],
  ]);
});

describe("RM2000/s checks, in the order of spec 5.3", () => {
  check(calculateRm2000s, [
    ["scores E017: High", RM_OK, "High", ""],
    ["reads 1 and 0 and TRUE as yes/no", { ...RM_OK, male_victim: 1, any_stranger: "TRUE", single: "0" }, "High", ""],
    ["refuses 2 as yes/no", { ...RM_OK, single: "2" }, "Invalid", "Single must be yes or no"],
    [
      "names blank age and sexual appearances",
      { male_victim: "Y" },
      "Invalid",
      "Age at start of follow-up is blank; Sexual appearances is blank",
    ],
    [
      "is not applicable under 18 before other blanks",
      { age_follow_up: 17, sexual_appearances: 1 },
      "Not applicable",
      "Not applicable: under 18 at commencement of risk",
    ],
    [
      "is not applicable with no sexual appearance",
      { ...RM_OK, sexual_appearances: 0 },
      "Not applicable",
      "Not applicable: no sexual appearance",
    ],
    [
      "refuses to read blank factors as no",
      { ...RM_OK, any_stranger: " ", noncontact_conviction: null },
      "Invalid",
      "Stranger victim is blank; Non-contact sexual conviction is blank",
    ],
    [
      "refuses fewer criminal than sexual appearances",
      { ...RM_OK, criminal_appearances: 1 },
      "Invalid",
      "Criminal appearances must not be less than Sexual appearances",
    ],
  ]);
});
