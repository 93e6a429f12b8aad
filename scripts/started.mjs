// The claims' tally once the app has started. `claimline site` publishes the default
// view in `index.html`, tally and all, marked `data-predrawn` until the app replaces
// it: a test or a benchmark waits for this, not for the tally alone.
export const STARTED = '#app:not(:has([data-predrawn])) .tally .total';
