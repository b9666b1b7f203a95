import assert from "node:assert/strict";
import {
  CapacityEntry,
  computeCapacitySummary,
  countAtRisk,
  groupsNeededFor,
  MAX_GROUPS_A_YEAR,
  orderQueue,
  OVER_MAX,
  planQueue,
  ProgrammeCapacity,
  summaryRowCells,
} from "../../../src/engine/capacity";
import { dayOf, person, policy } from "./capacity-test-support";

const AS_OF = dayOf("2014-01-01");
const capacityOf = (groupsPerYear: number, groupSize: number, weeks = 26): ProgrammeCapacity => ({
  groupsPerYear,
  groupSize,
  weeksFor: () => weeks,
  source: "site row",
  rowWeeks: weeks,
});
const releasedOn = (...isos: (string | null)[]) => isos.map((iso) => person("HI", iso));
const onDay = (days: number) => person("HI", null, { release: AS_OF + days });

describe("capacity planning: Unavoidable, Groups needed, Groups for green", () => {
  it("gives the spec's worked check", () => {
    // 26 weeks = 182 days: finishing needs 2014-07-02, so the 2014-05-01 release cannot finish whatever the capacity.
    const queued = releasedOn("2014-05-01", "2014-09-01", "2015-06-01");
    assert.deepEqual(planQueue(queued, capacityOf(1, 8), AS_OF), {
      unavoidable: 1,
      groupsNeeded: 1,
      groupsForGreen: 1,
    });
  });

  it("counts as unavoidable only a release before as-of + weeks × 7 days, never a blank release", () => {
    // Released on day 181 cannot finish (182 days needed); on day 182 he can.
    const queued = [onDay(181), onDay(182), person("HI", null)];
    assert.equal(planQueue(queued, capacityOf(1, 8), AS_OF).unavoidable, 1);
    assert.equal(planQueue(queued, capacityOf(1, 8, 12), AS_OF).unavoidable, 0, "the capacity row's weeks apply");
  });

  it("finds the fewest groups a year that leave only the unavoidable at risk", () => {
    // Groups of 1, 26 weeks: the k-th in the queue starts at k × 52 ÷ g weeks. Releases at 200 and 400 days:
    // g = 1 puts the second at 52 weeks (546 days to finish); g = 2 at 26 weeks (364 days): both finish.
    const queued = [onDay(200), onDay(400)];
    assert.equal(countAtRisk(orderQueue(queued), capacityOf(1, 1), AS_OF), 1);
    assert.deepEqual(planQueue(queued, capacityOf(1, 1), AS_OF), {
      unavoidable: 0,
      groupsNeeded: 2,
      groupsForGreen: 3,
    });
  });

  it("does not depend on the row's own groups a year, so 0 places still gives answers", () => {
    const queued = [onDay(200), onDay(400)];
    assert.deepEqual(planQueue(queued, capacityOf(0, 1), AS_OF), planQueue(queued, capacityOf(7, 1), AS_OF));
  });

  it("is blank (null) for Groups needed and Groups for green at a group size of 0", () => {
    const queued = [onDay(100), onDay(400)];
    assert.deepEqual(planQueue(queued, capacityOf(4, 0), AS_OF), {
      unavoidable: 1,
      groupsNeeded: null,
      groupsForGreen: null,
    });
  });

  it("is 0 and blanks when nobody is queued", () => {
    assert.deepEqual(planQueue([], capacityOf(4, 8), AS_OF), {
      unavoidable: 0,
      groupsNeeded: null,
      groupsForGreen: null,
    });
  });

  it("says over 520 when even 520 groups a year are not enough", () => {
    // Groups of 1 at 520 a year: the third starts 0.2 weeks in and needs 183 days; released on day 182, he is at
    // risk, though starting at once he would finish (182 < 182 is false): not unavoidable.
    const queued = [onDay(182), onDay(182), onDay(182)];
    const plan = planQueue(queued, capacityOf(1, 1), AS_OF);
    assert.equal(plan.unavoidable, 0);
    assert.equal(plan.groupsNeeded, OVER_MAX);
    // Pressure rounds to 0.80 below 0.805: 418 ÷ 519 = 0.8054 is not green, 418 ÷ 520 = 0.8038 is; 419 ÷ 520 = 0.8058.
    const many = (n: number) => Array.from({ length: n }, () => person("HI", null));
    assert.equal(planQueue(many(418), capacityOf(1, 1), AS_OF).groupsForGreen, 520);
    assert.equal(planQueue(many(419), capacityOf(1, 1), AS_OF).groupsForGreen, OVER_MAX);
    assert.equal(summaryRowCells(summaryRowOf(many(419)))["Groups for green"], OVER_MAX);
    assert.equal(summaryRowCells(summaryRowOf(queued))["Groups needed"], OVER_MAX);
  });

  it("finds the same Groups needed as trying 1, 2, 3… in turn, over varied queues", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let trial = 0; trial < 200; trial++) {
      const queue = orderQueue(Array.from({ length: 1 + random(40) }, () => onDay(random(900))));
      const capacity = capacityOf(1, 1 + random(10), 1 + random(40));
      const unavoidable = planQueue(queue, capacity, AS_OF).unavoidable;
      let linear: number | typeof OVER_MAX = OVER_MAX;
      for (let g = 1; g <= MAX_GROUPS_A_YEAR; g++) {
        if (countAtRisk(queue, { ...capacity, groupsPerYear: g }, AS_OF) === unavoidable) {
          linear = g;
          break;
        }
      }
      assert.equal(groupsNeededFor(queue, capacity, AS_OF, unavoidable), linear, `trial ${trial}`);
    }
  });
});

function summaryRowOf(queued: CapacityEntry[]) {
  const capacity = [{ programmeCode: "HI", site: "", groupsPerYear: 1, groupSize: 1, weeks: 26, address: "A2" }];
  return computeCapacitySummary({ policy, entries: queued, capacity, asOf: AS_OF, bySite: false }).rows[0];
}
