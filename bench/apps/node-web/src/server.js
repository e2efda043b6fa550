const express = require("express");
const _ = require("lodash");
const dayjs = require("dayjs");

const app = express();
app.get("/", (req, res) => res.send(`hello from node-web, ${_.kebabCase("Build Cache")} at ${dayjs(0).year()}`));
const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`listening on ${port}`));
