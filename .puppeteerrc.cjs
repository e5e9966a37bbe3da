// @web/test-runner-puppeteer brings the full puppeteer, whose install would download its own
// Chrome; this machine's tests use Debian's browsers instead (see README, Development).
module.exports = { skipDownload: true };
