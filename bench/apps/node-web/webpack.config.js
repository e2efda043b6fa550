const path = require("path");
module.exports = {
  target: "node",
  entry: "./src/server.js",
  output: { path: path.resolve(__dirname, "dist"), filename: "server.js" },
  cache: { type: "filesystem" },
  module: { rules: [{ test: /\.js$/, exclude: /node_modules/, use: { loader: "babel-loader", options: { cacheDirectory: true, presets: [["@babel/preset-env", { targets: { node: "18" } }]] } } }] }
};
