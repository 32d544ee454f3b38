/**
 * w:sym: a character drawn from a symbol font, stored as the font's code (often F0xx, the
 * private-use copy of the font's 8-bit table). The Symbol font's Greek letters and common signs
 * are given as the Unicode characters a reader sees; other fonts' codes are kept as they are.
 */
const SYMBOL_FONT: Record<number, string> = {
  0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2a: '∗', 0x2d: '−', 0x40: '≅', 0x5c: '∴', 0x5e: '⊥', 0x60: '‾', 0x7e: '∼',
  0xa0: '€', 0xa1: 'ϒ', 0xa2: '′', 0xa3: '≤', 0xa5: '∞', 0xa7: '♣', 0xa8: '♦', 0xa9: '♥', 0xaa: '♠', 0xab: '↔',
  0xac: '←', 0xad: '↑', 0xae: '→', 0xaf: '↓', 0xb0: '°', 0xb1: '±', 0xb2: '″', 0xb3: '≥', 0xb4: '×', 0xb5: '∝',
  0xb6: '∂', 0xb7: '•', 0xb8: '÷', 0xb9: '≠', 0xba: '≡', 0xbb: '≈', 0xbc: '…', 0xc5: '⊕', 0xc6: '∅', 0xc7: '∩',
  0xc8: '∪', 0xce: '∈', 0xcf: '∉', 0xd0: '∠', 0xd1: '∇', 0xd2: '®', 0xd3: '©', 0xd4: '™', 0xd5: '∏', 0xd6: '√',
  0xd7: '⋅', 0xd8: '¬', 0xd9: '∧', 0xda: '∨', 0xdb: '⇔', 0xdc: '⇐', 0xdd: '⇑', 0xde: '⇒', 0xdf: '⇓', 0xe5: '∑', 0xf2: '∫'
}
const GREEK = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ'
const greek = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ'

export function symbolCharacter(font: string | null, hex: string | null): string {
  const code = hex && /^[0-9a-f]{1,4}$/iu.test(hex) ? parseInt(hex, 16) : NaN
  if (Number.isNaN(code) || code === 0) return ''
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
  if ((font ?? '').trim().toLowerCase() === 'symbol' && low <= 0xff) {
    if (low >= 0x41 && low <= 0x5a) return GREEK[low - 0x41] ?? ''
    if (low >= 0x61 && low <= 0x7a) return greek[low - 0x61] ?? ''
    const sign = SYMBOL_FONT[low]
    if (sign) return sign
    if (low >= 0x20 && low < 0x7f) return String.fromCharCode(low)
  }
  return String.fromCodePoint(code)
}
