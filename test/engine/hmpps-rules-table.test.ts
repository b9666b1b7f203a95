import { getBundledPolicy } from "../../src/policies";
import { describeRuleTable } from "./rule-cases/describe-rule-table";
import { HMPPS_HEADERS } from "./rule-cases/hmpps-2017/base-rows";
import { HMPPS_COMPLETED_AND_CHECKS_CASES } from "./rule-cases/hmpps-2017/completed-and-checks";
import { HMPPS_PROGRAMME_CHOICE_CASES } from "./rule-cases/hmpps-2017/programme-choice";
import { HMPPS_VALIDATION_AND_SCOPE_CASES } from "./rule-cases/hmpps-2017/validation-and-scope";

describeRuleTable(
  getBundledPolicy("hmpps-2017"),
  [...HMPPS_VALIDATION_AND_SCOPE_CASES, ...HMPPS_PROGRAMME_CHOICE_CASES, ...HMPPS_COMPLETED_AND_CHECKS_CASES],
  HMPPS_HEADERS,
);
