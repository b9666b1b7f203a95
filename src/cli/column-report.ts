import { columnLetters } from "../engine/capacity";
import { ColumnAccount, IGNORE_CHOICE, labelOfChoice, listInWords, MappingOverrides } from "../parsing";
import type { Policy } from "../policies";

const OUTPUT = "output";

/** What a column feeds, in words: `ID`, `Needs: SPC (yes/no)`, `ignored`, `replaced (…)`. */
function describeChoice(account: ColumnAccount, policy: Policy): string {
  if (account.choice === OUTPUT) return "replaced (SOTP Router's output from an earlier run)";
  return labelOfChoice(account.choice, policy);
}

/** One line per column, then a count: which column feeds which field, which are ignored. */
export function formatColumnReport(
  accounts: readonly ColumnAccount[],
  policy: Policy,
  where: string,
  overrides: MappingOverrides,
): string[] {
  const width = Math.min(32, Math.max(0, ...accounts.map((a) => a.header.length)));
  const lines = accounts.map((account) => {
    const letter = columnLetters(account.column).padEnd(3);
    const chosen = overrides[account.column] !== undefined ? " (--map)" : "";
    const looks = account.lookAlike.length > 0 ? `: looks like ${labelsOf(account.lookAlike, policy)}` : "";
    return `  ${letter} ${account.header.padEnd(width)} → ${describeChoice(account, policy)}${chosen}${looks}`;
  });
  const read = accounts.filter((a) => a.choice !== IGNORE_CHOICE && a.choice !== OUTPUT).length;
  const ignored = accounts.filter((a) => a.choice === IGNORE_CHOICE).length;
  return [`sotp: columns of ${where}: ${read} read, ${ignored} ignored`, ...lines];
}

/** A warning for each ignored column whose header looks like a field no other column feeds. */
export function lookAlikeWarnings(accounts: readonly ColumnAccount[], policy: Policy): string[] {
  return accounts
    .filter((account) => account.lookAlike.length > 0)
    .map((account) => {
      const letter = columnLetters(account.column);
      const header = account.header;
      return (
        `column ${letter} "${header}" is ignored but looks like ${labelsOf(account.lookAlike, policy)}: ` +
        `--map "${header}=${account.lookAlike[0]}" reads it, --map "${header}=ignore" ignores it without this warning`
      );
    });
}

function labelsOf(choices: readonly string[], policy: Policy): string {
  return listInWords(choices.map((choice) => `${labelOfChoice(choice, policy)} (${choice})`));
}
