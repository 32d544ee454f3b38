import { randomBytes, timingSafeEqual } from 'node:crypto'

/** The query parameter of the address the web mode prints. */
export const KEY_PARAM = 'key'

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may use one run of the web mode: whoever opens the address it printed. That address holds
 * a one-time key, exchanged on first load for an HttpOnly, SameSite=Strict cookie; the page and
 * the API then need the cookie. Nothing in the page itself lets another process in.
 */
export class WebSession {
  readonly key = randomBytes(24).toString('hex')
  readonly #secret = randomBytes(32).toString('hex')
  readonly #cookieName: string
  #keySpent = false

  /** The cookie is named after the port: cookies ignore ports, and two runs must not share one. */
  constructor(port: number) {
    this.#cookieName = `casebook-${port}`
  }

  /** The Set-Cookie header for this run's key, which is then spent; null for any other key, or the key again. */
  exchange(givenKey: string): string | null {
    if (this.#keySpent || !sameSecret(givenKey, this.key)) return null
    this.#keySpent = true
    return `${this.#cookieName}=${this.#secret}; Path=/; HttpOnly; SameSite=Strict`
  }

  /** Whether a request's Cookie header carries this run's session. */
  admits(cookieHeader: string | undefined): boolean {
    for (const part of (cookieHeader ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=')
      if (name === this.#cookieName && sameSecret(value.join('='), this.#secret)) return true
    }
    return false
  }
}
