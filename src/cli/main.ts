import { Command, CommanderError } from "commander";
import { CALC_DESCRIPTION, runCalcCommand } from "./calc-command";
import { CliError } from "./cli-error";
import { runCompareCommand } from "./compare-command";
import { runGenerateCommand } from "./generate-command";
import { runPolicyCommand } from "./policy-command";
import { runRouteCommand } from "./route-command";
import { runSummaryCommand } from "./summary-command";

const collect = (value: string, previous: string[]) => [...previous, value];

/** Runs the `sotp` command line; resolves to the exit code. */
export async function main(argv: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const program = new Command("sotp")
    .description("SOTP Router: recommends a treatment programme for each person in a cohort file")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command("route")
    .description(
      "route a cohort: input columns unchanged, then Programme, Status, Dosage tier, Flags, Follow-on, Reasons, Policy",
    )
    .argument("<input>", "cohort file (.csv or .xlsx)")
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first)")
    .option("--as-of <date>", "as-of date, e.g. 2014-03-31 or 31/03/2014 (default: today)")
    .option("--policy <id|file>", "bundled policy id or policy JSON file", "foi-86525")
    .option("-o, --output <file>", "write .csv, .xlsx or .json (default: CSV on standard output)")
    .option("--map <header=field>", 'read a column as a field, e.g. "Denies offence=denial" (repeatable)', collect, [])
    .option("--strict", "exit 2 when an ignored column looks like a field")
    .option("--threads <auto|1|2>", "CSV to CSV: threads to route on (auto: two when a core is free, for 8 MiB up)")
    .action(async (input: string, options) => runRouteCommand(input, options, stdout));

  program
    .command("summary")
    .description("print capacity and waiting-list pressure per programme (and per site when there is a Site column)")
    .argument("<input>", "cohort file (.csv or .xlsx)")
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first)")
    .option(
      "--capacity <file>",
      "capacity table (.csv or .xlsx); default: the input's Capacity sheet, else the policy's defaults",
    )
    .option("--as-of <date>", "as-of date, e.g. 2014-03-31 or 31/03/2014 (default: today)")
    .option("--policy <id|file>", "bundled policy id or policy JSON file", "foi-86525")
    .option("--format <text|csv>", "text table, or the machine-readable CSV", "text")
    .option("--map <header=field>", 'read a column as a field, e.g. "Denies offence=denial" (repeatable)', collect, [])
    .option("--strict", "exit 2 when an ignored column looks like a field")
    .action(async (input: string, options) => runSummaryCommand(input, options, stdout));

  program
    .command("compare")
    .description("route a cohort under two policies: who moves where (the transition table), or per row with -o")
    .argument("<input>", "cohort file (.csv or .xlsx)")
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first)")
    .option("--from <id|file>", "the policy now: bundled policy id or policy JSON file", "foi-86525")
    .option("--to <id|file>", "the policy to compare with: bundled policy id or policy JSON file", "hmpps-2017")
    .option("--as-of <date>", "as-of date YYYY-MM-DD (default: today)")
    .option("-o, --output <file>", "write the per-row comparison as .csv, or .xlsx with a Comparison sheet and chart")
    .option("--format <csv|text>", "print the transition table as CSV or text (the default without -o: csv)")
    .action(async (input: string, options) => runCompareCommand(input, options, stdout));

  program
    .command("calc")
    .description(CALC_DESCRIPTION)
    .argument("<input>", "file with the raw items (.csv or .xlsx)")
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first)")
    .option("-o, --output <file>", "write .csv, .xlsx or .json (default: CSV on standard output)")
    .action(async (input: string, options) => runCalcCommand(input, options, stdout));

  program
    .command("generate")
    .description("write a synthetic cohort (no real people) for demos, tests and benchmarks")
    .option("--rows <n>", "number of people", "500")
    .option("--seed <n>", "random seed: the same seed gives the same cohort", "1")
    .requiredOption("-o, --output <file>", ".csv, or .xlsx with a Cohort and a Capacity sheet")
    .action(async (options) => runGenerateCommand(options));

  program
    .command("policy")
    .description("print a policy's fields (headers and values accepted), rules and programme table")
    .argument("[policy]", "bundled policy id, id@version or policy JSON file", "foi-86525")
    .option("--format <text|md>", "plain text, or Markdown (as in docs/policies)", "text")
    .action((choice: string, options) => runPolicyCommand(choice, options, stdout));

  try {
    await program.parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      process.stderr.write(`sotp: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
