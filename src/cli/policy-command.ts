import { buildPolicyDocument, renderMarkdown, renderText } from "../policy-docs";
import { CliError } from "./cli-error";
import { resolvePolicy } from "./options";

export interface PolicyCommandOptions {
  format: string;
}

/** `sotp policy [ID|FILE]`: a policy's fields, rules and programme table, as text or Markdown. */
export function runPolicyCommand(
  choice: string | undefined,
  options: PolicyCommandOptions,
  stdout: NodeJS.WritableStream,
): void {
  if (options.format !== "text" && options.format !== "md")
    throw new CliError(`--format "${options.format}": expected text or md`);
  const document = buildPolicyDocument(resolvePolicy(choice));
  stdout.write(options.format === "md" ? renderMarkdown(document) : renderText(document));
}
