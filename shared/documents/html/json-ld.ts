/**
 * JSON-LD as real pages carry it: wrapped in CDATA or HTML comments, with trailing commas,
 * unescaped line breaks, several objects in one block, an @graph of nodes pointing at each
 * other by @id. Read leniently (jsonrepair mends what JSON.parse refuses); a block that still
 * cannot be read is left out with a warning, never an error.
 */
import { jsonrepair } from 'jsonrepair'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** What an article node states, as plain strings (names of authors with whether each is an organisation). */
export interface JsonLdArticle {
  headline?: string
  authors: { name: string; organisation: boolean }[]
  datePublished?: string
  publisher?: string
  url?: string
  /** The node's @type, without a schema.org prefix ("NewsArticle"). */
  type: string
}

const ARTICLE_TYPE = /^(Article|\w*NewsArticle|ScholarlyArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|Report)$/u

/** Parses every ld+json block; one that cannot be read adds a warning. */
export function readJsonLd(blocks: readonly string[], warnings: string[]): Json[] {
  const out: Json[] = []
  let unreadable = 0
  for (const block of blocks) {
    const parsed = parseLeniently(block)
    if (parsed === undefined) unreadable += 1
    else out.push(parsed)
  }
  if (unreadable > 0) {
    warnings.push(`${unreadable === 1 ? 'A block' : `${unreadable} blocks`} of the page's JSON-LD metadata could not be read, so the fields in ${unreadable === 1 ? 'it were' : 'them were'} not used.`)
  }
  return out
}

function parseLeniently(block: string): Json | undefined {
  const text = block
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/u, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/u, '')
    .replace(/<!--|-->/gu, '')
    .trim()
  if (!text) return undefined
  try {
    return JSON.parse(text) as Json
  } catch {
    try {
      // Objects written one after another ("}{") become a list, as jsonrepair does for lines.
      return JSON.parse(jsonrepair(text.replace(/\}\s*\{/gu, '}\n{'))) as Json
    } catch {
      return undefined
    }
  }
}

/** The first article node among the parsed blocks, with @id references resolved. */
export function findArticle(parsed: readonly Json[]): JsonLdArticle | undefined {
  const nodes: JsonObject[] = []
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isObject(value)) {
      nodes.push(value)
      if (value['@graph'] !== undefined) visit(value['@graph'])
    }
  }
  parsed.forEach(visit)
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node)
  const resolve = (value: Json): Json => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value
    return value
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)))
  if (!article) return undefined
  const authors = list(article.author).map(resolve).flatMap((author) => {
    if (typeof author === 'string') return [{ name: author, organisation: false }]
    const name = isObject(author) ? text(author.name) : undefined
    return name && isObject(author) ? [{ name, organisation: typesOf(author).some((type) => /Organi[sz]ation|NewsMediaOrganization|Corporation/u.test(type)) }] : []
  })
  const publisher = resolve(list(article.publisher)[0] ?? null)
  return {
    type: typesOf(article).find((type) => ARTICLE_TYPE.test(type)) ?? 'Article',
    headline: text(article.headline) ?? text(article.name),
    authors,
    datePublished: text(article.datePublished),
    publisher: typeof publisher === 'string' ? text(publisher) : isObject(publisher) ? text(publisher.name) : undefined,
    url: text(article.url)
  }
}

function typesOf(node: JsonObject): string[] {
  return list(node['@type']).flatMap((type) => (typeof type === 'string' ? [type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/u, '')] : []))
}

function list(value: Json | undefined): Json[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: Json | undefined): string | undefined {
  if (Array.isArray(value)) return text(value[0])
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const trimmed = String(value).replace(/\s+/gu, ' ').trim()
  return trimmed || undefined
}
