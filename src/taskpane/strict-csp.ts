import { z } from "zod";

// Zod probes `new Function("")` to decide whether to compile its parsers; under the pane's Content-Security-Policy
// (no 'unsafe-eval') the probe fails harmlessly but is reported as a violation. Jitless mode skips the probe.
// Imported first by taskpane.ts, before any policy is parsed.
z.config({ jitless: true });
