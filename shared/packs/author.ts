/** Who made a pack, as its meta says. */
export interface PackAuthor {
  author: string
  organisation: string
}

/** "Ms Rivera (Civics Dept)", for messages about who made a pack. */
export function describeAuthor({ author, organisation }: PackAuthor): string {
  const name = author.trim() ? `“${author.trim()}”` : 'no named author'
  return organisation.trim() ? `${name} (${organisation.trim()})` : name
}
