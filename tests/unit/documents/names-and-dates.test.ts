/** Authors and dates as documents state them, read into citation fields. */
import { describe, expect, it } from 'vitest'
import { isoDate } from '../../../shared/documents/dates'
import { peopleFromNames, personFromName } from '../../../shared/documents/people'

describe('personFromName', () => {
  it.each([
    ['Jumper, John', { family: 'Jumper', given: 'John' }],
    ['Daniel Kahn Gillmor', { given: 'Daniel Kahn', family: 'Gillmor' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
    ['de la Fontaine, Jean', { given: 'Jean', family: 'de la Fontaine' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King Jr.' }],
    ['By Jane Doe', { given: 'Jane', family: 'Doe' }],
    ['BBC News', { literal: 'BBC News' }],
    ['ACLU', { literal: 'ACLU' }],
    ['Plato', { literal: 'Plato' }],
    ['Government Accountability Office', { literal: 'Government Accountability Office' }]
  ])('%s', (name, person) => {
    expect(personFromName(name)).toEqual(person)
  })

  it('keeps an institution the document names as its site whole, and skips web addresses', () => {
    expect(personFromName('Example Daily', { institutionNames: ['Example Daily'] })).toEqual({ literal: 'Example Daily' })
    expect(personFromName('https://www.facebook.com/bbcnews')).toBeUndefined()
    expect(personFromName('   ')).toBeUndefined()
  })

  it('splits lists of names, but not an organisation with "&" in it', () => {
    expect(peopleFromNames('Jane Doe, and John Smith')).toEqual([{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Smith' }])
    expect(peopleFromNames('Doe, Jane; Smith, John')).toEqual([{ family: 'Doe', given: 'Jane' }, { family: 'Smith', given: 'John' }])
    expect(peopleFromNames('Johnson & Johnson')).toEqual([{ literal: 'Johnson & Johnson' }])
  })
})

describe('isoDate', () => {
  it.each([
    ['2021/08', '2021-08'],
    ['2021/07/15', '2021-07-15'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2018-04-05T06:00', '2018-04-05'],
    ['1776', '1776'],
    ['April 5, 2018', '2018-04-05'],
    ['5 Sept. 2018', '2018-09-05'],
    ['Feb 2007', '2007-02'],
    ['2023-02-30', '2023-02-30'],
    ['Spring 2019', 'Spring 2019'],
    ['', undefined]
  ])('%s → %s', (stated, iso) => {
    expect(isoDate(stated)).toBe(iso)
  })
})
