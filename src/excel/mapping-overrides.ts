import type { MappingOverrides } from "../parsing";

type SavedChoice = { column: number; header: string; choice: string };

/**
 * Saved with the workbook, per sheet: the policy last chosen for it and, per policy, the user's mapping choices with
 * the header each was made for. Version 1 (choices only) was written before there was a second policy: its choices
 * belong to the default policy.
 */
type SavedMapping =
  { version: 1; choices: SavedChoice[] } | { version: 2; policy?: string; byPolicy: Record<string, SavedChoice[]> };

/** The policy a sheet was last routed or mapped with (null when none was saved), and its choices per policy. */
export interface SheetMapping {
  policyId: string | null;
  byPolicy: Record<string, MappingOverrides>;
}

const VERSION_1_POLICY = "foi-86525";

function settingKey(sheetName: string): string {
  return `sotpRouter.mapping.${sheetName}`;
}

async function readSaved(context: Excel.RequestContext, sheetName: string): Promise<SavedMapping | null> {
  const setting = context.workbook.settings.getItemOrNullObject(settingKey(sheetName)).load("value");
  await context.sync();
  return setting.isNullObject ? null : (setting.value as SavedMapping);
}

function choicesByPolicy(saved: SavedMapping | null): Record<string, SavedChoice[]> {
  if (saved === null) return {};
  if (saved.version === 1) return { [VERSION_1_POLICY]: saved.choices ?? [] };
  return saved.byPolicy ?? {};
}

/**
 * The mapping saved for a sheet. With `currentHeaders`, a choice is kept only while its column still has the header
 * it was made for, so moved columns do not inherit another column's choice.
 */
export async function loadSheetMapping(
  context: Excel.RequestContext,
  sheetName: string,
  currentHeaders?: readonly string[],
): Promise<SheetMapping> {
  const saved = await readSaved(context, sheetName);
  const byPolicy: Record<string, MappingOverrides> = {};
  for (const [policyId, choices] of Object.entries(choicesByPolicy(saved))) {
    const overrides: Record<number, string> = {};
    for (const { column, header, choice } of choices) {
      if (currentHeaders === undefined || currentHeaders[column] === header) overrides[column] = choice;
    }
    byPolicy[policyId] = overrides;
  }
  const policyId = saved?.version === 2 ? (saved.policy ?? null) : null;
  return { policyId, byPolicy };
}

/** The choices saved for a sheet under one policy (the default policy's when none is named). */
export async function loadMappingOverrides(
  context: Excel.RequestContext,
  sheetName: string,
  currentHeaders?: readonly string[],
  policyId: string = VERSION_1_POLICY,
): Promise<MappingOverrides> {
  return (await loadSheetMapping(context, sheetName, currentHeaders)).byPolicy[policyId] ?? {};
}

/**
 * Saves one policy's choices for a sheet in the workbook's settings, so they travel with the file, and remembers
 * that policy as the sheet's; the choices saved under other policies are kept as they were.
 */
export async function saveMappingOverrides(
  context: Excel.RequestContext,
  sheetName: string,
  overrides: MappingOverrides,
  headers: readonly string[],
  policyId: string = VERSION_1_POLICY,
): Promise<void> {
  const byPolicy = { ...choicesByPolicy(await readSaved(context, sheetName)) };
  byPolicy[policyId] = Object.entries(overrides).map(([column, choice]) => ({
    column: Number(column),
    header: headers[Number(column)] ?? "",
    choice,
  }));
  const saved: SavedMapping = { version: 2, policy: policyId, byPolicy };
  context.workbook.settings.add(settingKey(sheetName), saved);
  await context.sync();
}
