/**
 * The most risk levels a matrix may list (`$.levels`), checked by `validateRiskMatrix` and
 * `RiskMatrixSchema` alike. A 7 × 7 matrix has 49 cells, so no more than 49 levels can
 * ever be reached; 1 000 leaves an agency room for levels only its acceptable-risk table
 * names, while bounding the work and the size of the summary (one count per level) of
 * every assessment.
 *
 * @internal
 */
export const maxRiskLevels = 1_000;
