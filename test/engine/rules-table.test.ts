import { getBundledPolicy } from "../../src/policies";
import { COMPLETED_AND_CHECKS_CASES } from "./rule-cases/completed-and-checks";
import { describeRuleTable } from "./rule-cases/describe-rule-table";
import { PROGRAMME_CHOICE_CASES } from "./rule-cases/programme-choice";
import { SCOPE_AND_ELIGIBILITY_CASES } from "./rule-cases/scope-and-eligibility";
import { VALIDATION_CASES } from "./rule-cases/validation";

describeRuleTable(getBundledPolicy("foi-86525"), [
  ...VALIDATION_CASES,
  ...SCOPE_AND_ELIGIBILITY_CASES,
  ...PROGRAMME_CHOICE_CASES,
  ...COMPLETED_AND_CHECKS_CASES,
]);
