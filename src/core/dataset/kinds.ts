/**
 * Event kinds: CAMEO codes with their Goldstein conflict-cooperation values
 * (Goldstein 1992, as tabulated for CAMEO by GDELT). The value runs from -10
 * (most conflictual) to +10 (most cooperative) and is the anchor of an
 * event's thaw score.
 */
export const EVENT_KINDS = {
  '030': { label: 'Express intent to cooperate', goldstein: 4.0 },
  '036': { label: 'Express intent to meet or negotiate', goldstein: 4.0 },
  '040': { label: 'Consult', goldstein: 1.0 },
  '041': { label: 'Discuss by telephone', goldstein: 1.0 },
  '042': { label: 'Make a visit', goldstein: 1.9 },
  '043': { label: 'Host a visit', goldstein: 2.8 },
  '044': { label: 'Meet at a third location', goldstein: 2.5 },
  '046': { label: 'Engage in negotiation', goldstein: 7.0 },
  '057': { label: 'Sign formal agreement', goldstein: 8.0 },
  '085': { label: 'Ease economic sanctions, boycott, or embargo', goldstein: 7.0 },
  '111': { label: 'Criticize or denounce', goldstein: -2.0 },
  '114': { label: 'Complain officially', goldstein: -2.0 },
  '125': { label: 'Reject proposal to meet, discuss, or negotiate', goldstein: -5.0 },
  '163': { label: 'Impose embargo, boycott or sanctions', goldstein: -8.0 },
} as const;

export type CameoCode = keyof typeof EVENT_KINDS;

/** The kind record stored on an event for a CAMEO code of the table above. */
export function kindFor(cameo: CameoCode): { cameo: CameoCode; label: string; goldstein: number } {
  const { label, goldstein } = EVENT_KINDS[cameo];
  return { cameo, label, goldstein };
}
