module.exports = "shared";
