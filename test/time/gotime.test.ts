import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { GoTime, parseDuration, parseTomlWithTimes, loadLocation } from '../../src/time/index.js';

// Every expected string below was printed by real Hugo 0.111.3 (scratch sites in /tmp,
// layouts printing {{ .Date }}, {{ .Date.Format "…" }}, {{ time "…" }} etc.).

describe('reading dates the way Hugo reads front matter', () => {
  it.each([
    ['2016-10-07T17:01:56+02:00', '2016-10-07 17:01:56 +0200 +0200', 1475852516],
    ['2016-10-07T17:01:56Z', '2016-10-07 17:01:56 +0000 UTC', 1475859716],
    ['2016-10-07T17:01:56', '2016-10-07 17:01:56 +0000 UTC', 1475859716],
    ['2016-10-07', '2016-10-07 00:00:00 +0000 UTC', 1475798400],
    ['2016-10-07 17:01:56', '2016-10-07 17:01:56 +0000 UTC', 1475859716],
    ['2016-10-07 17:01:56 +0200', '2016-10-07 17:01:56 +0200 +0200', 1475852516],
    ['2016-10-07T17:01:56.5Z', '2016-10-07 17:01:56.5 +0000 UTC', 1475859716],
    ['2016-10-07 17:01:56 -0700 MST', '2016-10-07 17:01:56 -0700 MST', 1475884916],
    ['07 Oct 16 17:01 +0200', '2016-10-07 17:01:00 +0200 +0200', 1475852460],
    ['Fri, 07 Oct 2016 17:01:56 +0200', '2016-10-07 17:01:56 +0200 +0200', 1475852516],
    ['2016-10-07T17:01:56+0200', '2016-10-07 17:01:56 +0200 +0200', 1475852516],
    ['2020-02-03T04:05:06+03:00', '2020-02-03 04:05:06 +0300 +0300', 1580691906],
  ])('%s prints as %s', (text, printed, unix) => {
    const t = GoTime.parse(text);
    expect(t.String()).toBe(printed);
    expect(t.Unix()).toBe(unix);
  });

  it.each(['Oct 7, 2016', '2016-10-07T17:01', 'yesterday', '2016-13-01'])('rejects %j with a message naming it', (text) => {
    expect(() => GoTime.parse(text)).toThrow(`unable to parse date: ${text}`);
  });

  it('reads dates without an offset as wall time in the default zone', () => {
    expect(GoTime.parse('2016-10-07 17:01:56', loadLocation('Europe/Oslo')).Format('15:04 -0700')).toBe('17:01 +0200');
    expect(GoTime.parse('2016-10-07', 3600).String()).toBe('2016-10-07 00:00:00 +0100 +0100');
  });
});

describe('TOML dates keep the offset they were written with', () => {
  const data = parseTomlWithTimes([
    'a = 2016-10-07T17:01:56+02:00',
    'b = 2016-10-07T17:01:56',
    'c = 2016-10-07',
    'd = 2023-01-02T03:04:05.123456789-05:30',
    'e = 2023-03-04T12:00:00.5',
    '[x]',
    'y = [1979-05-27T07:32:00Z]',
  ].join('\n'));

  it.each([
    ['a', '2016-10-07 17:01:56 +0200 +0200'],
    ['b', '2016-10-07 17:01:56 +0000 UTC'],
    ['c', '2016-10-07 00:00:00 +0000 UTC'],
    // Hugo re-reads offset date-times through RFC3339, dropping the fraction.
    ['d', '2023-01-02 03:04:05 -0530 -0530'],
    ['e', '2023-03-04 12:00:00.5 +0000 UTC'],
  ])('%s prints as %s', (key, printed) => {
    expect(String(data[key])).toBe(printed);
  });

  it('converts dates nested in tables and arrays', () => {
    const y = (data.x as { y: GoTime[] }).y[0];
    expect(y).toBeInstanceOf(GoTime);
    expect(y?.String()).toBe('1979-05-27 07:32:00 +0000 UTC');
  });

  it('reports TOML syntax errors with a line', () => {
    expect(() => parseTomlWithTimes('a = = 1')).toThrow(/row 1/);
  });
});

describe('Format with Go reference layouts', () => {
  const layouts = [
    'Mon Jan 2 15:04:05 MST 2006',
    'Monday, January 2, 2006',
    '3:04 PM pm _2 __2 002 .000 ,999',
    '06 Z07:00 -07 Z0700 -070000 Z07:00:00',
    '2006-01-02T15:04:05.000000Z07:00',
    'Jan 02 _2 1 01 2 02 03 4 04 5 05',
    ':: 2006_2006 January Jan',
  ];
  it.each([
    ['2016-10-07T17:01:56+02:00', [
      'Fri Oct 7 17:01:56 +0200 2016', 'Friday, October 7, 2016', '5:01 PM pm  7 281 281 .000 ',
      '16 +02:00 +02 +0200 +020000 +02:00:00', '2016-10-07T17:01:56.000000+02:00', 'Oct 07  7 10 10 7 07 05 1 01 56 56',
      ':: 2016_2016 October Oct',
    ]],
    ['2023-12-31T23:59:09.07Z', [
      'Sun Dec 31 23:59:09 UTC 2023', 'Sunday, December 31, 2023', '11:59 PM pm 31 365 365 .070 ,07',
      '23 Z +00 Z +000000 Z', '2023-12-31T23:59:09.070000Z', 'Dec 31 31 12 12 31 31 11 59 59 9 09',
      ':: 2023_2023 December Dec',
    ]],
    ['2023-03-04T12:00:00.5', [
      'Sat Mar 4 12:00:00 UTC 2023', 'Saturday, March 4, 2023', '12:00 PM pm  4  63 063 .500 ,5',
      '23 Z +00 Z +000000 Z', '2023-03-04T12:00:00.500000Z', 'Mar 04  4 3 03 4 04 12 0 00 0 00',
      ':: 2023_2023 March Mar',
    ]],
  ])('formats %s', (text, expected) => {
    const t = GoTime.parse(text);
    expect(layouts.map((l) => t.Format(l))).toEqual(expected);
  });

  it('formats the zero time as Hugo prints an undated page', () => {
    const t = GoTime.zero();
    expect(t.String()).toBe('0001-01-01 00:00:00 +0000 UTC');
    expect(layouts.map((l) => t.Format(l))).toEqual([
      'Mon Jan 1 00:00:00 UTC 0001', 'Monday, January 1, 0001', '12:00 AM am  1   1 001 .000 ',
      '01 Z +00 Z +000000 Z', '0001-01-01T00:00:00.000000Z', 'Jan 01  1 1 01 1 01 12 0 00 0 00',
      ':: 0001_0001 January Jan',
    ]);
    expect(t.IsZero()).toBe(true);
    expect(t.Unix()).toBe(-62135596800);
    expect(t.AddDate(0, 1, 30).String()).toBe('0001-03-03 00:00:00 +0000 UTC');
  });
});

