/**
 * The date forms Hugo 0.111 accepts in front matter and in `time`/`dateFormat`,
 * in the order it tries them (spf13/cast 1.5's StringToDate list, which Hugo's
 * htime.ToTimeInDefaultLocationE uses). `zone` says whether the written zone is
 * kept: 'none' and 'named' forms are read as wall time in the default zone.
 */
export const hugoDateFormats: ReadonlyArray<{ layout: string; zone: 'none' | 'named' | 'numeric' | 'timeOnly' }> = [
  { layout: '2006-01-02T15:04:05Z07:00', zone: 'numeric' }, // RFC3339
  { layout: '2006-01-02T15:04:05', zone: 'none' },
  { layout: 'Mon, 02 Jan 2006 15:04:05 -0700', zone: 'numeric' }, // RFC1123Z
  { layout: 'Mon, 02 Jan 2006 15:04:05 MST', zone: 'named' }, // RFC1123
  { layout: '02 Jan 06 15:04 -0700', zone: 'numeric' }, // RFC822Z
  { layout: '02 Jan 06 15:04 MST', zone: 'named' }, // RFC822
  { layout: 'Monday, 02-Jan-06 15:04:05 MST', zone: 'named' }, // RFC850
  { layout: 'Mon Jan _2 15:04:05 2006', zone: 'none' }, // ANSIC
  { layout: 'Mon Jan _2 15:04:05 MST 2006', zone: 'named' }, // UnixDate
  { layout: 'Mon Jan 02 15:04:05 -0700 2006', zone: 'numeric' }, // RubyDate
  { layout: '2006-01-02 15:04:05.999999999 -0700 MST', zone: 'numeric' }, // Time.String()
  { layout: '2006-01-02', zone: 'none' },
  { layout: '02 Jan 2006', zone: 'none' },
  { layout: '2006-01-02T15:04:05-0700', zone: 'numeric' },
  { layout: '2006-01-02 15:04:05 -07:00', zone: 'numeric' },
  { layout: '2006-01-02 15:04:05 -0700', zone: 'numeric' },
  { layout: '2006-01-02 15:04:05Z07:00', zone: 'numeric' },
  { layout: '2006-01-02 15:04:05Z0700', zone: 'numeric' },
  { layout: '2006-01-02 15:04:05', zone: 'none' },
  { layout: '3:04PM', zone: 'timeOnly' }, // Kitchen
  { layout: 'Jan _2 15:04:05', zone: 'timeOnly' }, // Stamp
  { layout: 'Jan _2 15:04:05.000', zone: 'timeOnly' },
  { layout: 'Jan _2 15:04:05.000000', zone: 'timeOnly' },
  { layout: 'Jan _2 15:04:05.000000000', zone: 'timeOnly' },
];
