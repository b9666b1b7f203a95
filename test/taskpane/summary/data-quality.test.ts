import assert from "node:assert/strict";
import { getBundledPolicy } from "../../../src/policies";
import { describeDataQuality, generaliseReason } from "../../../src/taskpane/summary";
import { describeOutsideSettingLine } from "../../../src/taskpane/summary/data-quality";

const POLICY = getBundledPolicy("foi-86525");
const BAD_DATE = (text: string) =>
  `V-1: Release date "${text}" is not a real date (expected a date such as 2014-03-31 or 31/03/2014)`;
const FEMALE = "S-1: the programmes are for men; this person is recorded as female";
const IQ = (iq: number) => `S-3: IQ below 60 (${iq}): refer for individual assessment, not group treatment`;
const V2 =
  "V-2: RM2000/s is blank and could change the outcome (possible: Not eligible; Low Intensity (Recommended, High))";

describe("the data-quality panel's view model", () => {
  it("drops a reason's particulars: quoted values and nested parenthesised details", () => {
    assert.equal(generaliseReason(BAD_DATE("31/02/2014")), 'V-1: Release date "…" is not a real date');
    assert.equal(generaliseReason(V2), "V-2: RM2000/s is blank and could change the outcome");
    assert.equal(generaliseReason(IQ(57)), generaliseReason(IQ(59)));
  });

  it("counts rows per status with their most common reasons, most frequent first", () => {
    const outcomes = [
      { status: "Invalid", reasons: [BAD_DATE("31/02/2014")] },
      { status: "Invalid", reasons: [BAD_DATE("14/3/14"), 'V-1: Age "230" is out of range (expected 10 to 110)'] },
      { status: "Out of scope", reasons: [IQ(57)] },
      { status: "Out of scope", reasons: [FEMALE] },
      { status: "Out of scope", reasons: [FEMALE] },
      { status: "Recommended", reasons: ["P-1: chosen"] },
      { status: "Not commissioned", reasons: ["C-1: low risk"] },
    ];
    assert.deepEqual(describeDataQuality(outcomes, POLICY), [
      {
        status: "Invalid",
        count: 2,
        topReasons: [
          { reason: 'V-1: Release date "…" is not a real date', count: 2 },
          { reason: 'V-1: Age "…" is out of range', count: 1 },
        ],
      },
      { status: "Incomplete", count: 0, topReasons: [] },
      {
        status: "Out of scope",
        count: 3,
        topReasons: [
          { reason: FEMALE, count: 2 },
          { reason: "S-3: IQ below 60: refer for individual assessment, not group treatment", count: 1 },
        ],
      },
      { status: "Not commissioned", count: 1, topReasons: [{ reason: "C-1: low risk", count: 1 }] },
    ]);
  });

  it("keeps at most three reasons and counts a reason once per row", () => {
    const outcomes = [
      { status: "Invalid", reasons: ['V-1: Age "x" is bad', 'V-1: Age "y" is bad', "V-1: b", "V-1: c", "V-1: d"] },
      { status: "Invalid", reasons: ['V-1: Age "z" is bad'] },
    ];
    const [invalid] = describeDataQuality(outcomes, POLICY);
    assert.deepEqual(invalid.topReasons, [
      { reason: 'V-1: Age "…" is bad', count: 2 },
      { reason: "V-1: b", count: 1 },
      { reason: "V-1: c", count: 1 },
    ]);
  });

  it("says how many rows were overridden and to which programmes, most first", () => {
    const o1 = "O-1: overridden to Low Intensity (the policy recommends High Intensity · Recommended): clinical view";
    const outcomes = [
      { status: "Overridden", programme: "Healthy Sex Programme", reasons: [o1] },
      { status: "Overridden", programme: "Low Intensity", reasons: [o1] },
      { status: "Recommended", programme: "Low Intensity", reasons: ["R-1: chosen"] },
      { status: "Overridden", programme: "Low Intensity", reasons: [o1] },
      { status: "Overridden", programme: "None", reasons: [o1] },
    ];
    const lines = describeDataQuality(outcomes, POLICY);
    assert.deepEqual(lines.at(-1), {
      status: "Overridden",
      count: 4,
      topReasons: [],
      overriddenTo: [
        { programme: "Low Intensity", count: 2 },
        { programme: "Healthy Sex Programme", count: 1 },
        { programme: "None", count: 1 },
      ],
    });
  });

  it("has no overrides line when nothing was overridden", () => {
    const lines = describeDataQuality([{ status: "Recommended", programme: "Low Intensity", reasons: [] }], POLICY);
    assert.deepEqual(
      lines.map((line) => line.status),
      ["Invalid", "Incomplete", "Out of scope", "Not commissioned"],
    );
  });
});

describe("the data-quality line for people outside their setting", () => {
  it("counts them per programme and setting, and is left out when there are none", () => {
    const outside = [{ programmeCode: "HI", setting: "community", count: 3 }];
    assert.deepEqual(describeOutsideSettingLine(outside, POLICY), [
      {
        status: "Programme not run in their setting",
        count: 3,
        topReasons: [{ reason: "High Intensity in the community setting (counted in its demand)", count: 3 }],
      },
    ]);
    assert.deepEqual(describeOutsideSettingLine([], POLICY), []);
  });
});