describe('time methods', () => {
  const t = GoTime.parse('2016-10-07T17:01:56+02:00');
  it('gives the calendar fields in the written zone', () => {
    expect([t.Year(), +t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.YearDay()])
      .toEqual([2016, 10, 7, 17, 1, 56, 0, 281]);
    expect(String(t.Month())).toBe('October');
    expect(String(t.Weekday())).toBe('Friday');
    expect(t.UnixMilli()).toBe(1475852516000);
    expect(t.IsZero()).toBe(false);
    expect(t.toJSON()).toBe('2016-10-07T17:01:56+02:00');
  });

  it('moves by calendar units and converts zones', () => {
    expect(t.AddDate(0, 1, 30).String()).toBe('2016-12-07 17:01:56 +0200 +0200');
    expect(t.UTC().String()).toBe('2016-10-07 15:01:56 +0000 UTC');
    expect(t.Local().String()).toBe('2016-10-07 15:01:56 +0000 UTC');
    expect(GoTime.parse('2016-01-31').AddDate(0, 1, 0).String()).toBe('2016-03-02 00:00:00 +0000 UTC');
  });

  it('compares instants regardless of zone', () => {
    const same = GoTime.parse('2016-10-07T15:01:56Z');
    expect(t.Equal(same)).toBe(true);
    expect(t.Before(GoTime.parse('2016-10-07T15:01:57Z'))).toBe(true);
    expect(t.After(same)).toBe(false);
    expect(t.valueOf()).toBe(same.valueOf());
  });

  it('subtracts, rounds and truncates with durations', () => {
    expect(GoTime.parse('2020-01-01T10:00:00Z').Sub(GoTime.parse('2019-12-31T08:29:59.5Z')).String()).toBe('25h30m0.5s');
    const hour = parseDuration('1h');
    expect(GoTime.parse('2020-01-01T10:37:00Z').Round(hour).String()).toBe('2020-01-01 11:00:00 +0000 UTC');
    expect(GoTime.parse('2020-01-01T10:37:00Z').Truncate(hour).String()).toBe('2020-01-01 10:00:00 +0000 UTC');
    expect(GoTime.parse('2020-01-01T10:37:00Z').Add(parseDuration('90m')).String()).toBe('2020-01-01 12:07:00 +0000 UTC');
  });
});

describe('durations print as Go prints them', () => {
  it.each([
    ['90m', '1h30m0s'],
    ['1ms', '1ms'],
    ['1500us', '1.5ms'],
    ['-2h0.5s', '-2h0m0.5s'],
    ['0', '0s'],
    ['3s', '3s'],
  ])('%s → %s', (text, printed) => {
    expect(parseDuration(text).String()).toBe(printed);
  });
  it('gives minutes as a float', () => {
    expect(parseDuration('1.5h').Minutes()).toBe(90);
  });
  it('rejects a duration without a unit', () => {
    expect(() => parseDuration('12')).toThrow('time: missing unit in duration "12"');
  });
});

describe('named zones print Go\'s abbreviations', () => {
  // From Hugo 0.111.3: {{ time "DATE" "ZONE" }}. Go reads abbreviations from the system tzdata, as vellum does.
  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Oslo')).each([
    ['2016-07-01', 'Europe/Oslo', '2016-07-01 00:00:00 +0200 CEST'],
    ['2016-01-01', 'Asia/Tokyo', '2016-01-01 00:00:00 +0900 JST'],
    ['2016-07-01', 'America/Los_Angeles', '2016-07-01 00:00:00 -0700 PDT'],
    ['2016-01-01', 'Europe/London', '2016-01-01 00:00:00 +0000 GMT'],
    ['2016-07-01', 'Europe/London', '2016-07-01 00:00:00 +0100 BST'],
    ['2016-07-01', 'Asia/Kolkata', '2016-07-01 00:00:00 +0530 IST'],
    ['2016-07-01', 'America/Sao_Paulo', '2016-07-01 00:00:00 -0300 -03'],
    ['1990-07-01', 'Europe/Moscow', '1990-07-01 00:00:00 +0400 MSD'],
    ['2016-07-01', 'Etc/GMT+3', '2016-07-01 00:00:00 -0300 -03'],
  ])('%s in %s', (date, zone, printed) => {
    expect(GoTime.parse(date, loadLocation(zone)).String()).toBe(printed);
  });

  it('rejects an unknown zone', () => {
    expect(() => loadLocation('Mars/Olympus')).toThrow('unknown time zone Mars/Olympus');
  });
});
