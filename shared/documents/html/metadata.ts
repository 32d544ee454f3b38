/**
 * Citation fields a saved page states about itself, each with where it was found: Highwire
 * citation_* tags (scholarly publishers), Dublin Core dc.*, PRISM, OpenGraph and article:*,
 * JSON-LD, and last the <title>. The first source that states a field wins, in that order of
 * trust; a title loses a site suffix (" - BBC News") when the page names the site.
 */
import type { Person, SourceKind } from '../../model/source'
import { isoDate } from '../dates'
import type { DocumentMetadata, FoundField } from '../extracted'
import { personFromName, peopleFromNames } from '../people'
import type { HtmlDocument } from './dom'
import { findArticle, readJsonLd, type JsonLdArticle } from './json-ld'

type MetaTags = Map<string, string[]>

export function htmlMetadata(document: HtmlDocument, warnings: string[]): DocumentMetadata {
  const meta = metaTags(document)
  const article = findArticle(readJsonLd(jsonLdBlocks(document), warnings))
  const one = (key: string): FoundField | undefined => {
    const value = meta.get(key)?.[0]
    return value ? { value, from: `meta ${key}` } : undefined
  }
  const fromArticle = (value: string | undefined, field: string): FoundField | undefined =>
    value ? { value, from: `JSON-LD ${field}` } : undefined

  const siteNames = [meta.get('og:site_name')?.[0], meta.get('application-name')?.[0], article?.publisher, meta.get('citation_journal_title')?.[0]]
    .filter((name): name is string => Boolean(name))
  const container = firstOf(one('citation_journal_title'), one('prism.publicationname'), renamed(one('og:site_name'), 'og:site_name'))
  const publisher = firstOf(one('citation_publisher'), one('dc.publisher'), fromArticle(article?.publisher, 'publisher'))
  const metadata: DocumentMetadata = {}
  const title = firstOf(
    one('citation_title'),
    one('dc.title'),
    withoutSiteSuffix(renamed(one('og:title'), 'og:title'), siteNames),
    fromArticle(article?.headline, 'headline'),
    withoutSiteSuffix(one('twitter:title'), siteNames),
    withoutSiteSuffix(titleElement(document), siteNames)
  )
  if (title) metadata.title = title
  const authors = pageAuthors(meta, article, siteNames)
  if (authors) metadata.authors = authors
  const date = firstOf(
    one('citation_publication_date'),
    one('citation_date'),
    one('citation_online_date'),
    one('dc.date.issued'),
    one('dc.date'),
    renamed(one('article:published_time'), 'article:published_time'),
    fromArticle(article?.datePublished, 'datePublished'),
    one('prism.publicationdate')
  )
  if (date) metadata.date = { value: isoDate(date.value) ?? date.value, from: date.from }
  if (publisher) metadata.publisher = publisher
  if (container) metadata.container = container
  const url = firstOf(canonicalLink(document), renamed(one('og:url'), 'og:url'), one('citation_fulltext_html_url'), one('citation_abstract_html_url'), one('prism.url'), fromArticle(article?.url, 'url'))
  if (url && /^https?:\/\/\S+$/iu.test(url.value)) metadata.url = url
  const doi = firstOf(one('citation_doi'), one('prism.doi'), ...(meta.get('dc.identifier') ?? []).map((value) => ({ value, from: 'meta dc.identifier' })))
  const doiValue = doi && /10\.\d{4,9}\/\S+/u.exec(doi.value)?.[0]
  if (doi && doiValue) metadata.doi = { value: doiValue, from: doi.from }
  const volume = firstOf(one('citation_volume'), one('prism.volume'))
  if (volume) metadata.volume = volume
  const issue = firstOf(one('citation_issue'), one('prism.number'))
  if (issue) metadata.issue = issue
  const pages = pageRange(meta)
  if (pages) metadata.pages = pages
  const kind = sourceKind(meta, article)
  if (kind) metadata.kind = kind
  return metadata
}

