console.log("gen");
