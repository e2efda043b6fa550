console.log("corepack");
