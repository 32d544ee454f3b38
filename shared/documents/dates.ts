/**
 * A date as a document states it, read into ISO form (YYYY, YYYY-MM or YYYY-MM-DD) where it can
 * be read without guessing; otherwise kept as stated. A timestamp keeps the day it names, not
 * the day in UTC ("2015-07-24T05:36:09+01:00" is 2015-07-24).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MAX_DATE = 40

export function isoDate(stated: string): string | undefined {
  const value = stated.replace(/\s+/gu, ' ').trim()
  if (!value) return undefined
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/u.exec(value)
  if (match) return ymd(match[1], match[2], match[3]) ?? value.slice(0, MAX_DATE)
  match = /^(\d{4})[-/.](\d{1,2})$/u.exec(value)
  if (match) return ymd(match[1], match[2]) ?? value.slice(0, MAX_DATE)
  if (/^\d{4}$/u.test(value)) return value
  // "April 5, 2018", "5 April 2018", "Apr. 2018"
  match = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/u.exec(value)
  if (match) return ymd(match[3], monthOf(match[1]), match[2]) ?? value.slice(0, MAX_DATE)
  match = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/u.exec(value)
  if (match) return ymd(match[3], monthOf(match[2]), match[1]) ?? value.slice(0, MAX_DATE)
  match = /^([A-Za-z]+)\.? (\d{4})$/u.exec(value)
  if (match) return ymd(match[2], monthOf(match[1])) ?? value.slice(0, MAX_DATE)
  return value.slice(0, MAX_DATE)
}

function monthOf(name: string): string | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase())
  return index < 0 || (name.length > 3 && !fullMonth(name)) ? undefined : String(index + 1)
}

function fullMonth(name: string): boolean {
  return /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/iu.test(name)
}

function ymd(year: string | undefined, month: string | undefined, day?: string): string | undefined {
  if (!year || !month) return undefined
  const m = Number(month)
  if (m < 1 || m > 12) return undefined
  const mm = String(m).padStart(2, '0')
  if (day === undefined) return `${year}-${mm}`
  const d = Number(day)
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate()
  if (d < 1 || d > daysInMonth) return undefined
  return `${year}-${mm}-${String(d).padStart(2, '0')}`
}
