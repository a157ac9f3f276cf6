/**
 * The error a WorkbookPort throws for the user (the Office.js adapter's PortError, the memory port's
 * WorkbookError): a code, the message in each UI language, so the pane shows the one the user reads now and
 * follows a language switch, and the sheets concerned. The pane tells it from any other failure by
 * `instanceof`, not by its shape. The words are the door's (src/i18n); core holds none of them.
 */
export class PortFailure<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    /** The message in each UI language (`vi`, `en`). */
    readonly messages: Readonly<Record<string, string>>,
    lang: string,
    /** Sheets concerned (a name taken, a sheet missing). */
    readonly sheets: readonly string[] = [],
  ) {
    super(messages[lang]);
    this.name = 'PortFailure';
  }
}
