/** The most duty stations `options.dutyStations` names (our limit): the schema's and `readinessGaps`' one number. @internal */
export const MAX_DUTY_STATIONS = 100_000;
