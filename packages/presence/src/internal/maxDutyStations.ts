/** The most duty stations a counting rule names (our limit): the schema's and `countHeadcounts`' one number. @internal */
export const MAX_DUTY_STATIONS = 100_000;
