/**
 * The most cells (rows × columns) a function table given to `findPlacements` may have:
 * 1 000 000. Every placement it returns is a full rows × columns matrix, so a larger table
 * costs more than its input to answer even once; ¶38's table has 8 columns and 15 rows.
 *
 * @internal
 */
export const maxTableCells = 1_000_000;

/**
 * The most cells, over all the placements it returns, `findPlacements` builds: 10 000 000
 * (ten placements of the largest table). The search stops there, not complete.
 *
 * @internal
 */
export const maxPlacementCells = 10_000_000;
