/** Progress lines on stderr, only when stderr is a terminal (never in pipes, files or CI logs). */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): (message: string) => void {
  if (!stream.isTTY) return () => undefined;
  const started = Date.now();
  return (message) => stream.write(`\r\x1b[K${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

export function endProgress(stream: NodeJS.WriteStream = process.stderr): void {
  if (stream.isTTY) stream.write("\r\x1b[K");
}
