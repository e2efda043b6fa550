console.log(require("shared"));
