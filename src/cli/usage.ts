export const USAGE = `Usage: corroborate check [options] <file|dir|glob>...

Finds every date, figure and quotation in the articles given and reports them.

Options:
  --format text|json|sarif   output format (default: text)
  --published YYYY-MM-DD     publication date for every file given (overrides the text)
  --config FILE              use this .corroborate.json instead of the nearest one
  --boilerplate              text format: also list facts found in site chrome
  -h, --help                 show this help
  -v, --version              show the version

Folders are searched for *.txt, *.text, *.md and *.markdown (see "include" in
.corroborate.json). Exit code: 0 no warnings, 1 findings of severity warning or
error, 2 bad usage or unreadable input.`;
