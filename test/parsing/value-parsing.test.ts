import assert from "node:assert/strict";
import type { CellValue } from "../../src/parsing";
import { keyOf, parseCell } from "./parse-cell";

type Header = Parameters<typeof parseCell>[0];

function assertParsesAs(header: Header, cells: CellValue[], expected: unknown, percentFormatted = false): void {
  for (const cell of cells) {
    const { value, problems } = parseCell(header, cell, percentFormatted);
    assert.deepEqual(problems, [], `${header} ${JSON.stringify(cell)}`);
    assert.deepEqual(value, expected, `${header} ${JSON.stringify(cell)}`);
  }
}

function assertRejects(header: Header, cells: CellValue[]): void {
  for (const cell of cells) {
    assert.equal(parseCell(header, cell).problems.length, 1, `${header} ${JSON.stringify(cell)} is invalid`);
  }
}

describe("reading enumerated values", () => {
  it("reads every spelling of the four risk bands, ignoring case, spaces and punctuation", () => {
    assertParsesAs("RM2000/s", ["Low", "L", "low", " l "], keyOf("riskBand", "Low"));
    assertParsesAs("RM2000/s", ["Medium", "Med", "M", "MEDIUM"], keyOf("riskBand", "Medium"));
    assertParsesAs("RM2000/s", ["High", "H", "h"], keyOf("riskBand", "High"));
    assertParsesAs(
      "RM2000/s",
      ["Very High", "VH", "V High", "very-high", "v_high", "VERYHIGH"],
      keyOf("riskBand", "Very High"),
    );
  });

  it("rejects anything else as a risk band", () => {
    assertRejects("RM2000/s", ["Hgh", "N/A", "Very", "Moderate", "3", 2, true]);
  });

  it("reads sex and setting, blank meaning male and custody", () => {
    assertParsesAs("Sex", ["M", "Male", "male"], keyOf("sex", "Male"));
    assertParsesAs("Sex", ["F", "Female", "FEMALE"], keyOf("sex", "Female"));
    assertParsesAs("Sex", ["", " "], keyOf("sex", "Male"));
    assertParsesAs("Setting", ["Custody", "custody", ""], keyOf("setting", "Custody"));
    assertParsesAs("Setting", ["Community", "COMMUNITY"], keyOf("setting", "Community"));
    assertRejects("Sex", ["Man", "X"]);
  });

  it("reads every spelling of the six offence categories", () => {
    assertParsesAs("Offence", ["Contact"], keyOf("offence", "Contact"));
    assertParsesAs("Offence", ["Attempted contact", "Attempted"], keyOf("offence", "Attempted contact"));
    assertParsesAs("Offence", ["Sexually motivated"], keyOf("offence", "Sexually motivated"));
    assertParsesAs("Offence", ["Non-contact", "Non contact", "Exposure", "Voyeurism"], keyOf("offence", "Non-contact"));
    assertParsesAs(
      "Offence",
      ["Online grooming", "Grooming", "Internet grooming"],
      keyOf("offence", "Online grooming"),
    );
    assertParsesAs("Offence", ["IIOC only", "IIOC", "Indecent images", "Images only"], keyOf("offence", "IIOC only"));
    assertRejects("Offence", ["Rape", "N/A", "#N/A"]);
  });
});

describe("reading yes/no values", () => {
  it("reads Y, Yes, TRUE, Excel TRUE and any number equal to 1 as yes", () => {
    assertParsesAs("Maintains innocence", ["Y", "y", "Yes", "YES", "TRUE", "true", true, 1, "1", "1.0", 1.0], true);
  });

  it("reads N, No, FALSE, Excel FALSE and any number equal to 0 as no", () => {
    assertParsesAs("Willing", ["N", "n", "No", "FALSE", "False", false, 0, "0", "0.0"], false);
  });

  it("uses each field's default for a blank cell", () => {
    assertParsesAs("Willing", ["", "\u00a0"], true);
    assertParsesAs("Maintains innocence", [""], false);
    assertParsesAs("Active appeal", [""], false);
    assertParsesAs("Learning disability", [""], false);
  });

  it("rejects other words and numbers", () => {
    assertRejects("Active appeal", ["maybe", "N/A", "2", 0.5, "Yes please", "-1"]);
  });
});

describe("reading numbers", () => {
  it("reads a whole-number age from 10 to 110, 18.0 being 18", () => {
    assertParsesAs("Age", ["18.0"], 18);
    assertParsesAs("Age", [18, "18", " 18 "], 18);
    assertParsesAs("Age", ["10"], 10);
    assertParsesAs("Age", [110], 110);
    assertRejects("Age", ["9", "111", "18.5", 17.2, "eighteen", "1e1", "-20"]);
  });

  it("reads an IQ from 20 to 200 with . as the decimal point", () => {
    assertParsesAs("IQ", ["85.5"], 85.5);
    assertParsesAs("IQ", ["20"], 20);
    assertParsesAs("IQ", [200], 200);
    assertRejects("IQ", ["19.9", "200.1", "85,5", "1e2", "1,00", "IQ 85"]);
  });

  it("bands an OGRS3 score at 50, 75 and 90", () => {
    assertParsesAs("OGRS3", ["0", "49.99"], keyOf("riskBand", "Low"));
    assertParsesAs("OGRS3", ["50", "74.99"], keyOf("riskBand", "Medium"));
    assertParsesAs("OGRS3", ["75", "89.99"], keyOf("riskBand", "High"));
    assertParsesAs("OGRS3", ["90", 100], keyOf("riskBand", "Very High"));
    assertRejects("OGRS3", ["100.01", "-1", "1,000", "5e1"]);
  });

  it("reads 62% as the score 62 and a CSV 0.62 as the score 0.62", () => {
    assertParsesAs("OGRS3", ["62%", "62 %", " 62% "], keyOf("riskBand", "Medium"));
    assertParsesAs("OGRS3", ["0.62", 0.62], keyOf("riskBand", "Low"));
  });

  it("multiplies a number in a %-formatted Excel cell by 100", () => {
    assertParsesAs("OGRS3", [0.62], keyOf("riskBand", "Medium"), true);
    assertParsesAs("OGRS3", [0.9], keyOf("riskBand", "Very High"), true);
  });

  it("accepts OGRS3 given as a band, spelled as for RM2000/s", () => {
    assertParsesAs("OGRS3", ["Med", "medium"], keyOf("riskBand", "Medium"));
    assertParsesAs("OGRS3", ["VH", "V High"], keyOf("riskBand", "Very High"));
  });
});
