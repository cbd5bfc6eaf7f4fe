/**
 * What the two halves of the figures bench share: a province is 40 agencies in both (the central file holds 34 such
 * provinces, the province's bench asks one), and one seed draws every figure, the central file's and the filled
 * template's, so a run's numbers, and the violations and warnings they raise, are the same from one run to the next.
 */
export const AGENCIES_PER_PROVINCE = 40;
export const SEED = 810;