/** Every <meta>, by its name, property or itemprop, lower-cased; dc: and dcterms. read as dc., og:article: as article:. */
function metaTags(document: HtmlDocument): MetaTags {
  const tags: MetaTags = new Map()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase()
      .replace(/^(?:dc:|dcterms[.:])/u, 'dc.')
      .replace(/^og:article:/u, 'article:')
    const value = (element.getAttribute('content') ?? '').replace(/\s+/gu, ' ').trim()
    if (!key || !value) continue
    const values = tags.get(key) ?? []
    values.push(value)
    tags.set(key, values)
  }
  return tags
}

function jsonLdBlocks(document: HtmlDocument): string[] {
  return Array.from(document.querySelectorAll('script'))
    .filter((script) => /^\s*application\/ld\+json\s*$/iu.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '')
}

function pageAuthors(meta: MetaTags, article: JsonLdArticle | undefined, siteNames: string[]): FoundField<Person[]> | undefined {
  const options = { institutionNames: siteNames }
  const listed = (key: string): FoundField<Person[]> | undefined => {
    const people = (meta.get(key) ?? []).flatMap((name) => personFromName(name, options) ?? [])
    return people.length > 0 ? { value: people, from: `meta ${key}` } : undefined
  }
  const fromJsonLd = (article?.authors ?? []).flatMap((author) => personFromName(author.name, { ...options, institution: author.organisation }) ?? [])
  const named = (key: string, from: string): FoundField<Person[]> | undefined => {
    const people = (meta.get(key) ?? []).flatMap((value) => peopleFromNames(value, options))
    return people.length > 0 ? { value: people.slice(0, 100), from } : undefined
  }
  return firstOf(
    listed('citation_author'),
    listed('dc.creator'),
    fromJsonLd.length > 0 ? { value: fromJsonLd.slice(0, 100), from: 'JSON-LD author' } : undefined,
    named('article:author', 'article:author'),
    named('author', 'meta author')
  )
}

function pageRange(meta: MetaTags): FoundField | undefined {
  for (const [first, last, from] of [['citation_firstpage', 'citation_lastpage', 'meta citation_firstpage'], ['prism.startingpage', 'prism.endingpage', 'meta prism.startingPage']] as const) {
    const start = meta.get(first)?.[0]
    if (!start) continue
    const end = meta.get(last)?.[0]
    return { value: end && end !== start ? `${start}–${end}` : start, from }
  }
  return undefined
}

function sourceKind(meta: MetaTags, article: JsonLdArticle | undefined): FoundField<SourceKind> | undefined {
  if (meta.has('citation_journal_title')) return { value: 'article', from: 'meta citation_journal_title' }
  if (article) return { value: 'article', from: `JSON-LD @type ${article.type}` }
  if (meta.get('og:type')?.[0]?.toLowerCase() === 'article') return { value: 'article', from: 'og:type' }
  return { value: 'web', from: 'a saved web page' }
}

function titleElement(document: HtmlDocument): FoundField | undefined {
  const title = document.querySelectorAll('title')[0]?.textContent?.replace(/\s+/gu, ' ').trim()
  return title ? { value: title, from: '<title>' } : undefined
}

function canonicalLink(document: HtmlDocument): FoundField | undefined {
  for (const link of Array.from(document.querySelectorAll('link'))) {
    if (!/(?:^|\s)canonical(?:\s|$)/iu.test(link.getAttribute('rel') ?? '')) continue
    const href = link.getAttribute('href')?.trim()
    if (href) return { value: href, from: 'link rel=canonical' }
  }
  return undefined
}

/** "Title - BBC News" → "Title" when the page says its site is BBC News. */
function withoutSiteSuffix(field: FoundField | undefined, siteNames: string[]): FoundField | undefined {
  if (!field) return undefined
  for (const site of siteNames) {
    const suffix = new RegExp(`\\s*[-|–—:·•»]\\s*${escapeRegExp(site.trim())}\\s*$`, 'iu')
    const stripped = field.value.replace(suffix, '')
    if (stripped !== field.value && stripped.trim()) return { value: stripped.trim(), from: field.from }
  }
  return field
}

function renamed(field: FoundField | undefined, from: string): FoundField | undefined {
  return field && { value: field.value, from }
}

function firstOf<T>(...fields: (FoundField<T> | undefined)[]): FoundField<T> | undefined {
  return fields.find((field) => field !== undefined)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
