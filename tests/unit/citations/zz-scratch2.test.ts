import { it } from 'vitest'
import { importCitations } from '../../../shared/citations/import'
const cases: Array<[string, 'bibtex'|'ris'|'csl-json']> = [
 [`% comment\n@article{rnz2025,\n  title = {Could California leave the {United States}? It's complicated.},\n  journal = {RNZ},\n  year = {2025},\n  url = {https://www.rnz.co.nz/x}\n}\n\n@misc{yougov, author={{YouGov}}, title={Poll for the \\emph{Independent} California Institute}, year=2025, month=jan}\n@book{doe, author={Doe, Jane and van der Berg, Jan and King, Jr., Martin Luther}, title={A -- B}, publisher={Pub}, year={2020}}\n@misc{tw, title={Texas v. White}, year=1869}\n`, 'bibtex'],
 ['@book{a, title={x}\n@book{b, title={y}}\n', 'bibtex'],
 ['@book{a, title={x},\n year=2000\n', 'bibtex'],
 ['@book{ok, title={fine}}\n@book{a, title={x}, year=2000\n@book{b, title={y}}\n', 'bibtex'],
 ['@book{ok, title={fine}}\n@book{bad, title={x} year=2000}\n', 'bibtex'],
 ['@book{ok, title={fine}}\n@book{bad, title={x}, year=2000,, foo}\n', 'bibtex'],
 ['@book{notitle, year=2000}\n', 'bibtex'],
 ['TY  - NEWS\nTI  - Could California leave the United States? It\'s complicated.\nT2  - RNZ\nPY  - 2025\nER  - \n\nTY  - RPRT\nAU  - YouGov\nTI  - Poll for the Independent California Institute\nDA  - 2025/01//\nER  - \n', 'ris'],
 ['TY  - NEWS\nTI  - A\nER  - \nTY  - RPRT\nTI  - B\nPY  - 2025\n\nTY  - BOOK\nTI  - C\nER  - \n', 'ris'],
 ['TY  - NEWS\nTI  - A\nER  - \nTY  - RPRT\nTI  - B\nPY  - 2025\n', 'ris'],
 ['[{"id":"a","type":"legal_case","title":"Texas v. White","container-title":"U.S.","volume":"74","page":"700","authority":"Supreme Court of the United States","issued":{"date-parts":[[1869]]}}, {"type":"article-newspaper","title":"x <i>y</i>\\u0007z\\nw"}]', 'csl-json'],
 ['[{"id":"a","type":"book","title":"x"}, "https://example.org", 3]', 'csl-json'],
 ['[{"id":"a","type":"book","title":"x"},\n {"id": "b" "type": 1}]', 'csl-json'],
]
it('prints', () => {
  for (const [text, format] of cases) console.log(format, JSON.stringify(importCitations(text, format), null, 1))
})
