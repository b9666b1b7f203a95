import type { Policy } from "../policies";
import type { FieldValue } from "../parsing";

/** The dosage tier of a programme for one person's values. */
export type TierRule = (programme: string, values: Record<string, FieldValue>) => string;

/**
 * The policy's tier rule: the tier of the tier-source band, raised to the programme's lowest tier (and capped at its
 * highest); without a tier source, or with a blank one, the programme's own (lowest) tier.
 */
export function createTierRule(policy: Policy): TierRule {
  const { data } = policy;
  const tierIndex = new Map(data.tiers.order.map((tier, index) => [tier, index]));
  const offeredTierRange = new Map(
    data.programmes.map((p) => {
      const indexes = p.tiers.map((t) => tierIndex.get(t) ?? 0);
      return [p.code, { lowest: Math.min(...indexes), highest: Math.max(...indexes) }];
    }),
  );
  const tierSource = data.roles.tierSource;
  const fromScale = data.tiers.fromScale ?? {};
  return (programme, values) => {
    const { lowest, highest } = offeredTierRange.get(programme) ?? { lowest: 0, highest: data.tiers.order.length - 1 };
    const band = tierSource === undefined ? undefined : fromScale[String(values[tierSource])];
    const wanted = (band === undefined ? undefined : tierIndex.get(band)) ?? lowest;
    return data.tiers.order[Math.min(Math.max(wanted, lowest), highest)];
  };
}
