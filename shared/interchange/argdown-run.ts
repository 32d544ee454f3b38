/**
 * Running @argdown/core on a document (main process and CLI only, never the page): the parser,
 * the model and the map, as Argdown's own tools draw it. Syntax errors do not stop the import
 * when Argdown still built something: what it built is read, and each error becomes a warning.
 */
import {
  ArgdownApplication,
  ArgumentSelectionPlugin,
  DataPlugin,
  FrontMatterSettingsModes,
  MapPlugin,
  ModelPlugin,
  ParserPlugin,
  PreselectionPlugin,
  StatementSelectionPlugin,
  type IArgdownLogger,
  type IArgdownResponse
} from '@argdown/core'
import { clip, oneLine, refuse, refuseAtLine } from './text'

const silent: IArgdownLogger = { log: () => {}, setLevel: () => {} }

/** At most this many syntax errors are listed one by one; the rest are counted. */
const LISTED_ERRORS = 10

/** The first sentence of an Argdown error message; chevrotain's go on for a paragraph. */
function shortReason(message: string): string {
  const line = oneLine(message)
  const end = line.search(/[.!?](\s|$)/)
  return clip(end > 0 ? line.slice(0, end + 1) : line, 200)
}

interface SyntaxError {
  line: number
  reason: string
}

function syntaxErrors(response: IArgdownResponse): SyntaxError[] {
  const errors: SyntaxError[] = []
  for (const error of response.lexerErrors ?? []) {
    errors.push({ line: error.line ?? 1, reason: shortReason(error.message) })
  }
  for (const error of response.parserErrors ?? []) {
    const { image = '', startLine } = error.token ?? {}
    const found = image.trim() ? `"${clip(oneLine(image), 40)}"` : 'the end of a block'
    // Chevrotain's "Expecting token of type --> Dedent <--" names grammar rules, not text.
    const reason = error.message.startsWith('Expecting') ? `unexpected ${found}` : shortReason(error.message)
    errors.push({ line: Number.isFinite(startLine) ? (startLine as number) : 1, reason })
  }
  return errors
}

/** Whether Argdown built anything a map could show. */
const builtSomething = (response: IArgdownResponse): boolean =>
  Object.keys(response.statements ?? {}).length + Object.keys(response.arguments ?? {}).length > 0

export interface ArgdownRun {
  response: IArgdownResponse
  /** Argdown's syntax errors, as lines for the person importing to read. */
  warnings: string[]
}

/**
 * Argdown's parser, model and map, as its own tools put them together. A new application for
 * each document: the model plugin numbers untitled statements per instance.
 */
export function argdownApplication(): ArgdownApplication {
  const app = new ArgdownApplication(silent)
  app.addPlugin(new ParserPlugin(), 'parse-input')
  app.addPlugin(new DataPlugin(), 'build-model')
  app.addPlugin(new ModelPlugin(), 'build-model')
  app.addPlugin(new PreselectionPlugin(), 'build-map')
  app.addPlugin(new StatementSelectionPlugin(), 'build-map')
  app.addPlugin(new ArgumentSelectionPlugin(), 'build-map')
  app.addPlugin(new MapPlugin(), 'build-map')
  return app
}

export function runArgdown(input: string): ArgdownRun {
  const app = argdownApplication()
  const response: IArgdownResponse = {}
  const refuseAtFirstError = () => {
    const first = syntaxErrors(response)[0]
    if (first) refuseAtLine(first.line, `the Argdown could not be read: ${first.reason}`)
  }
  // Only comments and blank lines: the grammar's complaint would not say so.
  const nothingToRead = () => response.tokens && !response.tokens.some((token) => token.image.trim())
  try {
    app.run(
      {
        input,
        process: ['parse-input', 'build-model', 'build-map'],
        // The application drops any exception that is not its own unless asked to throw;
        // syntax errors stay in the response, where they carry their line.
        throwExceptions: true,
        logExceptions: false,
        parser: { throwExceptions: false },
        // Front matter is kept as data, never applied as settings to the plugins.
        data: { frontMatterSettingsMode: FrontMatterSettingsModes.IGNORE },
        // Every titled statement and every argument is on the map, joined or not; untitled
        // statements that answer nothing are the document's prose, not part of the map.
        selection: { excludeDisconnected: false }
      },
      response
    )
  } catch (error) {
    if (nothingToRead()) refuse('The Argdown file has no statements or arguments to import.')
    refuseAtFirstError()
    // The parser recurses once per level of indentation.
    if (error instanceof RangeError) refuse('The Argdown is nested too deeply to be read.')
    refuse(`The Argdown could not be read: ${shortReason(error instanceof Error ? error.message : String(error))}`)
  }
  if (nothingToRead()) refuse('The Argdown file has no statements or arguments to import.')
  if (!builtSomething(response) || !response.map) refuseAtFirstError()
  const errors = syntaxErrors(response)
  const warnings = errors
    .slice(0, LISTED_ERRORS)
    .map((e) => `Line ${e.line}: Argdown reports an error (${e.reason}); what it could read around it is imported.`)
  if (errors.length > LISTED_ERRORS) warnings.push(`Argdown reports ${errors.length - LISTED_ERRORS} more errors like these.`)
  return { response, warnings }
}
