import { isIsoDate } from '../../src/input/iso-date';

test.each(['2024-02-28', '2024-02-29', '2000-02-29', '1996-08-30', '0001-01-01', '2023-12-31'])('%s is a date', (value) => {
  expect(isIsoDate(value)).toBe(true);
});

test.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-5', '24-01-05', '2024-01-05T00:00', ' 2024-01-05', ''])(
  '%j is not',
  (value) => {
    expect(isIsoDate(value)).toBe(false);
  },
);
