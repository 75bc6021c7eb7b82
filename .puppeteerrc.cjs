// pa11y-ci drives Chromium through Puppeteer. Puppeteer would download its own browser on
// install, which this project's machines cannot do; the system Chromium is used instead
// (see scripts/setup.sh and tests/a11y/pa11y.config.cjs).
module.exports = { skipDownload: true };
