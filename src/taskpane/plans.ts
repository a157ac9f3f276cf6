/**
 * What the pane writes (the documents, the template, the sample, the ballots sheet): core's sheet plans,
 * loaded as their own chunk the first time the user writes, so that the pane's first load carries only the
 * check (the documents' layout — header blocks, row heights, print setup — is not needed to show it).
 */
export { planBallots, planOutputs, planSample, planTemplate } from '../core';
