/** Go's time package as Hugo templates see it: GoTime, durations, zones, TOML dates. */
export { GoTime, GoMonth, GoWeekday, writtenText } from './gotime.js';
export { GoDuration, parseDuration } from './duration.js';
export { UTC, fixedZone, loadLocation, zoneForOffset, type Location } from './zone.js';
export { parseTomlWithTimes, convertDates } from './toml.js';
export { hugoDateFormats } from './formats.js';
