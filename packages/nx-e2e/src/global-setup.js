// Packs the built plugin once per e2e run; every test workspace installs this tarball offline.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { packPlugin } = require("../../../tools/scripts/sandbox-workspace");

module.exports = async function globalSetup() {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "fm-e2e-pack-"));
    process.env.FM_PLUGIN_TARBALL = packPlugin(directory);
};
