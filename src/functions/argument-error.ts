/**
 * A custom function was called with arguments of the wrong shape (not a problem in one row's data). The entry file
 * turns it into `#VALUE!` with this message.
 */
export class ArgumentError extends Error {
  override readonly name = "ArgumentError";
}
