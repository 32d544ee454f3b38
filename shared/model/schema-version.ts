/** The version of the store file this build writes; migrations lift older files to it. Apart, so reading it loads no zod. */
export const SCHEMA_VERSION = 1
