/** A problem that stops the command: bad usage, an unreadable file, a missing required column. Exit code 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
