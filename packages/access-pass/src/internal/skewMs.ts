import { defaultClockSkewSeconds } from "../token/defaultClockSkewSeconds";

/** The tolerance in ms: the given whole seconds if a finite number ≥ 0, else the default. @internal */
export const skewMs = (seconds: number | undefined): number =>
  seconds !== undefined && Number.isFinite(seconds) && seconds >= 0
    ? Math.floor(seconds) * 1000
    : defaultClockSkewSeconds * 1000;
