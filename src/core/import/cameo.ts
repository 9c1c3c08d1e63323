/**
 * CAMEO's root codes with their names and the Goldstein value GDELT gives
 * the root (Goldstein 1992, as tabulated for CAMEO): the kind of a
 * machine-coded event whose full code the app does not name itself.
 */
export const CAMEO_ROOTS: Record<string, { label: string; goldstein: number }> = {
  '01': { label: 'Make public statement', goldstein: 0 },
  '02': { label: 'Appeal', goldstein: 3 },
  '03': { label: 'Express intent to cooperate', goldstein: 4 },
  '04': { label: 'Consult', goldstein: 1 },
  '05': { label: 'Engage in diplomatic cooperation', goldstein: 3.5 },
  '06': { label: 'Engage in material cooperation', goldstein: 6 },
  '07': { label: 'Provide aid', goldstein: 7 },
  '08': { label: 'Yield', goldstein: 5 },
  '09': { label: 'Investigate', goldstein: -2 },
  '10': { label: 'Demand', goldstein: -5 },
  '11': { label: 'Disapprove', goldstein: -2 },
  '12': { label: 'Reject', goldstein: -4 },
  '13': { label: 'Threaten', goldstein: -4.4 },
  '14': { label: 'Protest', goldstein: -6.5 },
  '15': { label: 'Exhibit force posture', goldstein: -7.2 },
  '16': { label: 'Reduce relations', goldstein: -4 },
  '17': { label: 'Coerce', goldstein: -7 },
  '18': { label: 'Assault', goldstein: -9 },
  '19': { label: 'Fight', goldstein: -10 },
  '20': { label: 'Use unconventional mass violence', goldstein: -10 },
};

/** The root of a CAMEO event code ("0421" -> "04"), or null for a code that is not one. */
export function cameoRoot(code: string): string | null {
  if (!/^\d{2,4}$/.test(code)) return null;
  const root = code.slice(0, 2);
  return root in CAMEO_ROOTS ? root : null;
}
